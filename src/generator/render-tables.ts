/**
 * The report's tables as the national template lays them out, merged cells included: header
 * rows first, then a row per item or outcome; a label merged over the rows it heads (三、本年度
 * 办理结果, （三）不予公开 …) and values merged over the columns they share. Every form the
 * generator writes starts from these; the text form lays them out with layoutRows.
 */
import { spanCell, type SpanCell, type SpanTable } from '../reading/documents/span-table';
import {
  APPLICANT_COLUMNS,
  APPLICANT_PARTS,
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
} from '../reading/template/report-data';
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

type Spans = Partial<Pick<SpanCell, 'rowSpan' | 'colSpan'>>;

/** A cell's text: —— where the report marks it not applicable, empty where it is blank. */
function cellText(data: ReportData, path: string, value: Cell | undefined, format: (n: number) => string = String): string {
  if (data.notApplicable?.includes(path)) return NOT_APPLICABLE_MARK;
  return typeof value === 'number' ? format(value) : '';
}

/** Money is written with two decimals, as reports write it (371923.02, 9116.36). */
function money(value: number): string {
  return value.toFixed(2);
}

function plainRow(texts: readonly string[]): SpanCell[] {
  return texts.map((text) => spanCell(text));
}

/**
 * Header rows whose words template-text gives as laid-out rows (an empty string where a cell
 * merged from above stands), with the spans of their other cells, row by row.
 */
function spannedHeader(rows: readonly (readonly string[])[], spans: readonly (readonly Spans[])[]): SpanTable {
  return rows.map((row, i) => row.filter((text) => text !== '').map((text, j) => spanCell(text, spans[i]?.[j])));
}

// ---- Table 2 ---------------------------------------------------------------------------------

/** The value columns of a block share six grid columns evenly (3 × 2, 2 × 3, 1 × 6). */
const DISCLOSURE_VALUE_COLUMNS = 6;

function valueSpans(count: number): Spans {
  return { colSpan: DISCLOSURE_VALUE_COLUMNS / count };
}

function disclosureColumns(data: ReportData, item: DisclosureItemKey): readonly DisclosureColumnKey[] {
  const columnsByItem: Partial<Record<DisclosureItemKey, readonly DisclosureColumnKey[]>> = DISCLOSURE_COLUMNS[data.template];
  return columnsByItem[item] ?? [];
}

function disclosureItemRow(data: ReportData, item: DisclosureItemKey): SpanCell[] {
  const values = data.activeDisclosure?.[item] ?? {};
  const columns = disclosureColumns(data, item);
  return [
    spanCell(DISCLOSURE_ITEM_LABELS[data.template][item] ?? item),
    ...columns.map((column) =>
      spanCell(
        cellText(data, `activeDisclosure.${item}.${column}`, values[column], column === 'amount' ? money : String),
        valueSpans(columns.length),
      ),
    ),
  ];
}

/** 第二十条 blocks: the article row, the header row, then one row per item the report has. */
export function disclosureTable(data: ReportData): SpanTable {
  const rows: SpanTable = [];
  for (const block of DISCLOSURE_BLOCKS[data.template]) {
    const items = block.items.filter((item) => data.activeDisclosure?.[item] !== undefined);
    if (items.length === 0) continue;
    const headers = disclosureColumns(data, items[0]).map((column) => DISCLOSURE_COLUMN_LABELS[data.template][column] ?? column);
    rows.push(
      [spanCell(block.article, { colSpan: 1 + DISCLOSURE_VALUE_COLUMNS })],
      [spanCell(DISCLOSURE_CONTENT_HEADER), ...headers.map((header) => spanCell(header, valueSpans(headers.length)))],
    );
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
): SpanTable {
  const rows: SpanTable = [];
  keys.forEach((key, i) => {
    if (i === 1) rows.push(plainRow([groupLabel, NOT_APPLICABLE_MARK, '']));
    if (values[key] !== undefined) {
      rows.push(plainRow([labels[key].label, labels[key].unit, cellText(data, `${prefix}.${key}`, values[key])]));
    }
  });
  return rows;
}

export function hasChannelTable(data: ReportData): boolean {
  return data.channels !== undefined || data.responses !== undefined;
}

export function channelTable(data: ReportData): SpanTable {
  if (!hasChannelTable(data)) return [];
  return [
    plainRow(CHANNEL_TABLE_HEADER),
    ...(data.channels ? countRows(data, 'channels', CHANNEL_KEYS, data.channels, CHANNEL_LABELS, CHANNEL_GROUP_LABEL) : []),
    ...(data.responses ? countRows(data, 'responses', RESPONSE_KEYS, data.responses, RESPONSE_LABELS, RESPONSE_GROUP_LABEL) : []),
  ];
}

// ---- Table 3 ---------------------------------------------------------------------------------

/** Label columns: 三、本年度办理结果, the （三）–（六） groups, their numbered sub-rows. */
const LABEL_COLUMNS = 3;

/** The note over all label columns, 申请人情况 over the applicant columns, then 法人或其他组织 over its five. */
const APPLICATION_HEADER_SPANS: readonly (readonly Spans[])[] = [
  [{ rowSpan: 3, colSpan: LABEL_COLUMNS }, { colSpan: APPLICANT_COLUMNS.length }],
  [{ rowSpan: 2 }, { colSpan: APPLICANT_PARTS.length - 1 }, { rowSpan: 2 }],
];

type SingleRow = keyof typeof APPLICATION_ROW_LABELS;

/** How many printed rows a label merged over the rows starting at `first` covers. */
function printedRowsFrom(data: ReportData, first: string, last: string): number {
  const rows = writtenApplicationRows(data.template);
  return rows.indexOf(last) - rows.indexOf(first) + 1;
}

/** Label cells of a top-level row; the outcome rows sit under the merged 三、本年度办理结果. */
function singleRowLabels(data: ReportData, row: SingleRow): SpanCell[] {
  const label = APPLICATION_ROW_LABELS[row];
  switch (row) {
    case 'newReceived':
    case 'carriedOver':
    case 'carriedForward':
      return [spanCell(label, { colSpan: LABEL_COLUMNS })];
    case 'granted':
      return [
        spanCell(OUTCOME_SPAN_LABEL, { rowSpan: printedRowsFrom(data, 'granted', 'totalProcessed') }),
        spanCell(label, { colSpan: LABEL_COLUMNS - 1 }),
      ];
    case 'partiallyGranted':
    case 'totalProcessed':
      return [spanCell(label, { colSpan: LABEL_COLUMNS - 1 })];
    default:
      return assertNever(row);
  }
}

/** Label cells of a grouped row; the group cell is merged over its sub-rows. */
function groupRowLabels(data: ReportData, group: ApplicationGroup, key: string): SpanCell[] {
  const subLabel = APPLICATION_SUBROW_LABELS[`${group}.${key}` as ApplicationSubRowPath];
  // 2019's single （六）其他处理 row is stored as otherHandling.total and has no sub-label.
  if (subLabel === undefined) return [spanCell(APPLICATION_GROUP_LABELS[group], { colSpan: LABEL_COLUMNS - 1 })];
  const subRows = writtenApplicationRows(data.template).filter((path) => path.startsWith(`${group}.`));
  if (subRows[0] !== `${group}.${key}`) return [spanCell(subLabel)];
  return [spanCell(APPLICATION_GROUP_LABELS[group], { rowSpan: subRows.length }), spanCell(subLabel)];
}

function applicationRowLabels(data: ReportData, path: string): SpanCell[] {
  const [head, key] = path.split('.');
  return key === undefined ? singleRowLabels(data, head as SingleRow) : groupRowLabels(data, head as ApplicationGroup, key);
}

export function applicationTable(data: ReportData): SpanTable {
  if (!data.applications) return [];
  const rows = spannedHeader(APPLICATION_HEADER_ROWS, APPLICATION_HEADER_SPANS);
  for (const path of writtenApplicationRows(data.template)) {
    const values = applicationRow(data.applications, path);
    rows.push([
      ...applicationRowLabels(data, path),
      ...plainRow(APPLICANT_COLUMNS.map((column) => cellText(data, `applications.${path}.${column}`, values?.[column]))),
    ]);
  }
  return rows;
}

// ---- Table 4 ---------------------------------------------------------------------------------

/** 行政复议 over its five columns, 行政诉讼 over ten; their five titles under 行政复议 span two rows. */
const CASE_HEADER_SPANS: readonly (readonly Spans[])[] = [
  [{ colSpan: CASE_COLUMNS.length }, { colSpan: 2 * CASE_COLUMNS.length }],
  [...CASE_COLUMNS.map(() => ({ rowSpan: 2 })), { colSpan: CASE_COLUMNS.length }, { colSpan: CASE_COLUMNS.length }],
];

/** The header rows, then one data row of 15 cells: 行政复议, 直接起诉, 复议后起诉. */
export function caseTable(data: ReportData): SpanTable {
  if (CASE_GROUPS.every((group) => data[group] === undefined)) return [];
  const values = CASE_GROUPS.flatMap((group) => CASE_COLUMNS.map((column) => cellText(data, `${group}.${column}`, data[group]?.[column])));
  return [...spannedHeader(CASE_HEADER_ROWS, CASE_HEADER_SPANS), plainRow(values)];
}
