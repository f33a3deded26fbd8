/**
 * Region names come from lists people supply: a name that starts like a formula (= + - @) is
 * written to CSV and XLSX as text with a leading apostrophe (OWASP's CSV-injection rule).
 */
import ExcelJS from 'exceljs';
import { IsNull } from 'typeorm';
import { Region } from '../../entities';
import { loadDemoIfEmpty } from '../../src/demo/load-demo';
import { RunningHub, serveHub } from '../../src/hub';
import { importRegionList } from '../../src/storage/region-change/apply-region-change';
import { TEST_DATABASE_KIND, TestDatabase, openTestDatabase, seedRegions } from '../support/database';

const HOSTILE: Record<string, string> = {
  '330281001': '=HYPERLINK("http://x","梨洲")',
  '330281002': '+1+2',
  '330281003': '-2+3',
  '330281004': '@SUM(1)',
};

describe(`names that start like a formula, in exports (${TEST_DATABASE_KIND})`, () => {
  let db: TestDatabase;
  let hub: RunningHub;
  beforeAll(async () => {
    db = await openTestDatabase();
    await seedRegions(db.dataSource, ['330281']);
    await loadDemoIfEmpty(db.dataSource);
    const townships = await db.dataSource.manager.find(Region, { where: { parentCode: '330281', validTo: IsNull() } });
    const listed = townships.map((t) => ({ code: t.code, name: HOSTILE[t.code] ?? t.name, parentCode: null }));
    const plan = await importRegionList(db.dataSource, listed, {
      effectiveYear: 2021,
      regionCode: '330281',
      merges: new Map(),
      dryRun: false,
    });
    expect(plan.renamed).toHaveLength(4);
    hub = await serveHub(db.dataSource, 0);
  });
  afterAll(async () => {
    await new Promise<void>((resolve) => hub.server.close(() => resolve()));
    await hub.apollo.stop();
    await db.close();
  });

  const download = async (extension: 'csv' | 'xlsx') => {
    const input = { metrics: ['channels.website'], years: [2020], regionCode: '330281' };
    const base = hub.url.replace(/\/graphql$/, '');
    const response = await fetch(`${base}/export/compare.${extension}?input=${encodeURIComponent(JSON.stringify(input))}`);
    expect(response.status).toBe(200);
    return response.arrayBuffer();
  };

  it('neutralises them in CSV', async () => {
    const lines = Buffer.from(await download('csv'))
      .toString('utf8')
      .slice(1)
      .split('\r\n');
    expect(lines.find((line) => line.startsWith('330281002,'))).toMatch(/^330281002,'\+1\+2,乡镇级,/);
    expect(lines.find((line) => line.startsWith('330281003,'))).toMatch(/^330281003,'-2\+3,乡镇级,/);
    expect(lines.find((line) => line.startsWith('330281004,'))).toMatch(/^330281004,'@SUM\(1\),乡镇级,/);
    expect(lines.find((line) => line.startsWith('330281001,'))).toMatch(/^330281001,"'=HYPERLINK\(""http:\/\/x"",""梨洲""\)",乡镇级,/);
    expect(lines.find((line) => line.startsWith('330281100,'))).toMatch(/^330281100,临山镇,乡镇级,/);
  });

  it('neutralises them in XLSX', async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await download('xlsx'));
    const names = new Map<string, unknown>();
    workbook.worksheets[0].eachRow((row) => names.set(row.getCell(1).text, row.getCell(2).value));
    expect(Object.keys(HOSTILE).map((code) => names.get(code))).toEqual(Object.values(HOSTILE).map((name) => `'${name}`));
    expect(names.get('330281100')).toBe('临山镇');
  });
});
