/**
 * Renders a ReportData as a PDF→markdown converter writes the printed report: the converter
 * sees the page, not the template, so
 * - a table that runs over a page break comes out as two tables with a page mark between them
 *   (`<!-- page 3 -->`, a `-----` rule, or the page's footer number `- 2 -`, one style per
 *   document), the continuation's first row promoted to the header GFM requires;
 * - a label merged over several rows (三、本年度办理结果, （三）不予公开) and a block title that spans
 *   the whole table (第二十条第（一）项) are detached from their rows as `###` headings;
 * - a header of several rows keeps only its first row as the header row (`| 行政复议 | 行政诉讼 |`
 *   over rows of fifteen values): more values than header cells;
 * - some converters (the 沭阳县 2025 fixture's) write table 4 as one small table per group under
 *   a heading (`### 行政诉讼（复议后起诉）`), its row of values without a label of its own;
 * - the organization and the year stand only in the `#` title: the signature keeps its date.
 * Where the pages break is drawn from the report itself, so a report always converts the same way.
 */
import { layoutRows, type SpanCell, type SpanTable } from '../reading/documents/span-table';
import { CASE_COLUMNS, CASE_GROUPS, type ReportData } from '../reading/template/report-data';
import { assertNever } from './assert-never';
import { Random } from './random';
import { pipeTable } from './render-markdown';
import { reportOutline, type OutlineItem, type TableSection } from './report-outline';
import { CASE_COLUMN_TITLES, CASE_GROUP_TITLES, LITIGATION_HEADING } from '../reading/template/wording';
import { APPLICATION_HEADER_ROWS, CASE_HEADER_ROWS } from './template-text';

type PageMark = 'comment' | 'rule' | 'footer';
/** Table 4 as the page's grid, or as one table per group under its heading. */
type CaseStyle = 'grid' | 'groups';

interface Converter {
  random: Random;
  mark: PageMark;
  cases: CaseStyle;
}

/** What the converter writes, before the lines: a table's rows gather into one pipe table until a heading or a page mark. */
type Piece = { kind: 'line'; text: string } | { kind: 'row'; cells: string[] } | { kind: 'page' };

/** Rows of each table's header; block titles of table 2 are found by their width. */
const HEADER_ROWS: Record<TableSection, number> = {
  activeDisclosure: 0,
  channels: 1,
  applications: APPLICATION_HEADER_ROWS.length,
  cases: CASE_HEADER_ROWS.length,
};

/** Chance that a page breaks after a given paragraph or table row. */
const BREAK_CHANCE = { paragraph: 0.15, row: 0.08 };

export function renderPdfMarkdown(data: ReportData): string {
  const random = new Random(`pdf-markdown ${data.organization} ${data.year} ${JSON.stringify(data.applications)}`);
  const converter: Converter = {
    random,
    mark: random.pick<PageMark>(['comment', 'rule', 'footer']),
    cases: random.pick<CaseStyle>(['grid', 'groups']),
  };
  const pieces = reportOutline(data).flatMap((item) => itemPieces(item, converter));
  return writeLines(pieces, converter.mark).join('\n');
}

function itemPieces(item: OutlineItem, { random, cases }: Converter): Piece[] {
  switch (item.kind) {
    case 'title':
      return [{ kind: 'line', text: `# ${item.text}` }];
    case 'heading':
      return [{ kind: 'line', text: `## ${item.text}` }];
    case 'paragraph':
      return [{ kind: 'line', text: item.text }, ...(random.chance(BREAK_CHANCE.paragraph) ? [{ kind: 'page' } as const] : [])];
    case 'signature':
      // The date under the signature; the organization's name is left to the title.
      return /^\d{4}年/.test(item.text) ? [{ kind: 'line', text: item.text }] : [];
    case 'table':
      if (item.section === 'cases' && cases === 'groups') return caseGroupPieces(item.table);
      return tablePieces(item.table, HEADER_ROWS[item.section], random);
    default:
      return assertNever(item);
  }
}

/** A row of one cell merged over the whole width: a block title. */
function isTitleRow(cells: readonly SpanCell[]): boolean {
  return cells.length === 1 && cells[0].colSpan > 1;
}

/**
 * The table's rows with block titles and merged labels detached as headings, and page breaks
 * between body rows. A label merged over rows is taken out of the grid, so the rows it heads
 * are written without its column.
 */
function tablePieces(table: SpanTable, headerRows: number, random: Random): Piece[] {
  const headings = new Map<number, string[]>();
  const kept: SpanTable = [];
  table.forEach((cells, i) => {
    if (isTitleRow(cells)) {
      headings.set(kept.length, [...(headings.get(kept.length) ?? []), cells[0].text]);
      return;
    }
    const body = i >= headerRows;
    const merged = body ? leadingMerged(cells) : 0;
    if (merged > 0) headings.set(kept.length, [...(headings.get(kept.length) ?? []), ...cells.slice(0, merged).map((cell) => cell.text)]);
    kept.push(cells.slice(merged));
  });
  const pieces: Piece[] = [];
  layoutRows(kept).forEach((cells, i) => {
    if (i > headerRows && random.chance(BREAK_CHANCE.row)) pieces.push({ kind: 'page' });
    for (const text of headings.get(i) ?? []) pieces.push({ kind: 'line', text: `### ${text}` });
    pieces.push({ kind: 'row', cells });
  });
  return pieces;
}

/** Each group's heading, its five column titles, and its five values from the grid's value row. */
function caseGroupPieces(table: SpanTable): Piece[] {
  const values = layoutRows(table).at(-1) ?? [];
  const titles = CASE_COLUMNS.map((column) => CASE_COLUMN_TITLES[column]);
  return CASE_GROUPS.flatMap((group, i): Piece[] => [
    { kind: 'line', text: `### ${group === 'review' ? CASE_GROUP_TITLES[group] : `${LITIGATION_HEADING}（${CASE_GROUP_TITLES[group]}）`}` },
    { kind: 'row', cells: titles },
    { kind: 'row', cells: values.slice(i * titles.length, (i + 1) * titles.length) },
  ]);
}

/** How many cells at the row's start are merged over several rows. */
function leadingMerged(cells: readonly SpanCell[]): number {
  const count = cells.findIndex((cell) => cell.rowSpan <= 1);
  return count < 0 ? cells.length : count;
}

function writeLines(pieces: Piece[], mark: PageMark): string[] {
  const lines: string[] = [];
  let rows: string[][] = [];
  let page = 1;
  for (const piece of pieces) {
    if (piece.kind === 'row') {
      rows.push(piece.cells);
      continue;
    }
    lines.push(...pipeTable(rows), piece.kind === 'line' ? piece.text : pageMark(mark, page++), '');
    rows = [];
  }
  lines.push(...pipeTable(rows));
  return lines;
}

/** What stands between page `page` and the next. */
function pageMark(mark: PageMark, page: number): string {
  switch (mark) {
    case 'comment':
      return `<!-- page ${page + 1} -->`;
    case 'rule':
      return '-----';
    case 'footer':
      return `- ${page} -`;
    default:
      return assertNever(mark);
  }
}
