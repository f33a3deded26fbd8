/**
 * Raw result rows → the engine's typed answer. Drivers return numbers differently (mysql2
 * gives SUMs as decimal strings, SQLite a REAL year), so every number passes through here.
 */
import { RegionLevel } from '../../../entities';
import { REGION_FIELDS, metricColumn } from './comparison-sql';
import type { ComparisonPlan } from './plan';
import type { ComparisonRow, ComparisonTotal, MetricValue, RegionSummary } from './spec';

export type RawRow = Record<string, unknown>;

function numberOrNull(value: unknown): number | null {
  return value === null || value === undefined ? null : Number(value);
}

function textOrNull(value: unknown): string | null {
  return value === null || value === undefined ? null : String(value);
}

function metricValues(plan: ComparisonPlan, raw: RawRow): MetricValue[] {
  return plan.shown.map((metric) => {
    const value = numberOrNull(raw[metricColumn(plan, metric)]);
    const previous = numberOrNull(raw[metricColumn(plan, metric, 'p')]);
    const delta = value === null || previous === null ? null : value - previous;
    return { metric: metric.key, value, previous, delta };
  });
}

function regionOf(raw: RawRow): RegionSummary {
  const [code, name, level, parentCode, provinceCode, cityCode, countyCode] = REGION_FIELDS.map((_, i) => textOrNull(raw[`region${i}`]));
  return { code: code!, name: name!, level: level as RegionLevel, parentCode, provinceCode, cityCode, countyCode };
}

/** The page's rows; the one row of a page past the end carries only the count. */
export function toRows(plan: ComparisonPlan, raw: RawRow[]): { rows: ComparisonRow[]; totalCount: number } {
  const rows = raw
    .filter((row) => row.yr !== null)
    .map((row) => ({
      region: regionOf(row),
      year: Number(row.yr),
      values: metricValues(plan, row),
      rank: Number(row.row_rank),
      reportCount: Number(row.report_count),
      missingCount: Number(row.missing_count),
    }));
  return { rows, totalCount: Number(raw[0]?.total_count ?? 0) };
}

/** One total per year asked; a year no row matched totals to nothing (all values null). */
export function toTotals(plan: ComparisonPlan, raw: RawRow[]): ComparisonTotal[] {
  const byYear = new Map(raw.map((row) => [Number(row.yr), row]));
  return plan.years.map((year) => {
    const row = byYear.get(year) ?? {};
    return {
      year,
      regionCount: Number(row.region_count ?? 0),
      reportCount: Number(row.report_count ?? 0),
      missingCount: Number(row.missing_count ?? 0),
      values: metricValues(plan, row),
    };
  });
}
