/**
 * The cells the national template expects in this report, table by table: the rows the report
 * has, each with every column its template gives (a missing key reads as a blank). The blank
 * and negative checks walk these instead of whatever keys happen to be in the object.
 */
import {
  APPLICANT_COLUMNS,
  CASE_COLUMNS,
  CASE_GROUPS,
  CHANNEL_KEYS,
  DISCLOSURE_COLUMNS,
  DISCLOSURE_ITEM_KEYS,
  RESPONSE_KEYS,
  applicationRow,
  type Cell,
  type CaseGroup,
  type DisclosureColumnKey,
  type DisclosureItemKey,
  type ReportData,
  type TemplateVersion,
} from '../reading/template/report-data';
import type { ApplicationRowPath } from '../reading/template/cell-labels';
import { APPLICATION_ROWS, applicationCellPath } from './helpers';
import {
  APPLICANT_COLUMN_LABELS,
  CASE_COLUMN_LABELS,
  applicationColumnRef,
  applicationRowRef,
  caseRowRef,
  columnRef,
  disclosureColumnLabel,
  disclosureRowRef,
  TABLE_LABELS,
} from '../reading/template/cell-labels';

export interface GridCell {
  path: string;
  /** The column key: `natural`, `change`, `maintained` … */
  column: string;
  columnLabel: string;
  value: Cell;
}

export interface GridRow {
  /** The row in words, up to 行: `表三 …“（一）予以公开”行`. */
  ref: string;
  cells: GridCell[];
}

export interface Grid {
  rows: GridRow[];
  /**
   * Per column position, the column in words (`表三 …“自然人”列`), when every row has the same
   * columns so that a whole column can be named; null for table 2, whose blocks differ.
   */
  columnRefs: readonly string[] | null;
}

/** Tables 2, 3 and 4 as this report's template expects them; absent tables have no rows. */
export function templateGrids(data: ReportData): Grid[] {
  return [disclosureGrid(data), applicationsGrid(data), casesGrid(data)];
}

/**
 * A grid row without its values: its words and its cells' paths and labels, the same for every
 * report of a template. Built once, so that checking a report builds no string for a cell
 * whose value is fine (two rules walk every grid of every upload).
 */
interface RowShape<K> {
  key: K;
  ref: string;
  cells: readonly Omit<GridCell, 'value'>[];
}

/** The rows of `shapes` the report has (`rowOf` gives the report's row of a key), with their values. */
function gridRows<K>(shapes: readonly RowShape<K>[], rowOf: (key: K) => Partial<Record<string, Cell>> | undefined): GridRow[] {
  const rows: GridRow[] = [];
  for (const { key, ref, cells } of shapes) {
    const row = rowOf(key);
    if (row)
      rows.push({ ref, cells: cells.map(({ path, column, columnLabel }) => ({ path, column, columnLabel, value: row[column] ?? null })) });
  }
  return rows;
}

function disclosureShapes(template: TemplateVersion): RowShape<DisclosureItemKey>[] {
  const columnsByItem: Partial<Record<DisclosureItemKey, readonly DisclosureColumnKey[]>> = DISCLOSURE_COLUMNS[template];
  return DISCLOSURE_ITEM_KEYS.flatMap((key) => {
    const columns = columnsByItem[key];
    if (!columns) return [];
    const cells = columns.map((column) => ({
      path: `activeDisclosure.${key}.${column}`,
      column,
      columnLabel: disclosureColumnLabel(column, template),
    }));
    return [{ key, ref: disclosureRowRef(key, template), cells }];
  });
}

const DISCLOSURE_SHAPES: Record<TemplateVersion, RowShape<DisclosureItemKey>[]> = {
  '2019': disclosureShapes('2019'),
  '2021': disclosureShapes('2021'),
};

const APPLICATION_SHAPES: readonly RowShape<ApplicationRowPath>[] = APPLICATION_ROWS.map((key) => ({
  key,
  ref: applicationRowRef(key),
  cells: APPLICANT_COLUMNS.map((column) => ({
    path: applicationCellPath(key, column),
    column,
    columnLabel: APPLICANT_COLUMN_LABELS[column],
  })),
}));
const APPLICATION_COLUMN_REFS = APPLICANT_COLUMNS.map(applicationColumnRef);

const CASE_SHAPES: readonly RowShape<CaseGroup>[] = CASE_GROUPS.map((key) => ({
  key,
  ref: caseRowRef(key),
  cells: CASE_COLUMNS.map((column) => ({ path: `${key}.${column}`, column, columnLabel: CASE_COLUMN_LABELS[column] })),
}));
const CASE_COLUMN_REFS = CASE_COLUMNS.map((column) => `${TABLE_LABELS.caseOutcomes}${columnRef(CASE_COLUMN_LABELS[column])}`);

const disclosureGrid = (data: ReportData): Grid => ({
  rows: gridRows(DISCLOSURE_SHAPES[data.template], (item) => data.activeDisclosure?.[item]),
  columnRefs: null,
});

const applicationsGrid = (data: ReportData): Grid => ({
  rows: gridRows(APPLICATION_SHAPES, (path) => applicationRow(data.applications, path)),
  columnRefs: APPLICATION_COLUMN_REFS,
});

const casesGrid = (data: ReportData): Grid => ({ rows: gridRows(CASE_SHAPES, (group) => data[group]), columnRefs: CASE_COLUMN_REFS });

/** The platform-and-channel counts the report states (channels.*, responses.*). */
export function countCells(data: ReportData): { path: string; value: Cell }[] {
  const channels = CHANNEL_KEYS.flatMap((key) => stated(`channels.${key}`, data.channels?.[key]));
  const responses = RESPONSE_KEYS.flatMap((key) => stated(`responses.${key}`, data.responses?.[key]));
  return [...channels, ...responses];
}

function stated(path: string, value: Cell | undefined): { path: string; value: Cell }[] {
  return value === undefined ? [] : [{ path, value }];
}
