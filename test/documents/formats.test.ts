import { detectFormat } from '../../src/reading/documents/formats';
import { HubError } from '../../src/core/errors';
import { reportFixture } from '../support/fixtures';

const OLE2 = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);

function errorOf(bytes: Buffer): HubError {
  try {
    detectFormat(bytes);
  } catch (error) {
    if (error instanceof HubError) return error;
  }
  throw new Error('expected a HubError');
}

describe('detectFormat', () => {
  it.each([
    ['the 上海 fragment (<p> first)', reportFixture('shanghai-office-2019.html'), 'HTML'],
    ['the 平潭 page', reportFixture('pingtan-2022.html'), 'HTML'],
    ['a page after a byte order mark and a comment', Buffer.from('\uFEFF\n<!-- saved from url -->\n<HTML><BODY>x</BODY></HTML>'), 'HTML'],
    ['a UTF-16 page', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('<html><body>报告</body></html>', 'utf16le')]), 'HTML'],
    ['the TAB text of 丈亭镇', reportFixture('zhangting-2019.txt'), 'TEXT'],
    ['markdown with a <br> in a table cell', Buffer.from('# 年度报告\n\n| 结果<br>维持 | 0 |\n'), 'TEXT'],
    ['a PDF', reportFixture('hongze-2023.pdf'), 'PDF'],
    ['a zip (Word 2007+)', Buffer.from('PK\u0003\u0004rest', 'latin1'), 'DOCX'],
  ])('%s → %s', (_, bytes, format) => {
    expect(detectFormat(bytes)).toBe(format);
  });

  it('refuses Word 97-2003 and WPS files with what to do', () => {
    const error = errorOf(Buffer.concat([OLE2, Buffer.alloc(512)]));
    expect(error.code).toBe('UNSUPPORTED_FORMAT');
    expect(error.message).toContain('.docx');
  });

  it('tells a password-protected .docx apart', () => {
    const error = errorOf(Buffer.concat([OLE2, Buffer.alloc(64), Buffer.from('EncryptedPackage', 'utf16le')]));
    expect(error.code).toBe('ENCRYPTED_DOCUMENT');
  });
});
