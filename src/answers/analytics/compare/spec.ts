/**
 * The comparison engine's contract, independent of GraphQL: what a caller asks for
 * (ComparisonSpec) and what it gets back (ComparisonResult). The named dashboard queries,
 * the GraphQL `compare` and the exports are all callers of runComparison.
 */
import type { Region, RegionLevel } from '../../../../entities';
import type { CellBudget } from '../../../core/cell-budget';

export type CompareOp = 'EQ' | 'NE' | 'GT' | 'GTE' | 'LT' | 'LTE' | 'IS_NULL' | 'NOT_NULL';
export type SortDirection = 'ASC' | 'DESC';
/** Which number of a metric a condition or the order reads: the year's, the year before's, or the change (value − previous). */
export type ValueOf = 'VALUE' | 'PREVIOUS' | 'DELTA';

/** Caps that keep one comparison cheap; the API's answers stay within them. */
export const COMPARE_LIMITS = {
  maxMetrics: 30,
  maxConditions: 10,
  maxYears: 20,
  /** A condition may have to hold in up to this many consecutive years. */
  maxConsecutiveYears: 10,
  maxPageSize: 1000,
  /** The GraphQL page size when a query gives no limit. */
  defaultPageSize: 100,
} as const;

export interface ConditionSpec {
  metric: string;
  op: CompareOp;
  /** Required by EQ … LTE; absent for IS_NULL and NOT_NULL. */
  value?: number | null;
  /** The condition must hold in each of the last `years` years up to the row's year (default 1). */
  years?: number | null;
  /** Default VALUE; PREVIOUS and DELTA read the year before (townships whose website count fell: DELTA LT 0). */
  of?: ValueOf | null;
}

export interface ComparisonSpec {
  metrics: readonly string[];
  years: readonly number[];
  /** The region whose townships are compared; null or absent: every township of the country. */
  regionCode?: string | null;
  /** Default TOWNSHIP: one row per township. */
  groupBy?: RegionLevel | null;
  /** All must hold. A comparison never matches a null value: ask IS_NULL for those. */
  where?: readonly ConditionSpec[] | null;
  /** Default: the first metric, highest first. A metric not among `metrics` is shown too. */
  orderBy?: { metric: string; direction?: SortDirection | null; of?: ValueOf | null } | null;
  /** Rows per page, at most `maxPageSize`; absent: every row (offset must be 0). */
  limit?: number | null;
  /** The largest page the caller allows (HUB_MAX_PAGE_SIZE); default COMPARE_LIMITS.maxPageSize. */
  maxPageSize?: number | null;
  offset?: number | null;
  /** Also rows without any report (township rows of missing reports, groups with none). */
  includeMissing?: boolean | null;
  /** Whether to compute the totals (window sums in the same statement); default true. */
  totals?: boolean | null;
  /** Whether values carry the year before's (`previous`, `delta`); default true. Without, one year less is read. */
  previous?: boolean | null;
  /** The request's bound on cells read (HUB_MAX_CELLS); absent: unbounded, for the hub's own callers (CLI, bench). */
  cells?: CellBudget | null;
}

/** The region a row stands for, with its ancestors' codes. */
export type RegionSummary = Pick<
  Region,
  | 'code'
  | 'name'
  | 'level'
  | 'parentCode'
  | 'provinceCode'
  | 'cityCode'
  | 'countyCode'
  | 'validFrom'
  | 'validTo'
  | 'mergedInto'
  | 'renamedTo'
  | 'splitFrom'
>;

export interface MetricValue {
  metric: string;
  /** null: blank in every report counted, or no report at all; never made 0. */
  value: number | null;
  /** The same region's value for the year before. */
  previous: number | null;
  /** value − previous; null when either is. */
  delta: number | null;
  /** The townships `previous` sums when they are not the row's own (a township merged from others); null otherwise. */
  previousCodes: string[] | null;
}

export interface ComparisonRow {
  region: RegionSummary;
  year: number;
  /** One per shown metric, in the order asked. */
  values: MetricValue[];
  /** By the orderBy metric's shown value within the year: ties share a rank, nulls last. */
  rank: number;
  /** Townships of the row with a report for the year (0 or 1 for a township row). */
  reportCount: number;
  missingCount: number;
}

export interface ComparisonTotal {
  year: number;
  /** Rows of the selection in that year. */
  regionCount: number;
  reportCount: number;
  missingCount: number;
  values: MetricValue[];
}

export interface ComparisonResult {
  rows: ComparisonRow[];
  /** Rows matching, across every page. */
  totalCount: number;
  /** One per year asked, over every matching row (not just this page); null when not asked. */
  totals: ComparisonTotal[] | null;
}
