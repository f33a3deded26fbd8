import { EntityManager } from 'typeorm';
import { reportValuesFill, type FilledColumns } from '../db/report-values-fill';
import { REPORT_VALUES_TABLE, REPORT_VALUES_TOWNSHIP_KEY, TOWNSHIP_FACTS, VALUE_CELLS, VERSION_FACTS } from '../db/report-values-layout';
import { Sql, sql } from '../db/sql';
import { KEYS_PER_STATEMENT, chunks } from './chunks';
import type { TownshipYear } from './load-report';

/**
 * Deletes the read model's rows `where` picks by township code and year. On MariaDB, whose
 * key starts (year, province_code) and which a code alone does not reach, the statement names
 * the (year, township_code) key: left to itself, the optimizer walks the year's range of the
 * primary key when the table is small, locking every row it passes, and an upload then waits
 * for another township's upload to commit (a test holds one open). SQLite's key is
 * (year, township_code) already.
 */
function clearRows(manager: EntityManager, where: Sql): Sql {
  const driver = manager.connection.driver;
  const table = sql.identifier(REPORT_VALUES_TABLE, driver);
  if (driver.options.type === 'better-sqlite3') return sql`DELETE FROM ${table} WHERE ${where}`;
  return sql`DELETE ${table} FROM ${table} FORCE INDEX (${sql.identifier(REPORT_VALUES_TOWNSHIP_KEY, driver)}) WHERE ${where}`;
}

/**
 * Recomputes the read model's rows of these township-years from the entity tables: every
 * write of a report (a version, a batch, a re-read, a carry-over finding) calls it in its own
 * transaction after writing, so the read model commits or rolls back with the record. Two
 * statements per 1,000 keys; codes × years may name township-years nobody asked for, which are
 * recomputed to what they already were.
 */
export async function writeReportValues(
  manager: EntityManager,
  keys: readonly TownshipYear[],
  columns: FilledColumns = { cells: VALUE_CELLS, versionFacts: VERSION_FACTS, townshipFacts: TOWNSHIP_FACTS },
): Promise<void> {
  const quote = (name: string) => sql.identifier(name, manager.connection.driver);
  for (const chunk of chunks(keys, KEYS_PER_STATEMENT)) {
    const scope = { codes: [...new Set(chunk.map((key) => key.townshipCode))], years: [...new Set(chunk.map((key) => key.year))] };
    const clear = sql.statement(
      clearRows(manager, sql`${quote('township_code')} IN (${sql.list(scope.codes)}) AND ${quote('year')} IN (${sql.list(scope.years)})`),
    );
    await manager.query(clear.sql, clear.params);
    const fill = reportValuesFill(manager.connection, columns, scope);
    await manager.query(fill.sql, fill.params);
  }
}
