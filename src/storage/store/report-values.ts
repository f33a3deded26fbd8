import { EntityManager } from 'typeorm';
import { reportValuesFill } from '../db/report-values-fill';
import { REPORT_VALUES_TABLE, VALUE_CELLS, type ValueCell } from '../db/report-values-layout';
import { sql, type SqlValue } from '../db/sql';
import { KEYS_PER_STATEMENT, chunks } from './chunks';
import type { TownshipYear } from './load-report';

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
  cells: readonly ValueCell[] = VALUE_CELLS,
): Promise<void> {
  const quote = (name: string) => sql.identifier(name, manager.connection.driver);
  const list = (values: readonly SqlValue[]) => sql.join(values.map(sql.value), sql`, `);
  for (const chunk of chunks(keys, KEYS_PER_STATEMENT)) {
    const scope = { codes: [...new Set(chunk.map((key) => key.townshipCode))], years: [...new Set(chunk.map((key) => key.year))] };
    const clear = sql.statement(
      sql`DELETE FROM ${quote(REPORT_VALUES_TABLE)} WHERE ${quote('township_code')} IN (${list(scope.codes)}) AND ${quote('year')} IN (${list(scope.years)})`,
    );
    await manager.query(clear.sql, clear.params);
    const fill = reportValuesFill(manager.connection, cells, scope);
    await manager.query(fill.sql, fill.params);
  }
}
