import { withSqlTrace } from '../../src/storage/db/sql-counter';
import { loadReportData, VersionToLoad } from '../../src/storage/store/load-report';
import { TEST_DATABASE_KIND, TestDatabase, openTestDatabase } from '../support/database';

describe(`loadReportData of a country's versions (${TEST_DATABASE_KIND})`, () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await openTestDatabase();
  });
  afterAll(() => db.close());

  // An assessment of the whole country loads ~80,000 versions: bound in one IN (…) they were
  // more parameters than SQLite takes (32,766: "too many SQL variables").
  it('binds the ids of 40,000 versions a few statements at a time, whatever the database', async () => {
    const versions: VersionToLoad[] = Array.from({ length: 40_000 }, (_, i) => ({
      versionId: i + 1,
      organization: null,
      year: 2024,
      template: '2021',
      publishedOn: null,
      notApplicable: null,
    }));
    const { result, trace } = await withSqlTrace(() => loadReportData(db.dataSource.manager, versions, ['publicationCounts']));
    expect(result.size).toBe(40_000);
    expect(result.get(40_000)!.year).toBe(2024);
    expect(trace.statements).toHaveLength(2);
  });
});
