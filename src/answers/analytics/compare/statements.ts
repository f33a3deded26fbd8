/**
 * The statement of a comparison, over the CTE chain of comparison-sql.ts: the page of rows,
 * ranked and numbered by window functions, with the count and the totals per year.
 */
import { Region } from '../../../../entities';
import { ComparisonSql, REGION_FIELDS } from './comparison-sql';
import { partSuffixes, valueFromParts } from './metric-parts';
import type { Metric } from '../metrics/metric';
import type { ComparisonPlan } from './plan';
import type { SqlNames } from './sql-names';
import type { Statement } from './sql-params';
import type { SortDirection } from './spec';

function directionSql(direction: SortDirection): string {
  switch (direction) {
    case 'ASC':
      return 'ASC';
    case 'DESC':
      return 'DESC';
    default: {
      const unknown: never = direction;
      throw new Error(`unknown direction ${String(unknown)}`);
    }
  }
}

/**
 * ranked: by exactly the number shown (the value, the year before's or the change), after the
 * filters, within each year; ties share a
 * rank and a null value ranks after every number, whichever the direction. Every row also
 * carries the count of the whole selection and, when totals are asked, its year's totals
 * (window sums over the same pass, instead of a second statement computing the chain again).
 * ordered: the rows' positions across years, for the page, and within the year.
 */
function rankingCtes(sql: ComparisonSql): Record<string, string> {
  const { plan } = sql;
  const value = sql.valueSql(plan.orderBy.metric, plan.orderBy.of, 's.');
  const order = `CASE WHEN ${value} IS NULL THEN 1 ELSE 0 END, ${value} ${directionSql(plan.orderBy.direction)}`;
  const totals = plan.totals ? yearTotalColumns(sql).map(({ sum, column }) => `, SUM(${sum}) OVER (PARTITION BY s.yr) AS ${column}`) : [];
  return {
    ranked: `SELECT s.*, RANK() OVER (PARTITION BY s.yr ORDER BY ${order}) AS row_rank, COUNT(*) OVER () AS total_count${totals.join('')} FROM shown s`,
    ordered: [
      'SELECT ranked.*, ROW_NUMBER() OVER (ORDER BY yr, row_rank, region_code) AS row_position,',
      'ROW_NUMBER() OVER (PARTITION BY yr ORDER BY row_rank, region_code) AS year_position FROM ranked',
    ].join('\n'),
  };
}

/** The columns of each shown metric: its value, and the year before's when the plan has them. */
function shownColumns(sql: ComparisonSql): { metric: Metric; column: string }[] {
  const prefixes = sql.plan.previous ? (['m', 'p'] as const) : (['m'] as const);
  return sql.plan.shown.flatMap((metric) => prefixes.map((prefix) => ({ metric, column: sql.column(metric, prefix) })));
}

/** What a year's totals sum, as `SUM(sum) AS column`: row counts, then each shown part. */
function yearTotalColumns(sql: ComparisonSql): { sum: string; column: string }[] {
  const parts = shownColumns(sql).flatMap(({ metric, column }) =>
    partSuffixes(metric).map((suffix) => ({ sum: `s.${column}${suffix}`, column: `t${column}${suffix}` })),
  );
  return [
    { sum: '1', column: 'year_region_count' },
    { sum: 's.report_count', column: 'year_report_count' },
    { sum: 's.missing_count', column: 'year_missing_count' },
    ...parts,
  ];
}

/** The year's totals of each shown metric, ratios from the summed parts, as t{column}. */
function totalValues(sql: ComparisonSql): string[] {
  return shownColumns(sql).map(({ metric, column }) => `${valueFromParts(metric, (suffix) => `o.t${column}${suffix}`)} AS t${column}`);
}

/**
 * The page; the last row of the selection, which carries the total count even when the page
 * is past the end; and with totals, each year's first row, which carries its year's totals.
 * The rows off the page are only read for what they carry (result-rows.ts).
 */
function rowsWanted(sql: ComparisonSql): string {
  const { limit, offset, totals } = sql.plan;
  const after = `o.row_position > ${sql.params.bind(offset)}`;
  const page = limit === null ? after : `${after} AND o.row_position <= ${sql.params.bind(offset + limit)}`;
  return [`(${page})`, 'o.row_position = o.total_count', ...(totals ? ['o.year_position = 1'] : [])].join(' OR ');
}

/**
 * The codes of the townships retired into a row's township the year before (merged into it or
 * recoded as it), comma-separated, or NULL: what its `previous` summed besides its own. Read
 * for the rows returned only, each on the regions' indexes of successors.
 */
function predecessorCodesSql(names: SqlNames): string {
  const column = (property: string) => `pr.${names.column(Region, property)}`;
  return [
    `(SELECT GROUP_CONCAT(${column('code')}) FROM ${names.table(Region)} pr`,
    `WHERE (${column('mergedInto')} = o.region_code OR ${column('renamedTo')} = o.region_code) AND ${column('validTo')} = o.yr - 1)`,
  ].join(' ');
}

/** The comparison: its page of rows, the count of all of them and the totals per year, in one statement. */
export function comparisonStatement(plan: ComparisonPlan, names: SqlNames): Statement {
  const sql = new ComparisonSql(plan, names);
  const region = REGION_FIELDS.map((field, i) => `reg.${names.column(Region, field)} AS region${i}`);
  const predecessors = sql.followsSuccessors ? [`${predecessorCodesSql(names)} AS previous_codes`] : [];
  const totals = plan.totals ? ['o.year_region_count', 'o.year_report_count', 'o.year_missing_count', ...totalValues(sql)] : [];
  const columns = [
    'o.total_count, o.row_position, o.yr, o.row_rank, o.report_count, o.missing_count',
    ...shownColumns(sql).map(({ column }) => `o.${column}`),
    ...region,
    ...predecessors,
    ...totals,
  ];
  return sql.statement(
    [
      `SELECT ${columns.join(', ')}`,
      'FROM ordered o',
      `LEFT JOIN ${names.table(Region)} reg ON reg.${names.column(Region, 'code')} = o.region_code`,
      `WHERE ${rowsWanted(sql)}`,
      'ORDER BY o.row_position',
    ].join('\n'),
    rankingCtes(sql),
  );
}
