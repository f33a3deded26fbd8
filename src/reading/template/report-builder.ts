/**
 * Collects what the table readers place: the rows by ReportData path, the cells marked not
 * applicable, and the parser's own issues.
 */
import type { CellSource } from './cell-source';
import { CellValue } from './cell-value';
import type { CountPath } from './labels';
import { duplicateRow, rowShape, textInCell } from './parse-issues';
import type { ActiveDisclosure, Applications, CaseGroup, CaseOutcome, Cell, ReportIssue, RowReading, TemplateVersion } from './report-data';
import { TableKind } from './table-kind';
import { COUNT_TABLE_HEADINGS } from './wording';

/** Where a row's values go: its ReportData path, its columns and their titles. */
export interface RowTarget<C extends string> {
  kind: TableKind;
  path: string;
  columns: readonly C[];
  titles: readonly string[];
  /** The row as written, for messages. */
  text: string;
  /** The row's label as written, for the cells' sources. */
  label: string;
}

/** A platform-table count as read, with the label it was read under. */
export interface TableCount {
  value: Cell;
  label: string;
  /** The cell holds text, not a number: it stays blank, and the narrative's number does not fill it. */
  writtenAsText?: true;
}

/**
 * A document row whose digits ran together, waiting for split-runs once every row is read:
 * its values (runs among them) and the cells they must fill, across one or more template rows.
 */
export interface PendingRun {
  kind: TableKind;
  /** The row as written, for messages. */
  text: string;
  values: CellValue[];
  cells: PendingCell[];
}

export interface PendingCell {
  /** Undefined for a cell of a template row an earlier row already filled: split, not written. */
  path?: string;
  title: string;
  set(value: CellValue): void;
}

/** The row label and column title a cell was read under, and its table and row as written (for issues). */
interface CellPlace {
  label: string;
  title: string;
  kind: TableKind;
  row: string;
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
  /** Rows whose cells stay blank until split-runs splits their digits. */
  readonly pendingRuns: PendingRun[] = [];
  /** Every row placed, in document order: how each table was read. */
  readonly readings: RowReading[] = [];
  /** Where each filled cell was read (the form is the reader's to add). */
  readonly cellSources: CellSource[] = [];
  private readonly claimed = new Set<string>();

  /** `text`: the document's extracted text, for the sources of cells worked out from others; `form`: the form it was read as. */
  constructor(
    readonly template: TemplateVersion,
    private readonly text?: string,
    private readonly form = 'TEXT',
  ) {}

  /**
   * The source of a cell the template works out from others (2021's （六） total from its
   * sub-rows): the stretch of text from the first part's source to the last's, and the rule.
   */
  deriveSource(path: string, parts: string[], title: string, rule: string): void {
    const sources = parts.map((part) => this.cellSources.find((source) => source.cell === part));
    if (this.text === undefined || sources.some((source) => source === undefined)) return;
    const known = sources as CellSource[];
    const start = Math.min(...known.map((source) => source.start));
    const end = Math.max(...known.map((source) => source.end));
    const label = known.map((source) => source.rowLabel).join(' + ');
    this.cellSources.push({
      cell: path,
      form: this.form,
      page: known[0].page,
      rowLabel: label,
      column: title,
      start,
      end,
      text: this.text.slice(start, end),
      derivedBy: rule,
    });
  }

  /**
   * The row's cells by column, or undefined when an earlier row already filled this path
   * (the report repeats a row; the first one stands).
   */
  record<C extends string>(target: RowTarget<C>, values: CellValue[]): Record<C, Cell> | undefined {
    if (hasRun(values)) return this.pend([target], values)[0];
    if (!this.claim(target.kind, target.path, target.text)) return undefined;
    const paths = target.columns.map((column) => `${target.path}.${column}`);
    const fitted = this.fit(target, values, paths);
    const row = {} as Record<C, Cell>;
    target.columns.forEach((column, i) => {
      row[column] = this.cell(paths[i], fitted[i], { label: target.label, title: target.titles[i], kind: target.kind, row: target.text });
    });
    return row;
  }

  /**
   * Several template rows the document writes as one row (table 4's 15 cells side by side):
   * the values fill their columns in order, the last row taking any surplus.
   */
  recordAcross<C extends string>(targets: RowTarget<C>[], values: CellValue[]): (Record<C, Cell> | undefined)[] {
    if (hasRun(values)) return this.pend(targets, values);
    let start = 0;
    return targets.map((target, i) => {
      const end = i === targets.length - 1 ? values.length : start + target.columns.length;
      const own = values.slice(start, end);
      start = end;
      return this.record(target, own);
    });
  }

  /** One platform-table count; its path is the cell's path. */
  recordCount(path: CountPath, label: string, text: string, values: CellValue[]): void {
    const target: RowTarget<'value'> = {
      kind: 'platform',
      path,
      columns: ['value'],
      titles: [COUNT_TABLE_HEADINGS.count],
      text,
      label,
    };
    const place = { label, title: target.titles[0], kind: target.kind, row: text };
    if (!this.claim('platform', path, text)) return;
    const count: TableCount = { value: null, label };
    this.counts.set(path, count);
    if (hasRun(values)) {
      const cell = { path, title: target.titles[0], set: (value: CellValue) => (count.value = this.cell(path, value, place)) };
      this.pendingRuns.push({ kind: 'platform', text, values, cells: [cell] });
      return;
    }
    const [value] = this.fit(target, values, [path]);
    count.value = this.cell(path, value, place);
    if (value.kind === 'text') count.writtenAsText = true;
  }

  issue(issue: ReportIssue): void {
    this.issues.push(issue);
  }

  /** Blank rows for the targets, filled when split-runs has split the values. */
  private pend<C extends string>(targets: RowTarget<C>[], values: CellValue[]): (Record<C, Cell> | undefined)[] {
    const claimed = targets.map((target) => this.claim(target.kind, target.path, target.text));
    if (!claimed.some(Boolean)) return targets.map(() => undefined);
    const rows = targets.map((target) => Object.fromEntries(target.columns.map((column) => [column, null])) as Record<C, Cell>);
    const cells = targets.flatMap((target, t) =>
      target.columns.map((column, i): PendingCell => {
        const path = `${target.path}.${column}`;
        const title = target.titles[i];
        if (!claimed[t]) return { title, set: () => undefined };
        const place = { label: target.label, title, kind: target.kind, row: target.text };
        return { path, title, set: (value) => (rows[t][column] = this.cell(path, value, place)) };
      }),
    );
    this.pendingRuns.push({ kind: targets[0].kind, text: targets[0].text, values, cells });
    return rows.map((row, t) => (claimed[t] ? row : undefined));
  }

  private claim(kind: TableKind, path: string, text: string): boolean {
    if (this.claimed.has(path)) {
      this.issue(duplicateRow(kind, text, path));
      return false;
    }
    this.claimed.add(path);
    this.tablesFound.add(kind);
    this.readings.push({ table: kind, path, text });
    return true;
  }

  /**
   * Exactly one value per column. A row with fewer values than columns is reported and read as
   * blank: which column a missing value belonged to is not known, and filling them left to right
   * would put a value in its neighbour's column. Extra numbers are reported and dropped.
   */
  private fit<C extends string>(target: RowTarget<C>, values: CellValue[], paths: string[]): CellValue[] {
    const wanted = target.columns.length;
    const extra = values.slice(wanted).some((cell) => cell.kind !== 'blank');
    if (values.length < wanted || extra) {
      this.issue(rowShape(target.kind, target.text, [...target.titles], values.length, paths));
    }
    if (values.length < wanted) return target.columns.map((): CellValue => ({ kind: 'blank' }));
    return target.columns.map((_, i) => values[i]);
  }

  /** A value cell's number; a not-applicable mark is null too, and remembered by path. Where it was read is kept. */
  private cell(path: string, value: CellValue, place: CellPlace): Cell {
    switch (value.kind) {
      case 'number':
        this.noteSource(path, value, place);
        return value.value;
      case 'notApplicable':
        this.noteSource(path, value, place);
        this.notApplicable.push(path);
        return null;
      // Runs are split before they are written (split-runs); one left whole is unknown.
      case 'text':
        this.issue(textInCell(place.kind, place.row, place.title, path, value.text));
        return null;
      case 'run':
      case 'blank':
      case 'unit':
        return null;
      default: {
        const unknown: never = value;
        throw new Error(`unknown cell kind ${JSON.stringify(unknown)}`);
      }
    }
  }

  private noteSource(path: string, value: Extract<CellValue, { kind: 'number' | 'notApplicable' }>, place: CellPlace): void {
    const { source } = value;
    if (!source) return;
    this.cellSources.push({
      cell: path,
      form: this.form,
      page: source.page ?? null,
      rowLabel: place.label,
      column: place.title,
      start: source.start,
      end: source.start + source.text.length,
      text: source.text,
      ...(source.derivedBy ? { derivedBy: source.derivedBy } : {}),
    });
  }
}

function hasRun(values: CellValue[]): boolean {
  return values.some((value) => value.kind === 'run');
}
