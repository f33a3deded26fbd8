/**
 * Collects what the table readers place: the rows by ReportData path, the cells marked not
 * applicable, and the parser's own issues.
 */
import { CellValue } from './cell-value';
import { COUNT_COLUMN_TITLE } from './column-titles';
import type { CountPath } from './labels';
import { duplicateRow, rowShape } from './parse-issues';
import type {
  ActiveDisclosure,
  Applications,
  CaseGroup,
  CaseOutcome,
  Cell,
  ReportIssue,
  TemplateVersion,
} from './report-data';
import { TableKind } from './table-kind';

/** Where a row's values go: its ReportData path, its columns and their titles. */
export interface RowTarget<C extends string> {
  kind: TableKind;
  path: string;
  columns: readonly C[];
  titles: readonly string[];
  /** The row as written, for messages. */
  text: string;
}

/** A platform-table count as read, with the label it was read under. */
export interface TableCount {
  value: Cell;
  label: string;
}

export class ReportBuilder {
  readonly activeDisclosure: ActiveDisclosure = {};
  readonly applications: Applications = {};
  readonly cases: Partial<Record<CaseGroup, CaseOutcome>> = {};
  readonly counts = new Map<CountPath, TableCount>();
  readonly notApplicable: string[] = [];
  readonly issues: ReportIssue[] = [];
  /** Tables at least one row was placed in. */
  readonly tablesFound = new Set<TableKind>();
  private readonly claimed = new Set<string>();

  constructor(readonly template: TemplateVersion) {}

  /**
   * The row's cells by column, or undefined when an earlier row already filled this path
   * (the report repeats a row; the first one stands).
   */
  record<C extends string>(target: RowTarget<C>, values: CellValue[]): Record<C, Cell> | undefined {
    if (!this.claim(target.kind, target.path, target.text)) return undefined;
    const paths = target.columns.map((column) => `${target.path}.${column}`);
    const fitted = this.fit(target, values, paths);
    const row = {} as Record<C, Cell>;
    target.columns.forEach((column, i) => {
      row[column] = this.cell(paths[i], fitted[i]);
    });
    return row;
  }

  /** One platform-table count; its path is the cell's path. */
  recordCount(path: CountPath, label: string, text: string, values: CellValue[]): void {
    const target: RowTarget<'value'> = {
      kind: 'platform',
      path,
      columns: ['value'],
      titles: [COUNT_COLUMN_TITLE],
      text,
    };
    if (!this.claim('platform', path, text)) return;
    const [value] = this.fit(target, values, [path]);
    this.counts.set(path, { value: this.cell(path, value), label });
  }

  issue(issue: ReportIssue): void {
    this.issues.push(issue);
  }

  private claim(kind: TableKind, path: string, text: string): boolean {
    if (this.claimed.has(path)) {
      this.issue(duplicateRow(kind, text, path));
      return false;
    }
    this.claimed.add(path);
    this.tablesFound.add(kind);
    return true;
  }

  /** Exactly one value per column: missing ones blank, extra numbers reported and dropped. */
  private fit<C extends string>(target: RowTarget<C>, values: CellValue[], paths: string[]): CellValue[] {
    const wanted = target.columns.length;
    const extra = values.slice(wanted).some((cell) => cell.kind !== 'blank');
    if (values.length < wanted || extra) {
      this.issue(rowShape(target.kind, target.text, [...target.titles], values.length, paths));
    }
    return target.columns.map((_, i) => values[i] ?? { kind: 'blank' });
  }

  /** A value cell's number; a not-applicable mark is null too, and remembered by path. */
  private cell(path: string, value: CellValue): Cell {
    switch (value.kind) {
      case 'number':
        return value.value;
      case 'notApplicable':
        this.notApplicable.push(path);
        return null;
      case 'blank':
      case 'unit':
      case 'text':
        return null;
      default: {
        const unknown: never = value;
        throw new Error(`unknown cell kind ${JSON.stringify(unknown)}`);
      }
    }
  }
}
