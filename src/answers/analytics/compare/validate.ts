/**
 * Checks a ComparisonSpec before anything reaches the database: metric keys against the
 * registry, years, caps and conditions, then the cells it would read against the request's
 * bound. Every rejection is a typed HubError naming the value.
 */
import type { CellBudget } from '../../../core/cell-budget';
import { HubError } from '../../../core/errors';
import { checkYear } from '../../../core/report-year';
import { requireMetric } from '../metrics/registry';
import type { Metric } from '../metrics/metric';
import { COMPARE_LIMITS, type CompareOp, type ComparisonSpec, type ConditionSpec, type SortDirection, type ValueOf } from './spec';

export type ValueOp = Exclude<CompareOp, 'IS_NULL' | 'NOT_NULL'>;

export type CheckedCondition = { metric: Metric; years: number; of: ValueOf } & (
  { op: 'IS_NULL' | 'NOT_NULL' } | { op: ValueOp; value: number }
);

export interface CheckedSpec {
  /** Ascending, without repeats. */
  years: number[];
  /** The metrics each row shows: those asked, then the orderBy metric if it was not. */
  shown: Metric[];
  where: CheckedCondition[];
  orderBy: { metric: Metric; direction: SortDirection; of: ValueOf };
  includeMissing: boolean;
  limit: number | null;
  offset: number;
}

function badInput(message: string, details: Record<string, unknown>): HubError {
  return new HubError('BAD_USER_INPUT', message, details);
}

function checkCount(what: string, count: number, max: number, min = 0): void {
  if (count < min || count > max) throw badInput(`${what}须为 ${min}–${max} 个，收到 ${count} 个`, { count, min, max });
}

function checkInteger(field: string, value: number, min: number, max: number): number {
  if (!Number.isInteger(value) || value < min || value > max) {
    throw badInput(`${field} 须为 ${min}–${max} 之间的整数，收到 ${value}`, { [field]: value, min, max });
  }
  return value;
}

function checkYears(years: readonly number[]): number[] {
  checkCount('年度', years.length, COMPARE_LIMITS.maxYears, 1);
  return [...new Set(years.map((year) => checkYear(year)))].sort((a, b) => a - b);
}

function checkCondition(condition: ConditionSpec): CheckedCondition {
  const metric = requireMetric(condition.metric);
  const years = checkInteger('years', condition.years ?? 1, 1, COMPARE_LIMITS.maxConsecutiveYears);
  const of = condition.of ?? 'VALUE';
  // "Held in each of the last N years" is counted over the years' own values only.
  if (years > 1 && of !== 'VALUE')
    throw badInput(`条件 ${metric.key} 的 years（${years}）只能用于本年数值（of: VALUE），收到 of: ${of}`, {
      metric: metric.key,
      of,
      years,
    });
  const { op, value } = condition;
  if (op === 'IS_NULL' || op === 'NOT_NULL') {
    if (value !== undefined && value !== null) throw badInput(`条件 ${op} 不带数值，收到 ${value}`, { metric: metric.key, op, value });
    return { metric, years, of, op };
  }
  if (value === undefined || value === null || !Number.isFinite(value)) {
    throw badInput(`条件 ${metric.key} ${op} 需要一个数值`, { metric: metric.key, op });
  }
  return { metric, years, of, op, value };
}

function checkPage(spec: ComparisonSpec): { limit: number | null; offset: number } {
  const offset = checkInteger('offset', spec.offset ?? 0, 0, Number.MAX_SAFE_INTEGER);
  if (spec.limit === undefined || spec.limit === null) {
    if (offset > 0) throw badInput('给出 offset 时须同时给出 limit', { offset });
    return { limit: null, offset };
  }
  return { limit: checkInteger('limit', spec.limit, 1, spec.maxPageSize ?? COMPARE_LIMITS.maxPageSize), offset };
}

/** Metric keys without repeats, in the order first asked. */
function uniqueMetrics(keys: readonly string[]): Metric[] {
  return [...new Set(keys)].map(requireMetric);
}

export function checkSpec(spec: ComparisonSpec): CheckedSpec {
  checkCount('指标', spec.metrics.length, COMPARE_LIMITS.maxMetrics, 1);
  const asked = uniqueMetrics(spec.metrics);
  const where = spec.where ?? [];
  checkCount('筛选条件', where.length, COMPARE_LIMITS.maxConditions);
  const orderMetric = spec.orderBy ? requireMetric(spec.orderBy.metric) : asked[0];
  // Rank by exactly the number shown: the ranking metric is always among the values.
  const shown = asked.includes(orderMetric) ? asked : [...asked, orderMetric];
  return {
    years: checkYears(spec.years),
    shown,
    where: where.map(checkCondition),
    orderBy: { metric: orderMetric, direction: spec.orderBy?.direction ?? 'DESC', of: spec.orderBy?.of ?? 'VALUE' },
    includeMissing: spec.includeMissing ?? false,
    ...checkPage(spec),
  };
}

/**
 * The years a comparison reads: a contiguous run from the earliest one the year before
 * (`previous`) or a condition over the last N years reaches back to, to the latest asked.
 */
function yearsRead(checked: CheckedSpec, previous: boolean): number {
  const lookback = Math.max(previous ? 1 : 0, ...checked.where.map((condition) => condition.years - 1));
  return checked.years[checked.years.length - 1] - (checked.years[0] - lookback) + 1;
}

/**
 * Takes from the request's budget the cells the comparison reads: each metric computed (shown
 * or filtered on) for each year read and each township in scope, before any SQL is built.
 */
export function spendCells(budget: CellBudget, checked: CheckedSpec, computed: number, previous: boolean, townships: number): void {
  budget.spend(computed * yearsRead(checked, previous) * townships);
}
