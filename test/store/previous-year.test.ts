import { demoReportData } from '../../src/generator/demo-reports';
import { renderText } from '../../src/generator/render-text';
import { previousYearSums } from '../../src/reading/template/previous-year';
import { ingestReport } from '../../src/storage/ingest/ingest-report';
import { loadPreviousYear } from '../../src/storage/store/previous-year';
import { TEST_DATABASE_KIND, TestDatabase, openTestDatabase, seedRegions } from '../support/database';

/** The reader is given last year's stored report as evidence (readReport `previous`): it is loaded here. */
describe(`last year's stored report as the reader's evidence (${TEST_DATABASE_KIND})`, () => {
  const ZHANGTING = { code: '330281109', name: '丈亭镇' };
  const [stored] = demoReportData([ZHANGTING], [2022]);
  let db: TestDatabase;
  beforeAll(async () => {
    db = await openTestDatabase();
    await seedRegions(db.dataSource, ['330281']);
    const upload = { townshipCode: ZHANGTING.code, year: 2022, bytes: Buffer.from(renderText(stored.data)), format: 'TEXT' as const };
    expect((await ingestReport(db.dataSource, upload)).status).toBe('CREATED');
  });
  afterAll(() => db.close());

  it("gives 2023's reading 2022's table 2 and table 3 as stored", async () => {
    const previous = await loadPreviousYear(db.dataSource.manager, ZHANGTING.code, 2023);
    expect(previous).toEqual({ activeDisclosure: stored.data.activeDisclosure, applications: stored.data.applications });
    // What the reader takes from it: 上年结转 per applicant column, 现行有效 of the two document rows.
    expect(previousYearSums(previous!)).toHaveLength(7 + 2);
  });

  it('gives nothing for a year whose year before has no report, nor for another township', async () => {
    expect(await loadPreviousYear(db.dataSource.manager, ZHANGTING.code, 2022)).toBeNull();
    expect(await loadPreviousYear(db.dataSource.manager, '330281100', 2023)).toBeNull();
  });
});
