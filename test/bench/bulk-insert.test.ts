import { DataSource } from 'typeorm';
import { Report } from '../../entities';
import { demoReports } from '../../src/generator/demo-reports';
import { ingestReport, saveInput } from '../../src/storage/ingest/ingest-report';
import { parseUpload } from '../../src/storage/ingest/parse-upload';
import { bulkInsertReports } from '../../src/storage/store/bulk-insert';
import { loadCurrentData } from '../../src/storage/store/current-report';
import { TEST_DATABASE_KIND, TestDatabase, openTestDatabase, seedRegions } from '../support/database';

const TOWNSHIPS = [
  { code: '330281109', name: '丈亭镇' },
  { code: '330281001', name: '梨洲街道' },
  { code: '330281101', name: '黄家埠镇' },
];
const YEARS = [2019, 2020, 2021];
const reports = demoReports(TOWNSHIPS, YEARS);
const request = (report: (typeof reports)[number]) => ({
  townshipCode: report.townshipCode,
  year: report.year,
  bytes: Buffer.from(report.text),
  format: 'TEXT' as const,
});

async function stored(dataSource: DataSource) {
  const rows = await dataSource.getRepository(Report).find({ order: { townshipCode: 'ASC', year: 'ASC' } });
  return Promise.all(
    rows.map(async (row) => ({
      township: row.townshipCode,
      year: row.year,
      versionCount: row.versionCount,
      data: await loadCurrentData(dataSource.manager, row.townshipCode, row.year),
    })),
  );
}

describe(`bulkInsertReports (${TEST_DATABASE_KIND})`, () => {
  let one: TestDatabase;
  let bulk: TestDatabase;
  beforeAll(async () => {
    [one, bulk] = await Promise.all([openTestDatabase(), openTestDatabase()]);
    await Promise.all([seedRegions(one.dataSource, ['330281']), seedRegions(bulk.dataSource, ['330281'])]);
  });
  afterAll(async () => Promise.all([one.close(), bulk.close()]));

  it('stores what ingestReport stores, year by year', async () => {
    for (const report of reports) await ingestReport(one.dataSource, request(report));
    for (const year of YEARS) {
      const parsed = await Promise.all(
        reports.filter((report) => report.year === year).map((report) => parseUpload(bulk.dataSource, request(report))),
      );
      await bulk.dataSource.transaction((manager) => bulkInsertReports(manager, parsed.map(saveInput)));
    }
    const expected = await stored(one.dataSource);
    expect(expected).toHaveLength(TOWNSHIPS.length * YEARS.length);
    expect(await stored(bulk.dataSource)).toEqual(expected);
  });
});
