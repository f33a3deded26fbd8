import { EntityManager, EntityTarget, In, ObjectLiteral } from 'typeorm';
import { Report, ReportVersion } from '../../../entities';
import { KEYS_PER_STATEMENT, chunks } from './chunks';
import { TownshipYear, reportKey } from './load-report';
import { ReportRows, toRows } from './report-rows';
import { writeReportValues } from './report-values';
import { ROW_TABLES, SaveReportInput, SaveReportResult, insertRows, versionRow } from './save-report';

/**
 * Rows per multi-row INSERT: with at most 13 columns a row here, far below SQLite's limit of
 * 32,766 bound parameters a statement (mysql2 puts the values in the statement's text).
 */
const ROWS_PER_INSERT = 1000;

/**
 * What the values of one INSERT may take in the statement: a quarter of MariaDB's default
 * max_allowed_packet (16 MiB), which refuses a longer statement. A single larger row (a big
 * document) still goes alone, as an upload would.
 */
const BYTES_PER_INSERT = 4 * 1024 * 1024;

/** The most a row's values take in a statement: documents go as hex, text as UTF-8 (up to 3 bytes a UTF-16 unit). */
function sentBytes(row: object): number {
  let bytes = 0;
  for (const key in row) {
    const value: unknown = row[key as keyof typeof row];
    bytes += Buffer.isBuffer(value) ? 2 * value.length : typeof value === 'string' ? 3 * value.length : 8;
  }
  return bytes;
}

async function insertChunked(manager: EntityManager, entity: EntityTarget<ObjectLiteral>, rows: object[]): Promise<void> {
  for (const run of chunks(rows, ROWS_PER_INSERT, sentBytes, BYTES_PER_INSERT)) await insertRows(manager, entity, run);
}

/** The ids of the reports of these township-years that exist, by reportKey (one statement per 1,000 keys). */
export async function findReportIds(manager: EntityManager, keys: readonly TownshipYear[]): Promise<Map<string, number>> {
  const ids = new Map<string, number>();
  for (const chunk of chunks(keys, KEYS_PER_STATEMENT)) {
    const codes = [...new Set(chunk.map((key) => key.townshipCode))];
    const years = [...new Set(chunk.map((key) => key.year))];
    const found = await manager.find(Report, {
      where: { townshipCode: In(codes), year: In(years) },
      select: { id: true, townshipCode: true, year: true },
    });
    for (const report of found) ids.set(reportKey(report), report.id);
  }
  return ids;
}

async function versionIds(manager: EntityManager, reportIdList: readonly number[]): Promise<Map<number, number>> {
  const ids = new Map<number, number>();
  for (const chunk of chunks(reportIdList, KEYS_PER_STATEMENT)) {
    const found = await manager.find(ReportVersion, { where: { reportId: In(chunk) }, select: { id: true, reportId: true } });
    for (const version of found) ids.set(version.reportId, version.id);
  }
  return ids;
}

/**
 * Stores many parsed uploads of township-years that have no report yet (each once), as
 * saveReport would (same rows, a test compares them), in a few multi-row INSERTs instead of
 * ~10 statements a report. Run it inside a transaction. It does not refresh the next year's
 * carry-over findings: the caller does (see ingest-batch).
 */
export async function bulkInsertReports(manager: EntityManager, inputs: readonly SaveReportInput[]): Promise<SaveReportResult[]> {
  if (!inputs.length) return [];
  const reportRows = inputs.map(({ townshipCode, year, isDemo }) => ({
    townshipCode,
    year,
    versionCount: 1,
    currentVersionId: null,
    isDemo,
  }));
  await insertChunked(manager, Report, reportRows);
  const reports = await findReportIds(manager, inputs);
  const reportIdOf = (input: SaveReportInput) => reports.get(reportKey(input))!;
  const versionRows = inputs.map((input) => versionRow(reportIdOf(input), 1, input));
  await insertChunked(manager, ReportVersion, versionRows);
  const versions = await versionIds(manager, inputs.map(reportIdOf));
  const rowsOf = inputs.map((input) => ({ versionId: versions.get(reportIdOf(input))!, rows: toRows(input.data) }));
  for (const table of Object.keys(ROW_TABLES) as (keyof ReportRows)[]) {
    const rows = rowsOf.flatMap(({ versionId, rows }) => rows[table].map((row) => ({ ...row, versionId })));
    await insertChunked(manager, ROW_TABLES[table], rows);
  }
  await pointAtVersions(manager, inputs.map(reportIdOf));
  await writeReportValues(manager, inputs);
  return inputs.map((input) => ({
    status: 'CREATED',
    reportId: reportIdOf(input),
    versionId: versions.get(reportIdOf(input))!,
    versionNumber: 1,
  }));
}

/** Each new report's current version is its first: one UPDATE per chunk, portable SQL. */
async function pointAtVersions(manager: EntityManager, ids: readonly number[]): Promise<void> {
  for (const chunk of chunks(ids, KEYS_PER_STATEMENT)) {
    await manager
      .createQueryBuilder()
      .update(Report)
      .set({ currentVersionId: () => '(SELECT v.id FROM report_versions v WHERE v.report_id = reports.id AND v.number = 1)' })
      .where({ id: In(chunk) })
      .execute();
  }
}
