import ExcelJS from 'exceljs';
import { readDocument } from '../../src/reading/documents/read-document';
import { loadDemoIfEmpty } from '../../src/demo/load-demo';
import { RunningHub, serveHub } from '../../src/hub';
import { readReport } from '../../src/reading/read-report';
import { GraphQLClient, graphqlClient } from '../support/graphql';
import type { ChannelData, CompareData } from '../support/answers';
import { TEST_DATABASE_KIND, TestDatabase, openTestDatabase, seedRegions } from '../support/database';

const SUMMARY = `query($year: Int!) {
  regionSummary(year: $year, regionCode: "330281") {
    region { code name } year template townshipCount reportCount missing { code name } downloadUrl
    applications { newReceived { natural total } totalProcessed { total } }
    review { maintained corrected other pending total }
    channels { website wechat gazette }
    activeDisclosure { licensing { decisions } procurement { count amount } }
  }
}`;

/** What the tests read of a regionSummary. */
interface Summary {
  missing: { code: string; name: string }[];
  channels: { website: number | null; gazette: number | null };
  applications: { newReceived: { total: number | null } };
  review: { corrected: number | null };
  activeDisclosure: { licensing: { decisions: number | null } };
  downloadUrl: string;
}
type SummaryData = { regionSummary: Summary };

const CHANNELS = `{ channelComparison(year: 2019, regionCode: "330281") { township { code } website wechat gazette } }`;

describe(`exports and the region summary (${TEST_DATABASE_KIND})`, () => {
  let db: TestDatabase;
  let hub: RunningHub;
  let api: GraphQLClient;
  beforeAll(async () => {
    db = await openTestDatabase();
    await seedRegions(db.dataSource, ['330281']);
    await loadDemoIfEmpty(db.dataSource);
    hub = await serveHub(db.dataSource, 0);
    api = await graphqlClient(db.dataSource);
  });
  afterAll(async () => {
    await new Promise<void>((resolve) => hub.server.close(() => resolve()));
    await hub.apollo.stop();
    await api.stop();
    await db.close();
  });

  const base = () => hub.url.replace(/\/graphql$/, '');
  const sum = (values: (number | null)[]) => (values.some((v) => v !== null) ? values.reduce<number>((a, v) => a + (v ?? 0), 0) : null);

  it('sums the townships’ tables, blank staying blank, and lists who is missing', async () => {
    const summary = (await api.execute<SummaryData>(SUMMARY, { year: 2020 })).data!.regionSummary;
    expect(summary).toMatchObject({ region: { code: '330281' }, year: 2020, template: '2019', townshipCount: 21, reportCount: 20 });
    expect(summary.missing).toEqual([{ code: '330281109', name: '丈亭镇' }]);
    const rows = (await api.execute<ChannelData>(CHANNELS.replace('2019', '2020'))).data!.channelComparison;
    expect(summary.channels.website).toBe(sum(rows.map((r) => r.website ?? null)));
    expect(summary.channels.gazette).toBe(sum(rows.map((r) => r.gazette ?? null)));
    const compared = await api.execute<CompareData>(
      `{ compare(input: { metrics: ["applications.newReceived.total", "review.corrected"], years: [2020], regionCode: "330281", groupBy: COUNTY }) { rows { values { metric value } } } }`,
    );
    const [county] = compared.data!.compare.rows;
    expect(summary.applications.newReceived.total).toBe(county.values[0].value);
    expect(summary.review.corrected).toBe(county.values[1].value);
    expect(summary.downloadUrl).toBe('/export/summary.docx?year=2020&regionCode=330281');
  });

  it('downloads a comparison as CSV with BOM and Chinese headers, nulls empty', async () => {
    const input = {
      metrics: ['channels.website', 'channels.gazette'],
      years: [2019],
      regionCode: '330281',
      orderBy: { metric: 'channels.website', direction: 'DESC' },
    };
    const response = await fetch(`${base()}/export/compare.csv?input=${encodeURIComponent(JSON.stringify(input))}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/text\/csv/);
    const bytes = Buffer.from(await response.arrayBuffer());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = bytes.toString('utf8').slice(1).trimEnd().split('\r\n');
    expect(lines[0]).toMatch(/^区划代码,区划名称,层级,年度,排名,/);
    expect(lines[0]).toContain('政府网站');
    // 21 townships, the year's 合计 line, the filter.
    expect(lines).toHaveLength(24);
    const rows = (await api.execute<ChannelData>(CHANNELS)).data!.channelComparison;
    const total = lines[22].split(',');
    expect(total.slice(1, 4)).toEqual(['合计', '', '2019']);
    expect(total[5]).toBe(String(sum(rows.map((r) => r.website ?? null))));
    expect(lines[23]).toBe(
      ',筛选条件：区域：余姚市（330281）；年度：2019；指标：政府网站公开政府信息数、政府公报公开政府信息数；排序：政府网站公开政府信息数降序',
    );
    const zhangting = lines.find((line) => line.startsWith('330281109,'))!.split(',');
    expect(zhangting.slice(0, 4)).toEqual(['330281109', '丈亭镇', '乡镇级', '2019']);
    expect(zhangting[5]).toBe(String(rows.find((r) => r.township.code === '330281109')!.website));
    expect(zhangting[8]).toBe(''); // gazette: blank in the report, empty here, not 0
  });

  it('downloads the same as XLSX', async () => {
    const input = { metrics: ['applications.newReceived.total'], years: [2019, 2020], regionCode: '330281', groupBy: 'COUNTY' };
    const response = await fetch(`${base()}/export/compare.xlsx?input=${encodeURIComponent(JSON.stringify(input))}`);
    expect(response.status).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await response.arrayBuffer());
    const sheet = workbook.worksheets[0];
    expect(sheet.getRow(1).getCell(1).value).toBe('区划代码');
    // The county in each year, then a 合计 line per year.
    expect(sheet.rowCount).toBe(5);
    expect(sheet.getRow(2).getCell(2).value).toBe('余姚市');
    expect(sheet.getRow(4).getCell(2).value).toBe('合计');
    expect(sheet.getRow(4).getCell(6).value).toBe(sheet.getRow(2).getCell(6).value);
    const filter = workbook.getWorksheet('筛选条件')!;
    expect(filter.getRow(1).values).toEqual([undefined, '区域', '余姚市（330281）']);
    expect(filter.getRow(4).values).toEqual([undefined, '分组', '县级']);
  });

  it('shows ratios as percentages rounded to 0.1, kept as numbers in XLSX', async () => {
    const input = { metrics: ['derived.disclosureRate'], years: [2020], regionCode: '330281', groupBy: 'COUNTY' };
    const query = `?input=${encodeURIComponent(JSON.stringify(input))}`;
    const compared = await api.execute<CompareData>(
      `query($input: CompareInput!) { compare(input: $input) { rows { values { value } } } }`,
      { input },
    );
    const rate = compared.data!.compare.rows[0].values[0].value!;
    const csv = Buffer.from(await (await fetch(`${base()}/export/compare.csv${query}`)).arrayBuffer()).toString('utf8');
    expect(csv.split('\r\n')[1].split(',')[5]).toBe(`${(Math.round(rate * 1000) / 10).toFixed(1)}%`);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await (await fetch(`${base()}/export/compare.xlsx${query}`)).arrayBuffer());
    const cell = workbook.worksheets[0].getRow(2).getCell(6);
    expect(cell.value).toBe(rate);
    expect(cell.numFmt).toBe('0.0%');
  });

  it('downloads the 汇总 as a Word document in the template layout that reads back to the same sums', async () => {
    const summary = (await api.execute<SummaryData>(SUMMARY, { year: 2019 })).data!.regionSummary;
    const response = await fetch(`${base()}${summary.downloadUrl}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-disposition')).toMatch(/attachment/);
    const read = readReport(await readDocument(Buffer.from(await response.arrayBuffer()), 'DOCX'));
    expect(read.applications!.newReceived!.total).toBe(summary.applications.newReceived.total);
    expect(read.review).toEqual(summary.review);
    expect(read.activeDisclosure!.licensing!.decisions).toBe(summary.activeDisclosure.licensing.decisions);
  });

  it.each([
    ['no input', '/export/compare.csv', /input/],
    ['input that is not JSON', '/export/compare.csv?input=%7Bnope', /JSON/],
    [
      'an unknown metric',
      `/export/compare.csv?input=${encodeURIComponent(JSON.stringify({ metrics: ['channels.websit'], years: [2019], regionCode: '330281' }))}`,
      /channels\.website/,
    ],
    [
      'a bad operator',
      `/export/compare.csv?input=${encodeURIComponent(JSON.stringify({ metrics: ['channels.website'], years: [2019], regionCode: '330281', where: [{ metric: 'channels.website', op: 'LIKE', value: 1 }] }))}`,
      /LIKE/,
    ],
    ['an unknown region', '/export/summary.docx?year=2019&regionCode=999999', /999999/],
  ])('answers %s with a typed error', async (_name, path, message) => {
    const response = await fetch(`${base()}${path}`);
    expect(response.status).toBe(400);
    const body = (await response.json()) as { errors: { message: string; extensions: { code: string } }[] };
    expect(body.errors[0].extensions.code).toMatch(/^[A-Z_]+$/);
    expect(body.errors[0].message).toMatch(message);
  });
});
