import { DataSource, ObjectLiteral } from 'typeorm';
import { Report } from '../../entities';
import { demoReports } from '../../src/generator/demo-reports';
import { MIGRATIONS } from '../../src/storage/db/migrations';
import { NaturalKeys1769100000000 } from '../../src/storage/db/migrations/1769100000000-natural-keys';
import { ingestReports } from '../../src/storage/ingest/ingest-batch';
import { findCurrentReports, versionToLoad } from '../../src/storage/store/current-report';
import { loadReportData } from '../../src/storage/store/load-report';
import { requireRegion, townshipsUnder } from '../../src/storage/store/regions';
import type { ReportRows } from '../../src/storage/store/report-rows';
import { ROW_TABLES } from '../../src/storage/store/save-report';
import { TEST_DATABASE_KIND, TestDatabase, openTestDatabase, seedRegions } from '../support/database';

/** The column that, after the version, names a row of each row table (a table added to ReportRows must say its key here). */
const ROW_KEYS: Record<keyof ReportRows, string> = {
  applicationCounts: 'row_key',
  caseOutcomes: 'case_group',
  disclosureItems: 'item',
  narrativeCounts: 'position',
  narrativeSections: 'section_key',
  publicationCounts: 'metric',
  issues: 'position',
};

/** Undoes the natural keys' migration, and first every later one, newest first. */
async function undoNaturalKeys(dataSource: DataSource): Promise<void> {
  for (let i = MIGRATIONS.length - 1; i >= MIGRATIONS.indexOf(NaturalKeys1769100000000); i--) await dataSource.undoLastMigration();
}

/** Each row table's name in the database, with its key column. */
const keyedTables = (dataSource: DataSource): [string, string][] =>
  (Object.keys(ROW_KEYS) as (keyof ReportRows)[]).map((rows) => [dataSource.getMetadata(ROW_TABLES[rows]).tableName, ROW_KEYS[rows]]);

/** Every row of every keyed table, without the generated id the tables had before, in key order. */
async function allRows(dataSource: DataSource): Promise<Record<string, ObjectLiteral[]>> {
  const rows: Record<string, ObjectLiteral[]> = {};
  for (const [table, key] of keyedTables(dataSource)) {
    const found: ObjectLiteral[] = await dataSource.query(`SELECT * FROM ${table} ORDER BY version_id, ${key}`);
    rows[table] = found.map(({ id: _id, ...row }: ObjectLiteral) => row);
  }
  return rows;
}

async function primaryKeys(dataSource: DataSource): Promise<Record<string, string[]>> {
  const runner = dataSource.createQueryRunner();
  try {
    const keys: Record<string, string[]> = {};
    for (const [table] of keyedTables(dataSource))
      keys[table] = (await runner.getTable(table))!.primaryColumns.map((column) => column.name);
    return keys;
  } finally {
    await runner.release();
  }
}

/** The reports as the hub reads them back (ReportData of every current version). */
async function reportData(dataSource: DataSource): Promise<unknown[]> {
  const reports = await dataSource.getRepository(Report).find({ order: { townshipCode: 'ASC', year: 'ASC' } });
  const current = await findCurrentReports(dataSource.manager, reports);
  const versions = [...current.values()].map(({ report, version }) => versionToLoad(report.year, version));
  const loaded = await loadReportData(dataSource.manager, versions);
  return versions.map((version) => loaded.get(version.versionId));
}

describe(`the row tables keyed by version and what each row is (${TEST_DATABASE_KIND})`, () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await openTestDatabase();
    await seedRegions(db.dataSource, ['330281']);
    const townships = await townshipsUnder(db.dataSource.manager, await requireRegion(db.dataSource.manager, '330281'));
    const requests = demoReports(townships.slice(0, 6), [2019, 2020, 2021]).map((report) => ({
      townshipCode: report.townshipCode,
      year: report.year,
      bytes: Buffer.from(report.text),
      format: 'TEXT' as const,
    }));
    for (const outcome of await ingestReports(db.dataSource, requests)) expect(outcome.status).toBe('fulfilled');
  });
  afterAll(() => db.close());

  it('have (version_id, key) as their primary key and no generated id', async () => {
    expect(await primaryKeys(db.dataSource)).toEqual(
      Object.fromEntries(keyedTables(db.dataSource).map(([table, key]) => [table, ['version_id', key]])),
    );
  });

  it('keep every row and read back the same reports when the migration is undone and done again over stored reports', async () => {
    const rows = await allRows(db.dataSource);
    const reports = await reportData(db.dataSource);
    expect(rows.publication_counts.length).toBeGreaterThan(18 * 10);

    await undoNaturalKeys(db.dataSource);
    expect(await primaryKeys(db.dataSource)).toEqual(Object.fromEntries(keyedTables(db.dataSource).map(([table]) => [table, ['id']])));
    expect(await allRows(db.dataSource)).toEqual(rows);

    await db.dataSource.runMigrations();
    expect(await allRows(db.dataSource)).toEqual(rows);
    expect(await reportData(db.dataSource)).toEqual(reports);
  });
});
