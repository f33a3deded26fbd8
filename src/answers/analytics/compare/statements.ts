/**
 * The statement of a comparison, over the CTE chain of comparison-sql.ts: the page of rows,
 * ranked and numbered by window functions, with the count and the totals per year.
 */
import { Region } from '../../../../entities';
import { sql, type Sql, type Statement } from '../../../storage/db/sql';
import type { SqlNames } from '../../../storage/db/sql-names';
import { REGION_GENERATION } from '../../../storage/store/region-generation';
import { ComparisonSql, REGION_FIELDS, metricColumn, type MoreCtes } from './comparison-sql';
import { partSuffixes, valueFromParts } from './metric-parts';
import type { Metric } from '../metrics/metric';
import type { ComparisonPlan } from './plan';
import type { SortDirection } from './spec';

function directionSql(direction: SortDirection): Sql {
  switch (direction) {
    case 'ASC':
      return sql`ASC`;
    case 'DESC':
      return sql`DESC`;
    default: {
      const unknown: never = direction;
      throw new Error(`unknown direction ${String(unknown)}`);
    }
  }
}

/** Whether rows are numbered within their year too: to find each year's first row for its totals, when there are several years. */
const numbersYears = (plan: ComparisonPlan): boolean => plan.totals && plan.years.length > 1;

/**
 * ranked: by exactly the number shown (the value, the year before's or the change), after the
 * filters, within each year; ties share a rank and a null value ranks after every number,
 * whichever the direction.
 *
 * Counted, the positions across years (for the page) and, for the totals of several years,
 * within each year are numbered over the ranking's own terms and then the code, in the same
 * window step: `shown` is written out once, not again for a step that numbers the ranks. Every
 * row also carries the count of the whole selection and, when totals are asked, its year's
 * totals (window sums over the same pass, instead of a second statement computing the chain
 * again).
 *
 * Uncounted, the rank is the only window (one sort) and the page is the first rows of the
 * ranking in (year, rank, code) order, which is the positions' order: a bounded sort keeps
 * those rows alone, where numbering every row and filtering a materialised ranking cost a
 * province's channel ranking a fifth of its time.
 */
function rankingCte(comparison: ComparisonSql): MoreCtes {
  const { plan } = comparison;
  const value = comparison.valueSql(plan.orderBy.metric, plan.orderBy.of, sql`s.`);
  const order = sql`CASE WHEN ${value} IS NULL THEN 1 ELSE 0 END, ${value} ${directionSql(plan.orderBy.direction)}`;
  const rank = sql`RANK() OVER (PARTITION BY s.yr ORDER BY ${order}) AS row_rank`;
  if (!plan.counted) return { ranked: sql`SELECT s.*, ${rank} FROM shown s${pageOfRanking(plan)}` };
  const windows = [
    rank,
    sql`ROW_NUMBER() OVER (ORDER BY s.yr, ${order}, s.region_code) AS row_position`,
    ...(numbersYears(plan) ? [sql`ROW_NUMBER() OVER (PARTITION BY s.yr ORDER BY ${order}, s.region_code) AS year_position`] : []),
    sql`COUNT(*) OVER () AS total_count`,
    ...(plan.totals ? yearTotalColumns(comparison).map(({ sum, column }) => sql`SUM(${sum}) OVER (PARTITION BY s.yr) AS ${column}`) : []),
  ];
  return { ranked: sql`SELECT s.*, ${sql.join(windows, sql`, `)} FROM shown s` };
}

/** The order of an uncounted page's rows (columns of `ranked`, through `alias`): the positions' order, by the rank instead of its terms. */
const rankingOrder = (alias: Sql = sql``): Sql => sql`${alias}yr, ${alias}row_rank, ${alias}region_code`;

/** An uncounted plan's page of the ranking, or nothing: every row. */
function pageOfRanking({ limit, offset }: ComparisonPlan): Sql {
  return limit === null ? sql`` : sql` ORDER BY ${rankingOrder()} LIMIT ${sql.value(limit)} OFFSET ${sql.value(offset)}`;
}

/** The columns of each shown metric: its value, and the year before's when the plan has them. */
function shownColumns(comparison: ComparisonSql): { metric: Metric; column: ReturnType<typeof metricColumn> }[] {
  const { plan } = comparison;
  const prefixes = plan.previous ? (['m', 'p'] as const) : (['m'] as const);
  return plan.shown.flatMap((metric) => prefixes.map((prefix) => ({ metric, column: metricColumn(plan, metric, prefix) })));
}

/** What a year's totals sum, as `SUM(sum) AS column`: row counts, then each shown part. */
function yearTotalColumns(comparison: ComparisonSql): { sum: Sql; column: Sql }[] {
  const parts = shownColumns(comparison).flatMap(({ metric, column }) =>
    partSuffixes(metric).map((suffix) => ({
      sum: sql`s.${sql.constant(`${column}${suffix}`)}`,
      column: sql.constant(`t${column}${suffix}`),
    })),
  );
  return [
    { sum: sql`1`, column: sql`year_region_count` },
    { sum: sql`s.report_count`, column: sql`year_report_count` },
    { sum: sql`s.missing_count`, column: sql`year_missing_count` },
    ...parts,
  ];
}

/** The year's totals of each shown metric, ratios from the summed parts, as t{column}. */
function totalValues(comparison: ComparisonSql): Sql[] {
  return shownColumns(comparison).map(
    ({ metric, column }) =>
      sql`${valueFromParts(metric, (suffix) => sql`o.${sql.constant(`t${column}${suffix}`)}`)} AS ${sql.constant(`t${column}`)}`,
  );
}

/**
 * The page; the last row of the selection, which carries the total count even when the page
 * is past the end; and with totals, each year's first row, which carries its year's totals.
 * The rows off the page are only read for what they carry (result-rows.ts).
 */
function rowsWanted(plan: ComparisonPlan): Sql {
  const { limit, offset, totals } = plan;
  const after = sql`o.row_position > ${sql.value(offset)}`;
  const page = limit === null ? after : sql`${after} AND o.row_position <= ${sql.value(offset + limit)}`;
  const firstOfYear = numbersYears(plan) ? sql`o.year_position = 1` : sql`o.row_position = 1`;
  return sql.join([sql`(${page})`, sql`o.row_position = o.total_count`, ...(totals ? [firstOfYear] : [])], sql` OR `);
}

/**
 * The codes of the townships retired into a row's township the year before (merged into it or
 * recoded as it), comma-separated, or NULL: what its `previous` summed besides its own. Read
 * for the rows returned only, each on the regions' indexes of successors.
 */
function predecessorCodesSql(names: SqlNames): Sql {
  const column = (property: string) => sql`pr.${names.column(Region, property)}`;
  return sql.join(
    [
      sql`(SELECT GROUP_CONCAT(${column('code')}) FROM ${names.table(Region)} pr`,
      sql`WHERE (${column('mergedInto')} = o.region_code OR ${column('renamedTo')} = o.region_code) AND ${column('validTo')} = o.yr - 1)`,
    ],
    sql` `,
  );
}

/** What a counted statement returns: the page and the rows carrying the count and the totals, in positions' order. */
function countedRows(plan: ComparisonPlan): Sql[] {
  return [sql`WHERE ${rowsWanted(plan)}`, sql`ORDER BY o.row_position`];
}

/**
 * The comparison: its page of rows and, counted, the count of all of them and the totals per
 * year, in one statement. Each row also carries the region tree's generation, read in the
 * statement's own snapshot: it says whether the scope the plan was made on still held
 * (run-comparison.ts).
 */
export function comparisonStatement(plan: ComparisonPlan, names: SqlNames): Statement {
  const comparison = new ComparisonSql(plan, names);
  const region = REGION_FIELDS.map((field, i) => sql`reg.${names.column(Region, field)} AS ${sql.constant(`region${i}`)}`);
  const predecessors = comparison.followsSuccessors ? [sql`${predecessorCodesSql(names)} AS previous_codes`] : [];
  const totals = plan.totals
    ? [sql`o.year_region_count`, sql`o.year_report_count`, sql`o.year_missing_count`, ...totalValues(comparison)]
    : [];
  const columns = [
    ...(plan.counted ? [sql`o.total_count, o.row_position`] : []),
    sql`o.yr, o.row_rank, o.report_count, o.missing_count`,
    sql`${sql.constant(REGION_GENERATION)} AS region_generation`,
    ...shownColumns(comparison).map(({ column }) => sql`o.${sql.constant(column)}`),
    ...region,
    ...predecessors,
    ...totals,
  ];
  return comparison.statement(
    sql.join(
      [
        sql`SELECT ${sql.join(columns, sql`, `)}`,
        sql`FROM ranked o`,
        sql`LEFT JOIN ${names.table(Region)} reg ON reg.${names.column(Region, 'code')} = o.region_code`,
        ...(plan.counted ? countedRows(plan) : [sql`ORDER BY ${rankingOrder(sql`o.`)}`]),
      ],
      sql`\n`,
    ),
    rankingCte(comparison),
  );
}
