/**
 * What a metric is made of: a tiny typed expression tree over the cells of one report, and
 * how reports combine when townships are grouped. It is evaluated by the database (see
 * ../compare/formula-sql.ts), never in JavaScript, so grouped rows and totals come from the
 * same definition as township rows.
 */
import type {
  ApplicantColumn,
  CaseColumn,
  CaseGroup,
  DisclosureColumnKey,
  DisclosureItemKey,
  Severity,
} from '../../../reading/template/report-data';

/**
 * Where one ReportData cell is stored: the row of a per-version table whose discriminator
 * (item, row_key, case_group or metric) is `key`, and the column (an entity property).
 * Typed per table, so only columns the table has can be named.
 */
export type CellSource =
  | { table: 'disclosureItems'; key: DisclosureItemKey; column: DisclosureColumnKey }
  | { table: 'applicationCounts'; key: string; column: ApplicantColumn }
  | { table: 'caseOutcomes'; key: CaseGroup; column: CaseColumn }
  | { table: 'publicationCounts'; key: string; column: 'value' };

/**
 * What one township's report contributes. A blank operand makes the result null (nothing is
 * invented), except where a formula says otherwise (`statedElseParts`).
 */
export type RowFormula =
  /** A base metric: the cell itself. */
  | { kind: 'cell'; metric: string; source: CellSource }
  | { kind: 'sum'; terms: readonly RowFormula[] }
  | { kind: 'difference'; minuend: RowFormula; subtrahend: RowFormula }
  /** The stated value, else the sum of the stated parts, else null (all parts blank). */
  | { kind: 'statedElseParts'; stated: RowFormula; parts: readonly RowFormula[] }
  /** Rule violations of the report, of one severity or all; null without a report. */
  | { kind: 'issueCount'; severity: Severity | null }
  /** 1 for a township with a report, 0 without: never null. */
  | { kind: 'reportCount' };

/**
 * How reports combine into a grouped row and a selection's totals. Counts add up; a ratio
 * is recomputed from the summed parts of the reports that state both (a ratio of sums,
 * never a sum or mean of ratios), and is null when the summed denominator is 0.
 */
export type Aggregation = { kind: 'sum'; formula: RowFormula } | { kind: 'ratio'; numerator: RowFormula; denominator: RowFormula };

/** The formula in words, for the metric's documentation: `(a + b) / c`. */
export function formulaText(formula: RowFormula): string {
  switch (formula.kind) {
    case 'cell':
      return formula.metric;
    case 'sum':
      return `(${formula.terms.map(formulaText).join(' + ')})`;
    case 'difference':
      return `(${formulaText(formula.minuend)} − ${formulaText(formula.subtrahend)})`;
    case 'statedElseParts':
      return `${formulaText(formula.stated)} ?? (${formula.parts.map(formulaText).join(' + ')})`;
    case 'issueCount':
      return formula.severity ? `count(issues where severity = ${formula.severity})` : 'count(issues)';
    case 'reportCount':
      return 'count(reports)';
    default: {
      const unknown: never = formula;
      throw new Error(`unknown formula ${JSON.stringify(unknown)}`);
    }
  }
}

export function aggregationText(aggregation: Aggregation): string {
  switch (aggregation.kind) {
    case 'sum':
      return formulaText(aggregation.formula);
    case 'ratio':
      return `${formulaText(aggregation.numerator)} / ${formulaText(aggregation.denominator)}`;
    default: {
      const unknown: never = aggregation;
      throw new Error(`unknown aggregation ${JSON.stringify(unknown)}`);
    }
  }
}

/** The base metric keys a formula reads. */
export function cellKeys(formula: RowFormula): string[] {
  switch (formula.kind) {
    case 'cell':
      return [formula.metric];
    case 'sum':
      return formula.terms.flatMap(cellKeys);
    case 'difference':
      return [...cellKeys(formula.minuend), ...cellKeys(formula.subtrahend)];
    case 'statedElseParts':
      return [...cellKeys(formula.stated), ...formula.parts.flatMap(cellKeys)];
    case 'issueCount':
    case 'reportCount':
      return [];
    default: {
      const unknown: never = formula;
      throw new Error(`unknown formula ${JSON.stringify(unknown)}`);
    }
  }
}

/**
 * A formula's value for a township without a report, as its SQL over a row of NULLs gives it:
 * null, except where it counts reports. A grouped comparison reads only the rows of reports
 * and adds what the townships without one contribute from this.
 */
export function valueWithoutReport(formula: RowFormula): number | null {
  const all = (values: (number | null)[]) => (values.includes(null) ? null : (values as number[]));
  switch (formula.kind) {
    case 'cell':
    case 'issueCount':
      return null;
    case 'reportCount':
      return 0;
    case 'sum': {
      const terms = all(formula.terms.map(valueWithoutReport));
      return terms && terms.reduce((sum, term) => sum + term, 0);
    }
    case 'difference': {
      const operands = all([valueWithoutReport(formula.minuend), valueWithoutReport(formula.subtrahend)]);
      return operands && operands[0] - operands[1];
    }
    case 'statedElseParts': {
      const stated = valueWithoutReport(formula.stated);
      if (stated !== null) return stated;
      const parts = formula.parts.map(valueWithoutReport);
      return parts.every((part) => part === null) ? null : parts.reduce<number>((sum, part) => sum + (part ?? 0), 0);
    }
    default: {
      const unknown: never = formula;
      throw new Error(`unknown formula ${JSON.stringify(unknown)}`);
    }
  }
}

/** The row formulas an aggregation evaluates per report. */
export function aggregationParts(aggregation: Aggregation): RowFormula[] {
  return aggregation.kind === 'sum' ? [aggregation.formula] : [aggregation.numerator, aggregation.denominator];
}
