import { EntityManager } from 'typeorm';
import { sql } from '../../../storage/db/sql';
import { SqlNames } from '../../../storage/db/sql-names';
import type { Metric } from '../metrics/metric';
import { valueFromParts } from './metric-parts';
import { ReportCells } from './report-cells';
import type { RawRow } from './result-rows';

export interface TownshipYear {
  code: string;
  year: number;
}

/** Key of a township's year, for maps and loaders keyed by both. */
export const townshipYearKey = (code: string, year: number): string => `${code}:${year}`;

/**
 * Metric values of single reports for any townships and years (a loader's batch), in one
 * statement, with the same SQL as a comparison's township rows, over the read model. Keyed
 * `code:year`; a township-year without a report has no entry.
 */
export async function loadReportValues(
  manager: EntityManager,
  metrics: readonly Metric[],
  keys: readonly TownshipYear[],
): Promise<Map<string, (number | null)[]>> {
  const report = new ReportCells(new SqlNames(manager.connection));
  const values = metrics.map((metric, i) => {
    const parts = report.parts(metric);
    return sql`${valueFromParts(metric, (suffix) => parts.get(suffix)!)} AS ${sql.constant(`v${i}`)}`;
  });
  const codes = sql.list([...new Set(keys.map((k) => k.code))]);
  const years = sql.list([...new Set(keys.map((k) => k.year))]);
  const statement = sql.statement(
    sql.join(
      [
        sql`SELECT ${report.column('township_code')} AS code, ${report.column('year')} AS yr, ${sql.join(values, sql`, `)}`,
        sql`FROM ${report.table()} rv`,
        sql`WHERE ${report.column('township_code')} IN (${codes}) AND ${report.column('year')} IN (${years})`,
      ],
      sql`\n`,
    ),
  );
  const rows: RawRow[] = await manager.query(statement.sql, statement.params);
  return new Map(
    rows.map((row) => [
      townshipYearKey(String(row.code), Number(row.yr)),
      metrics.map((_, i) => (row[`v${i}`] === null ? null : Number(row[`v${i}`]))),
    ]),
  );
}
