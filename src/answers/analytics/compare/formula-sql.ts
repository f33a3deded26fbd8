import type { Severity } from '../../../reading/template/report-data';
import { sql, type Sql } from '../../../storage/db/sql';
import type { CellSource, RowFormula } from '../metrics/formula';

/** What a row formula's SQL refers to: the cells, and the report they belong to. */
export interface RowSqlContext {
  cell(source: CellSource): Sql;
  issueCount(severity: Severity | null): Sql;
  reportCount(): Sql;
}

/**
 * SQL for one report's value of a formula. SQL's own arithmetic keeps blanks blank (NULL + 1
 * is NULL); only `statedElseParts` fills blanks, and only when some part is stated.
 */
export function rowFormulaSql(formula: RowFormula, context: RowSqlContext): Sql {
  const inner = (part: RowFormula) => rowFormulaSql(part, context);
  switch (formula.kind) {
    case 'cell':
      return context.cell(formula.source);
    case 'sum':
      return sql`(${sql.join(formula.terms.map(inner), sql` + `)})`;
    case 'difference':
      return sql`(${inner(formula.minuend)} - ${inner(formula.subtrahend)})`;
    case 'statedElseParts': {
      const stated = inner(formula.stated);
      const parts = formula.parts.map(inner);
      const blank = sql.join(
        parts.map((part) => sql`${part} IS NULL`),
        sql` AND `,
      );
      const filled = sql.join(
        parts.map((part) => sql`COALESCE(${part}, 0)`),
        sql` + `,
      );
      return sql`CASE WHEN ${stated} IS NOT NULL THEN ${stated} WHEN ${blank} THEN NULL ELSE ${filled} END`;
    }
    case 'issueCount':
      return context.issueCount(formula.severity);
    case 'reportCount':
      return context.reportCount();
    default: {
      const unknown: never = formula;
      throw new Error(`unknown formula ${JSON.stringify(unknown)}`);
    }
  }
}

/**
 * A ratio that stays a ratio: `1e0` makes the division floating point on every database
 * (SQLite would divide integers as integers, MySQL as 4-digit decimals), and a zero
 * denominator gives NULL rather than an error or infinity.
 */
export function ratioSql(numerator: Sql, denominator: Sql): Sql {
  return sql`CASE WHEN ${denominator} = 0 THEN NULL ELSE ${numerator} * 1e0 / ${denominator} END`;
}
