import { EntityManager } from 'typeorm';
import type { Metric } from '../metrics/metric';
import { valueFromParts } from './metric-parts';
import { ReportCells } from './report-cells';
import { SqlNames } from './sql-names';
import { SqlParams } from './sql-params';
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
  const params = new SqlParams();
  const report = new ReportCells(new SqlNames(manager.connection));
  const values = metrics.map((metric, i) => {
    const parts = report.parts(metric);
    return `${valueFromParts(metric, (suffix) => parts.get(suffix)!)} AS v${i}`;
  });
  const codes = [...new Set(keys.map((k) => k.code))].map((code) => params.bind(code));
  const years = [...new Set(keys.map((k) => k.year))].map((year) => params.bind(year));
  const { sql, params: bound } = params.statement(
    [
      `SELECT ${report.column('township_code')} AS code, ${report.column('year')} AS yr, ${values.join(', ')}`,
      `FROM ${report.table()} rv`,
      `WHERE ${report.column('township_code')} IN (${codes.join(', ')}) AND ${report.column('year')} IN (${years.join(', ')})`,
    ].join('\n'),
  );
  const rows: RawRow[] = await manager.query(sql, bound);
  return new Map(
    rows.map((row) => [
      townshipYearKey(String(row.code), Number(row.yr)),
      metrics.map((_, i) => (row[`v${i}`] === null ? null : Number(row[`v${i}`]))),
    ]),
  );
}
