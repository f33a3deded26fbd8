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
  type DisclosureColumnKey,
  type DisclosureItemKey,
  type ReportData,
} from '../reading/template/report-data';
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
  columnRefs: string[] | null;
}

/** Tables 2, 3 and 4 as this report's template expects them; absent tables have no rows. */
export function templateGrids(data: ReportData): Grid[] {
  return [disclosureGrid(data), applicationsGrid(data), casesGrid(data)];
}

function disclosureGrid(data: ReportData): Grid {
  const columnsByItem: Partial<Record<DisclosureItemKey, readonly DisclosureColumnKey[]>> = DISCLOSURE_COLUMNS[data.template];
  const rows = DISCLOSURE_ITEM_KEYS.flatMap((item) => {
    const row = data.activeDisclosure?.[item];
    const columns = columnsByItem[item];
    if (!row || !columns) return [];
    const cells = columns.map((column) => ({
      path: `activeDisclosure.${item}.${column}`,
      column,
      columnLabel: disclosureColumnLabel(column, data.template),
      value: row[column] ?? null,
    }));
    return [{ ref: disclosureRowRef(item, data.template), cells }];
  });
  return { rows, columnRefs: null };
}

function applicationsGrid(data: ReportData): Grid {
  const rows = APPLICATION_ROWS.flatMap((path) => {
    const row = applicationRow(data.applications, path);
    if (!row) return [];
    const cells = APPLICANT_COLUMNS.map((column) => ({
      path: applicationCellPath(path, column),
      column,
      columnLabel: APPLICANT_COLUMN_LABELS[column],
      value: row[column] ?? null,
    }));
    return [{ ref: applicationRowRef(path), cells }];
  });
  return { rows, columnRefs: APPLICANT_COLUMNS.map(applicationColumnRef) };
}

function casesGrid(data: ReportData): Grid {
  const rows = CASE_GROUPS.flatMap((group) => {
    const row = data[group];
    if (!row) return [];
    const cells = CASE_COLUMNS.map((column) => ({
      path: `${group}.${column}`,
      column,
      columnLabel: CASE_COLUMN_LABELS[column],
      value: row[column] ?? null,
    }));
    return [{ ref: caseRowRef(group), cells }];
  });
  const columnRefs = CASE_COLUMNS.map((column) => `${TABLE_LABELS.caseOutcomes}${columnRef(CASE_COLUMN_LABELS[column])}`);
  return { rows, columnRefs };
}

/** The platform-and-channel counts the report states (channels.*, responses.*). */
export function countCells(data: ReportData): { path: string; value: Cell }[] {
  const channels = CHANNEL_KEYS.flatMap((key) => stated(`channels.${key}`, data.channels?.[key]));
  const responses = RESPONSE_KEYS.flatMap((key) => stated(`responses.${key}`, data.responses?.[key]));
  return [...channels, ...responses];
}

function stated(path: string, value: Cell | undefined): { path: string; value: Cell }[] {
  return value === undefined ? [] : [{ path, value }];
}
