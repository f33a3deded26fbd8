import { decodeText } from '../../src/reading/documents/decode-text';
import { declaredCharset } from '../../src/reading/documents/html-charset';
import { readDocument } from '../../src/reading/documents/read-document';
import { HubError } from '../../src/core/errors';
import { generateReport } from '../../src/generator/generate-report';
import { renderHtml } from '../../src/generator/render-html';
import { readReport } from '../../src/reading/read-report';
import { encodeGbk } from '../support/gbk';
import { reportTables } from '../support/report-tables';

const TEXT = '一、总体情况（“三安全一稳定”——）';

describe('decodeText', () => {
  it('reads UTF-8, with or without a byte order mark', () => {
    expect(decodeText(Buffer.from(TEXT))).toBe(TEXT);
    expect(decodeText(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(TEXT)]))).toBe(TEXT);
  });

  it('reads GBK text that declares nothing (Notepad "ANSI"), as GB18030', () => {
    expect(decodeText(encodeGbk(TEXT))).toBe(TEXT);
  });

  it("reads UTF-16 by its byte order mark (Notepad's Unicode)", () => {
    expect(decodeText(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(TEXT, 'utf16le')]))).toBe(TEXT);
  });

  it('reads the charset a page declares when its bytes are not UTF-8', () => {
    const big5 = Buffer.from([0xa4, 0x40]); // 一 in Big5
    expect(decodeText(big5, 'big5')).toBe('一');
  });

  it('takes bytes that are valid UTF-8 as UTF-8 even under an old gb2312 declaration', () => {
    expect(decodeText(Buffer.from(TEXT), 'gb2312')).toBe(TEXT);
  });

  it('refuses bytes no encoding reads, naming the text before them', () => {
    let error: unknown;
    try {
      decodeText(Buffer.concat([Buffer.from('report 2019 '), Buffer.from([0xff, 0xff, 0x00])]));
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(HubError);
    expect((error as HubError).code).toBe('BAD_ENCODING');
    expect((error as HubError).message).toContain('「report 2019 」之后');
  });
});

describe('declaredCharset', () => {
  it.each([
    ['<meta charset="gbk">', 'gbk'],
    ["<META HTTP-EQUIV='Content-Type' CONTENT='text/html; charset=GB2312'>", 'gb2312'],
    ['<?xml version="1.0" encoding="gb18030"?><html>', 'gb18030'],
    ['<html><head><title>x</title></head>', undefined],
  ])('%s → %s', (head, charset) => {
    expect(declaredCharset(Buffer.from(head, 'latin1'))).toBe(charset);
  });
});

describe('a GBK web page', () => {
  const generated = generateReport({ organization: '丈亭镇人民政府', year: 2019, template: '2019', seed: 'gbk' });
  const page = renderHtml(generated);

  it.each([
    ['declared with <meta charset>', page.replace('<meta charset="utf-8" />', '<meta charset="gb2312" />')],
    [
      'declared with http-equiv',
      page.replace('<meta charset="utf-8" />', '<meta http-equiv="Content-Type" content="text/html; charset=gbk" />'),
    ],
    ['declaring nothing', page.replace('<meta charset="utf-8" />', '')],
  ])('%s reads back exactly', async (_, html) => {
    const read = readReport(await readDocument(encodeGbk(html), 'HTML'));
    expect(read.organization).toBe('丈亭镇人民政府');
    expect(reportTables(read)).toEqual(reportTables(generated));
  });
});
