import { DataSource } from 'typeorm';
import { DatabaseConfig } from '../../src/storage/db/database-config';
import { openDatabase } from '../../src/storage/db/data-source';
import { MIGRATIONS } from '../../src/storage/db/migrations';
import { SqlTrace, runInSqlTrace } from '../../src/storage/db/sql-counter';
import { TEST_DATABASE_KIND, freshTestDatabaseConfig, removeTestDatabase } from '../support/database';

describe(`the migration lock (${TEST_DATABASE_KIND})`, () => {
  let config: DatabaseConfig;
  let hubs: DataSource[] = [];
  beforeAll(async () => {
    config = await freshTestDatabaseConfig();
  });
  afterAll(async () => {
    await Promise.all(hubs.slice(1).map((dataSource) => dataSource.destroy()));
    if (hubs[0]) await removeTestDatabase(config, hubs[0]);
  });

  it('lets hubs starting together on an empty database migrate it once', async () => {
    hubs = await Promise.all([0, 1, 2].map(() => openDatabase(config)));
    const runs = await hubs[0].query<{ name: string; runs: unknown }[]>('SELECT name, COUNT(*) AS runs FROM migrations GROUP BY name');
    expect(runs.map((run) => [run.name, Number(run.runs)]).sort()).toEqual(MIGRATIONS.map((migration) => [migration.name, 1]).sort());
    expect(await hubs[0].query('SELECT * FROM migration_lock')).toEqual([]);
  });

  it('keeps a starting hub waiting while another holds it', async () => {
    await hubs[0].query('INSERT INTO migration_lock (name, holder) VALUES (?, ?)', ['migrations', 'another hub, migrating']);
    let opened = false;
    const trace: SqlTrace = { statements: [] };
    const opening = runInSqlTrace(trace, () => openDatabase(config)).then((dataSource) => {
      opened = true;
      hubs.push(dataSource);
    });
    // It asks for the lock again and again, and migrates nothing meanwhile.
    const attempts = () => trace.statements.filter((sql) => sql.startsWith('INSERT INTO migration_lock')).length;
    while (attempts() < 3) await new Promise((resolve) => setTimeout(resolve, 50));
    expect(opened).toBe(false);
    expect(trace.statements.filter((sql) => /migrations/.test(sql) && !/migration_lock/.test(sql))).toEqual([]);
    await hubs[0].query('DELETE FROM migration_lock WHERE holder = ?', ['another hub, migrating']);
    await opening;
    expect(opened).toBe(true);
  });
});
