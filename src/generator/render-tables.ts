/**
 * The report's tables as rows of cell texts, laid out as the national template lays them
 * out: header rows first, and a row-spanning (merged) cell written once, with the rows it
 * spans starting with an empty cell instead.
 */
import {
  APPLICANT_COLUMNS,
  APPLICATION_GROUPS,
  CASE_COLUMNS,
  CASE_GROUPS,
  CHANNEL_KEYS,
  DISCLOSURE_COLUMNS,
  RESPONSE_KEYS,
  applicationRow,
  type ApplicationGroup,
  type Cell,
  type DisclosureColumnKey,
  type DisclosureItemKey,
  type ReportData,
} from '../template/report-data';
import { assertNever } from './assert-never';
import { writtenApplicationRows } from './layout';
import {
  APPLICATION_GROUP_LABELS,
  APPLICATION_HEADER_ROWS,
  APPLICATION_ROW_LABELS,
  APPLICATION_SUBROW_LABELS,
  CASE_HEADER_ROWS,
  CHANNEL_GROUP_LABEL,
  CHANNEL_LABELS,
  CHANNEL_TABLE_HEADER,
  DISCLOSURE_BLOCKS,
  DISCLOSURE_COLUMN_LABELS,
  DISCLOSURE_CONTENT_HEADER,
  DISCLOSURE_ITEM_LABELS,
  NOT_APPLICABLE_MARK,
  OUTCOME_SPAN_LABEL,
  RESPONSE_GROUP_LABEL,
  RESPONSE_LABELS,
  type ApplicationSubRowPath,
  type CountLabel,
} from './template-text';

export type TableRows = string[][];

/** A cell's text: —— where the report marks it not applicable, empty where it is blank. */
function cellText(data: ReportData, path: string, value: Cell | undefined, format: (n: number) => string = String): string {
  if (data.notApplicable?.includes(path)) return NOT_APPLICABLE_MARK;
  return value == null ? '' : format(value);
}

/** Money is written with two decimals, as reports write it (371923.02, 9116.36). */
function money(value: number): string {
  return value.toFixed(2);
}

// ---- Table 2 ---------------------------------------------------------------------------------

function disclosureColumns(data: ReportData, item: DisclosureItemKey): readonly DisclosureColumnKey[] {
  const columnsByItem: Partial<Record<DisclosureItemKey, readonly DisclosureColumnKey[]>> = DISCLOSURE_COLUMNS[data.template];
  return columnsByItem[item] ?? [];
}

function disclosureItemRow(data: ReportData, item: DisclosureItemKey): string[] {
  const values = data.activeDisclosure?.[item] ?? {};
  return [
    DISCLOSURE_ITEM_LABELS[data.template][item] ?? item,
    ...disclosureColumns(data, item).map((column) =>
      cellText(data, `activeDisclosure.${item}.${column}`, values[column], column === 'amount' ? money : String),
    ),
  ];
}

/** 第二十条 blocks: the article row, the header row, then one row per item the report has. */
export function disclosureRows(data: ReportData): TableRows {
  const rows: TableRows = [];
  for (const block of DISCLOSURE_BLOCKS[data.template]) {
    const items = block.items.filter((item) => data.activeDisclosure?.[item] !== undefined);
    if (items.length === 0) continue;
    const headers = disclosureColumns(data, items[0]).map((column) => DISCLOSURE_COLUMN_LABELS[data.template][column] ?? column);
    rows.push([block.article], [DISCLOSURE_CONTENT_HEADER, ...headers]);
    for (const item of items) rows.push(disclosureItemRow(data, item));
  }
  return rows;
}

// ---- Platform and channel table ----------------------------------------------------------------

/** One part of the channel table: its first row, the —— group row, then the per-channel rows. */
function countRows<K extends string>(
  data: ReportData,
  prefix: string,
  keys: readonly K[],
  values: Partial<Record<K, Cell>>,
  labels: Record<K, CountLabel>,
  groupLabel: string,
): TableRows {
  const rows: TableRows = [];
  keys.forEach((key, i) => {
    if (i === 1) rows.push([groupLabel, NOT_APPLICABLE_MARK, '']);
    if (values[key] !== undefined) rows.push([labels[key].label, labels[key].unit, cellText(data, `${prefix}.${key}`, values[key])]);
  });
  return rows;
}

export function hasChannelTable(data: ReportData): boolean {
  return data.channels !== undefined || data.responses !== undefined;
}

export function channelRows(data: ReportData): TableRows {
  if (!hasChannelTable(data)) return [];
  return [
    [...CHANNEL_TABLE_HEADER],
    ...(data.channels ? countRows(data, 'channels', CHANNEL_KEYS, data.channels, CHANNEL_LABELS, CHANNEL_GROUP_LABEL) : []),
    ...(data.responses ? countRows(data, 'responses', RESPONSE_KEYS, data.responses, RESPONSE_LABELS, RESPONSE_GROUP_LABEL) : []),
  ];
}

// ---- Table 3 ---------------------------------------------------------------------------------

type SingleRow = keyof typeof APPLICATION_ROW_LABELS;

/** Label cells of a top-level row; the outcome rows sit under the merged 三、本年度办理结果. */
function singleRowLabels(row: SingleRow): string[] {
  const label = APPLICATION_ROW_LABELS[row];
  switch (row) {
    case 'newReceived':
    case 'carriedOver':
    case 'carriedForward':
      return [label];
    case 'granted':
      return [OUTCOME_SPAN_LABEL, label];
    case 'partiallyGranted':
    case 'totalProcessed':
      return ['', label];
    default:
      return assertNever(row);
  }
}

/** Label cells of a grouped row; the group cell is merged over its sub-rows. */
function groupRowLabels(group: ApplicationGroup, key: string): string[] {
  const subLabel = APPLICATION_SUBROW_LABELS[`${group}.${key}` as ApplicationSubRowPath];
  // 2019's single （六）其他处理 row is stored as otherHandling.total and has no sub-label.
  if (subLabel === undefined) return ['', APPLICATION_GROUP_LABELS[group]];
  const first = APPLICATION_GROUPS[group][0] === key;
  return ['', first ? APPLICATION_GROUP_LABELS[group] : '', subLabel];
}

function applicationRowLabels(path: string): string[] {
  const [head, key] = path.split('.');
  return key === undefined ? singleRowLabels(head as SingleRow) : groupRowLabels(head as ApplicationGroup, key);
}

export function applicationRows(data: ReportData): TableRows {
  if (!data.applications) return [];
  const rows: TableRows = APPLICATION_HEADER_ROWS.map((row) => [...row]);
  for (const path of writtenApplicationRows(data.template)) {
    const values = applicationRow(data.applications, path);
    rows.push([
      ...applicationRowLabels(path),
      ...APPLICANT_COLUMNS.map((column) => cellText(data, `applications.${path}.${column}`, values?.[column])),
    ]);
  }
  return rows;
}

// ---- Table 4 ---------------------------------------------------------------------------------

/** The header rows, then one data row of 15 cells: 行政复议, 直接起诉, 复议后起诉. */
export function caseRows(data: ReportData): TableRows {
  if (CASE_GROUPS.every((group) => data[group] === undefined)) return [];
  const values = CASE_GROUPS.flatMap((group) =>
    CASE_COLUMNS.map((column) => cellText(data, `${group}.${column}`, data[group]?.[column])),
  );
  return [...CASE_HEADER_ROWS.map((row) => [...row]), values];
}
