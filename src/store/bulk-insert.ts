import { EntityManager, EntityTarget, In, ObjectLiteral } from 'typeorm';
import { Report, ReportVersion } from '../../entities';
import { ReportRows, toRows } from './report-rows';
import { ROW_TABLES, SaveReportInput, insertRows, versionRow } from './save-report';

/**
 * Rows per multi-row INSERT. Far below every engine's limit on bound parameters (SQLite
 * 32,766, MySQL 65,535 per statement, at most ~20 columns a row here), and small enough that a
 * statement with documents in it stays under MariaDB's default max_allowed_packet (16 MiB).
 */
const ROWS_PER_INSERT = 200;

const chunks = <T>(items: readonly T[], size = ROWS_PER_INSERT): T[][] =>
  Array.from({ length: Math.ceil(items.length / size) }, (_, i) => items.slice(i * size, (i + 1) * size));

const key = (townshipCode: string, year: number) => `${townshipCode}/${year}`;

async function insertChunked(manager: EntityManager, entity: EntityTarget<ObjectLiteral>, rows: object[]): Promise<void> {
  for (const chunk of chunks(rows)) await insertRows(manager, entity, chunk);
}

/** The ids of the reports just inserted, by township and year (one statement per chunk). */
async function reportIds(manager: EntityManager, inputs: readonly SaveReportInput[]): Promise<Map<string, number>> {
  const ids = new Map<string, number>();
  for (const chunk of chunks(inputs, 1000)) {
    const codes = [...new Set(chunk.map((input) => input.townshipCode))];
    const years = [...new Set(chunk.map((input) => input.year))];
    const found = await manager.find(Report, { where: { townshipCode: In(codes), year: In(years) }, select: { id: true, townshipCode: true, year: true } });
    for (const report of found) ids.set(key(report.townshipCode, report.year), report.id);
  }
  return ids;
}

async function versionIds(manager: EntityManager, reportIdList: readonly number[]): Promise<Map<number, number>> {
  const ids = new Map<number, number>();
  for (const chunk of chunks(reportIdList, 1000)) {
    const found = await manager.find(ReportVersion, { where: { reportId: In(chunk) }, select: { id: true, reportId: true } });
    for (const version of found) ids.set(version.reportId, version.id);
  }
  return ids;
}

/**
 * Stores many parsed uploads of township-years that have no report yet, as saveReport would
 * (same rows, a test compares them), in a few multi-row INSERTs instead of ~10 statements a
 * report: for loading a whole region's history at once. Run it inside a transaction. It does
 * not refresh the next year's carry-over findings: load the years in ascending order, each
 * parsed after the one before is stored, and every year is checked against the one before.
 */
export async function bulkInsertReports(manager: EntityManager, inputs: readonly SaveReportInput[]): Promise<void> {
  if (!inputs.length) return;
  await insertChunked(
    manager,
    Report,
    inputs.map(({ townshipCode, year, isDemo }) => ({ townshipCode, year, versionCount: 1, currentVersionId: null, isDemo })),
  );
  const reports = await reportIds(manager, inputs);
  const reportIdOf = (input: SaveReportInput) => reports.get(key(input.townshipCode, input.year))!;
  await insertChunked(manager, ReportVersion, inputs.map((input) => versionRow(reportIdOf(input), 1, input)));
  const versions = await versionIds(manager, [...reports.values()]);
  const rowsOf = inputs.map((input) => ({ versionId: versions.get(reportIdOf(input))!, rows: toRows(input.data) }));
  for (const table of Object.keys(ROW_TABLES) as (keyof ReportRows)[]) {
    await insertChunked(manager, ROW_TABLES[table], rowsOf.flatMap(({ versionId, rows }) => rows[table].map((row) => ({ ...row, versionId }))));
  }
  await pointAtVersions(manager, [...reports.values()]);
}

/** Each new report's current version is its first: one UPDATE per chunk, portable SQL. */
async function pointAtVersions(manager: EntityManager, ids: readonly number[]): Promise<void> {
  for (const chunk of chunks(ids, 1000)) {
    await manager
      .createQueryBuilder()
      .update(Report)
      .set({ currentVersionId: () => '(SELECT v.id FROM report_versions v WHERE v.report_id = reports.id AND v.number = 1)' })
      .where({ id: In(chunk) })
      .execute();
  }
}
