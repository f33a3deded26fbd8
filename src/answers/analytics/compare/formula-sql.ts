import type { Severity } from '../../../reading/template/report-data';
import type { CellSource, RowFormula } from '../metrics/formula';

/** What a row formula's SQL refers to: the cells, and the report they belong to. */
export interface RowSqlContext {
  cell(source: CellSource): string;
  issueCount(severity: Severity | null): string;
  reportCount(): string;
}

/**
 * SQL for one report's value of a formula. SQL's own arithmetic keeps blanks blank (NULL + 1
 * is NULL); only `statedElseParts` fills blanks, and only when some part is stated.
 */
export function rowFormulaSql(formula: RowFormula, context: RowSqlContext): string {
  const sql = (inner: RowFormula) => rowFormulaSql(inner, context);
  switch (formula.kind) {
    case 'cell':
      return context.cell(formula.source);
    case 'sum':
      return `(${formula.terms.map(sql).join(' + ')})`;
    case 'difference':
      return `(${sql(formula.minuend)} - ${sql(formula.subtrahend)})`;
    case 'statedElseParts': {
      const stated = sql(formula.stated);
      const parts = formula.parts.map(sql);
      return (
        `CASE WHEN ${stated} IS NOT NULL THEN ${stated} ` +
        `WHEN ${parts.map((part) => `${part} IS NULL`).join(' AND ')} THEN NULL ` +
        `ELSE ${parts.map((part) => `COALESCE(${part}, 0)`).join(' + ')} END`
      );
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
export function ratioSql(numerator: string, denominator: string): string {
  return `CASE WHEN ${denominator} = 0 THEN NULL ELSE ${numerator} * 1e0 / ${denominator} END`;
}
