import { Region, Report, ReportVersion } from '../../entities';
import { demoReports } from '../../src/generator/demo-reports';
import { ingestReport } from '../../src/storage/ingest/ingest-report';
import { TEST_DATABASE_KIND, TestDatabase, openTestDatabase, seedRegions } from '../support/database';

describe(`a version's origin read back (${TEST_DATABASE_KIND})`, () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await openTestDatabase();
    await seedRegions(db.dataSource, ['330281']);
    const [document] = demoReports([{ code: '330281109', name: '丈亭镇' }], [2019]);
    await ingestReport(db.dataSource, { townshipCode: '330281109', year: 2019, bytes: Buffer.from(document.text), format: 'TEXT' });
  });
  afterAll(() => db.close());

  // The assessment joins every township to its version: those without a report failed the origin check on NULL.
  it('passes the NULLs of a LEFT JOIN that finds no version, and checks a stored one', async () => {
    const rows = (await db.dataSource.manager
      .createQueryBuilder(Region, 't')
      .leftJoinAndMapOne('t.report', Report, 'r', 'r.townshipCode = t.code AND r.year = 2019')
      .leftJoinAndMapOne('t.version', ReportVersion, 'v', 'v.id = r.currentVersionId')
      .where('t.countyCode = :county', { county: '330281' })
      .getMany()) as (Region & { version?: ReportVersion | null })[];
    expect(rows.length).toBeGreaterThan(1);
    expect(rows.filter((row) => row.version).map((row) => [row.code, row.version!.origin])).toEqual([['330281109', 'UPLOAD']]);
  });

  it('refuses a word that is no origin', async () => {
    await db.dataSource
      .createQueryBuilder()
      .update(ReportVersion)
      .set({ origin: 'EDITED' as never })
      .execute();
    await expect(db.dataSource.getRepository(ReportVersion).find()).rejects.toThrow(/report_versions\.origin holds "?EDITED/);
  });
});
