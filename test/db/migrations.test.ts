import { openTestDatabase, TestDatabase, TEST_DATABASE_KIND } from '../support/database';

describe(`migrations (${TEST_DATABASE_KIND})`, () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await openTestDatabase();
  });
  afterAll(() => db.close());

  it('build exactly the schema the entities describe', async () => {
    const pending = await db.dataSource.driver.createSchemaBuilder().log();
    expect(pending.upQueries.map((query) => query.query)).toEqual([]);
  });

  it('are recorded, so a restart runs none again', async () => {
    expect(await db.dataSource.showMigrations()).toBe(false);
  });
});
