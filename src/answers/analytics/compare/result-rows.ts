/**
 * Raw result rows → the engine's typed answer. Drivers return numbers differently (mysql2
 * gives SUMs as decimal strings, SQLite a REAL year), so every number passes through here.
 */
import { storedRegionLevel } from '../../../../entities';
import { REGION_FIELDS, metricColumn } from './comparison-sql';
import { validIn } from '../../../storage/store/regions';
import type { ComparisonPlan } from './plan';
import type { ComparisonRow, ComparisonTotal, MetricValue, RegionSummary } from './spec';

export type RawRow = Record<string, unknown>;

function numberOrNull(value: unknown): number | null {
  return value === null || value === undefined ? null : Number(value);
}

/** A region column: text, or a code some driver hands back as a number. */
function textOrNull(value: unknown): string | null {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'number') return String(value);
  throw new Error(`a region column of a comparison row holds ${JSON.stringify(value)}, which is not text`);
}

/**
 * The townships a row's `previous` summed, when it was not the row's own year before alone: its
 * predecessors, and itself when it was valid that year too (a township others merged into).
 */
function previousCodes(raw: RawRow, region: RegionSummary): string[] | null {
  const predecessors = textOrNull(raw.previous_codes);
  if (predecessors === null) return null;
  const ownToo = validIn(region, Number(raw.yr) - 1);
  return [...(ownToo ? [region.code] : []), ...predecessors.split(',')].sort();
}

/** A shown metric's result columns: its value's and the year before's (absent when the plan reads no year before). */
interface MetricColumns {
  metric: string;
  value: string;
  previous: string;
}

/** The shown metrics' columns; `prefix` picks the totals' (t) instead of the rows'. Named once per answer rather than per row. */
const metricColumnsOf = (plan: ComparisonPlan, prefix = ''): MetricColumns[] =>
  plan.shown.map((metric) => ({
    metric: metric.key,
    value: prefix + metricColumn(plan, metric),
    previous: prefix + metricColumn(plan, metric, 'p'),
  }));

/** The shown metrics' values of a row. */
function metricValues(columns: readonly MetricColumns[], raw: RawRow, codes: string[] | null = null): MetricValue[] {
  return columns.map((column) => {
    const value = numberOrNull(raw[column.value]);
    const previous = numberOrNull(raw[column.previous]);
    const delta = value === null || previous === null ? null : value - previous;
    return { metric: column.metric, value, previous, delta, previousCodes: codes };
  });
}

/** The result column of each region field (region0, region1 …), named once rather than per row. */
const REGION_COLUMNS = REGION_FIELDS.map((_, i) => `region${i}`);

const yearOrNull = (text: string | null): number | null => (text === null ? null : Number(text));

/**
 * A row's region, built as one object literal: spreading literals into another (and naming
 * each column per row) cost a province page of 100 rows about a millisecond of CPU.
 */
function regionOf(raw: RawRow): RegionSummary {
  const [code, name, level, parentCode, provinceCode, cityCode, countyCode, validFrom, validTo, mergedInto, renamedTo, splitFrom] =
    REGION_COLUMNS.map((column) => textOrNull(raw[column]));
  return {
    code: code!,
    name: name!,
    level: storedRegionLevel(level),
    parentCode,
    provinceCode,
    cityCode,
    countyCode,
    validFrom: yearOrNull(validFrom),
    validTo: yearOrNull(validTo),
    mergedInto,
    renamedTo,
    splitFrom,
  };
}

/** Whether a row's position is on the page (a counted statement also returns the last row, for the count). */
function onPage(plan: ComparisonPlan, position: number): boolean {
  return position > plan.offset && (plan.limit === null || position <= plan.offset + plan.limit);
}

function toRow(columns: readonly MetricColumns[], raw: RawRow): ComparisonRow {
  const region = regionOf(raw);
  return {
    region,
    year: Number(raw.yr),
    values: metricValues(columns, raw, previousCodes(raw, region)),
    rank: Number(raw.row_rank),
    reportCount: Number(raw.report_count),
    missingCount: Number(raw.missing_count),
  };
}

/** A counted statement's page of rows and the count of all of them. */
export function toRows(plan: ComparisonPlan, raw: RawRow[]): { rows: ComparisonRow[]; totalCount: number } {
  const columns = metricColumnsOf(plan);
  const rows = raw.filter((row) => onPage(plan, Number(row.row_position))).map((row) => toRow(columns, row));
  return { rows, totalCount: Number(raw[0]?.total_count ?? 0) };
}

/** An uncounted statement's rows: the page, each of them. */
export function pageRows(plan: ComparisonPlan, raw: RawRow[]): ComparisonRow[] {
  const columns = metricColumnsOf(plan);
  return raw.map((row) => toRow(columns, row));
}

/** One total per year asked, from any row of the year; a year no row matched totals to nothing (all values null). */
export function toTotals(plan: ComparisonPlan, raw: RawRow[]): ComparisonTotal[] {
  const columns = metricColumnsOf(plan, 't');
  const byYear = new Map(raw.map((row) => [Number(row.yr), row]));
  return plan.years.map((year) => {
    const row = byYear.get(year) ?? {};
    return {
      year,
      regionCount: Number(row.year_region_count ?? 0),
      reportCount: Number(row.year_report_count ?? 0),
      missingCount: Number(row.year_missing_count ?? 0),
      values: metricValues(columns, row),
    };
  });
}
