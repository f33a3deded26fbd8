/**
 * The two statements of a comparison, both over the same CTE chain (comparison-sql.ts):
 * the page of rows, ranked and numbered by window functions, and the totals per year.
 */
import { Region } from '../../../entities';
import { ComparisonSql, REGION_FIELDS } from './comparison-sql';
import { valueFromParts } from './metric-parts';
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
 * ranked: by exactly the value shown, after the filters, within each year; ties share a
 * rank and a null value ranks after every number, whichever the direction.
 * ordered: the rows' positions across years, for the page.
 */
function rankingCtes(sql: ComparisonSql): Record<string, string> {
  const { plan } = sql;
  const value = `s.${sql.column(plan.orderBy.metric)}`;
  const order = `CASE WHEN ${value} IS NULL THEN 1 ELSE 0 END, ${value} ${directionSql(plan.orderBy.direction)}`;
  return {
    ranked: `SELECT s.*, RANK() OVER (PARTITION BY s.yr ORDER BY ${order}) AS row_rank FROM shown s`,
    ordered: 'SELECT ranked.*, ROW_NUMBER() OVER (ORDER BY yr, row_rank, region_code) AS row_position FROM ranked',
  };
}

function pageCondition(sql: ComparisonSql): string {
  const { limit, offset } = sql.plan;
  const after = `o.row_position > ${sql.params.bind(offset)}`;
  return limit === null ? after : `${after} AND o.row_position <= ${sql.params.bind(offset + limit)}`;
}

/**
 * The page of rows. It starts from the count of the whole selection and LEFT JOINs the page
 * to it, so the total count comes back even for a page past the end (as one row of NULLs).
 */
export function rowsStatement(plan: ComparisonPlan, names: SqlNames): Statement {
  const sql = new ComparisonSql(plan, names);
  const values = plan.shown.flatMap((metric) => [`o.${sql.column(metric)}`, `o.${sql.column(metric, 'p')}`]);
  const region = REGION_FIELDS.map((field, i) => `reg.${names.column(Region, field)} AS region${i}`);
  return sql.statement(
    [
      `SELECT n.total_count, o.yr, o.row_rank, o.report_count, o.missing_count, ${values.join(', ')}, ${region.join(', ')}`,
      'FROM (SELECT COUNT(*) AS total_count FROM shown) n',
      `LEFT JOIN ordered o ON ${pageCondition(sql)}`,
      `LEFT JOIN ${names.table(Region)} reg ON reg.${names.column(Region, 'code')} = o.region_code`,
      'ORDER BY o.row_position',
    ].join('\n'),
    rankingCtes(sql),
  );
}

/** Per year, over every row of the selection: counts add up, ratios come from the summed parts. */
export function totalsStatement(plan: ComparisonPlan, names: SqlNames): Statement {
  const sql = new ComparisonSql(plan, names);
  const values = plan.shown.flatMap((metric) =>
    (['m', 'p'] as const).map((prefix) => {
      const column = sql.column(metric, prefix);
      return `${valueFromParts(metric, (suffix) => `SUM(${column}${suffix})`)} AS ${column}`;
    }),
  );
  return sql.statement(
    [
      `SELECT yr, COUNT(*) AS region_count, SUM(report_count) AS report_count, SUM(missing_count) AS missing_count, ${values.join(', ')}`,
      'FROM shown GROUP BY yr ORDER BY yr',
    ].join('\n'),
  );
}
