/** Documents of every form through the one entry the upload path uses, the form detected. */
import { HubError } from '../../src/core/errors';
import { generateReport } from '../../src/generator/generate-report';
import { renderDocx } from '../../src/generator/render-docx';
import { renderHtml } from '../../src/generator/render-html';
import { parseDocument } from '../../src/storage/ingest/parse-document';
import { reportFixture } from '../support/fixtures';
import { encodeGbk } from '../support/gbk';
import { reportTables } from '../support/report-tables';

async function errorOf(bytes: Buffer): Promise<HubError> {
  const error = await parseDocument(bytes, 'AUTO').then(
    () => undefined,
    (caught: unknown) => caught,
  );
  if (error instanceof HubError) return error;
  throw new Error(`expected a HubError, got ${String(error)}`);
}

const NEWS_PAGE = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>余姚市举办乡村文化节</title></head><body>
<div class="nav"><a href="/">首页</a><a href="/news">新闻</a></div>
<div class="article"><h1>余姚市举办乡村文化节</h1><div class="TRS_Editor"><p>本报讯 10月12日，余姚市首届乡村文化节在丈亭镇开幕，来自全市21个乡镇（街道）的文艺团队带来了40余个节目。</p>
<p>活动持续三天，吸引游客约2万人次。</p></div></div><div class="footer">版权所有 余姚市人民政府</div></body></html>`;

describe('parseDocument (AUTO)', () => {
  const generated = generateReport({ organization: '陆埠镇人民政府', year: 2020, template: '2019', seed: 'forms' });

  it('reads the 上海 HTML fragment as HTML', async () => {
    const { format, data } = await parseDocument(reportFixture('shanghai-office-2019.html'), 'AUTO');
    expect(format).toBe('HTML');
    expect(data.organization).toBe('上海市人民政府办公厅');
    expect(data.applications?.newReceived?.total).toBe(859);
  });

  it('reads a GBK page as HTML', async () => {
    const { format, data } = await parseDocument(encodeGbk(renderHtml(generated).replace('utf-8', 'gb2312')), 'AUTO');
    expect(format).toBe('HTML');
    expect(reportTables(data)).toEqual(reportTables(generated));
  });

  it('reads a .docx as DOCX', async () => {
    const { format, data } = await parseDocument(await renderDocx(generated), 'AUTO');
    expect(format).toBe('DOCX');
    expect(reportTables(data)).toEqual(reportTables(generated));
  });

  it('refuses a web page that is no report with NOT_A_REPORT', async () => {
    expect((await errorOf(Buffer.from(NEWS_PAGE))).code).toBe('NOT_A_REPORT');
  });

  it('refuses a page with nothing to read with EMPTY_DOCUMENT', async () => {
    expect((await errorOf(Buffer.from('<html><head><script>var x = 1;</script></head><body> </body></html>'))).code).toBe('EMPTY_DOCUMENT');
  });
});
