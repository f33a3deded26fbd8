/**
 * Tables drawn without (vertical) ruling, told from the text alone: a row is a line whose
 * pieces stand in columns, wide gaps apart, with counts among them (`规章   0   0   0`).
 * Three or more such rows close together are a table. A label wrapped over several lines
 * has its counts beside one of them, or between two: each line of words between the rows
 * joins the row nearest to it, as part of its label (or as a merged heading cell before it,
 * when it stands further left). Lines of words in columns just above are header rows.
 * Without ruling merged cells cannot be seen, so a row is its cells left to right, which
 * the template reads by label all the same.
 */
import { columnsOfValues, median } from './column-placement';
import { centerY, union, type Box } from './pdf-geometry';
import { joinWords, tidySpaces, type TextLine } from './pdf-lines';

export interface AlignedTable {
  box: Box;
  rows: string[][];
  /** The lines the table is made of, which are then no prose. */
  lines: TextLine[];
}

interface Cell {
  text: string;
  left: number;
  right: number;
}

/** A gap this wide (in font sizes) between two pieces of a line separates columns; words in prose stand closer. */
const COLUMN_GAP = 0.5;
/** Fewer rows with counts than this are prose that happens to hold numbers. */
const MIN_ROWS = 3;
/** A gap between lines wider than this (in font sizes) ends the table, as does a change of font size. */
const MAX_LINE_GAP = 1.5;
const SIZE_CHANGE = 0.15;
const MAX_HEADER_ROWS = 3;
/** A count, an amount with its unit, or a not-applicable mark. */
const VALUE = /^(?:[+-]?[\d,]+(?:\.\d+)?(?:万元|元|件|条|次|个|项|篇)?|[—\-－―]+|\/)$/;

/** The unit column of the platform table: a row whose count is blank still shows its label and unit. */
const UNIT = /^(?:条|次|篇|个|件|项|人次)$/;

export function findAlignedTables(lines: readonly TextLine[]): AlignedTable[] {
  const cells = lines.map(cellsOf);
  const isRow = cells.map((row) => row.length >= 2 && row.some((cell) => VALUE.test(cell.text) || UNIT.test(cell.text)));
  const tables: AlignedTable[] = [];
  let start = 0;
  while (start < lines.length) {
    const end = isRow[start] ? tableEnd(lines, isRow, start) : start + 1;
    const rows = isRow.slice(start, end).filter(Boolean).length;
    if (rows >= MIN_ROWS) tables.push(buildTable(lines, cells, isRow, headerStart(cells, start), start, end));
    start = end;
  }
  return tables;
}

/** The line's pieces gathered into columns at the wide gaps. */
function cellsOf(line: TextLine): Cell[] {
  const cells: Cell[] = [];
  line.pieces.forEach((piece, i) => {
    const previous = line.pieces[i - 1];
    const last = cells[cells.length - 1];
    if (previous && last && piece.box.left - previous.box.right < COLUMN_GAP * piece.size) {
      last.text = joinWords(last.text, piece.text, ' ');
      last.right = piece.box.right;
    } else cells.push({ text: piece.text, left: piece.box.left, right: piece.box.right });
  });
  return cells.map((cell) => ({ ...cell, text: tidySpaces(cell.text) }));
}

/**
 * After the last row of the run that starts at `start`: lines of words may stand between
 * rows; a wide gap or another font size (a heading) ends the table.
 */
function tableEnd(lines: readonly TextLine[], isRow: boolean[], start: number): number {
  const size = lines[start].size;
  let lastRow = start;
  for (let i = start + 1; i < lines.length; i++) {
    const gap = lines[i].box.top - lines[i - 1].box.bottom;
    if (gap > MAX_LINE_GAP * size || Math.abs(lines[i].size - size) > SIZE_CHANGE * size) break;
    if (isRow[i]) lastRow = i;
  }
  return lastRow + 1;
}

/** Lines of words in two or more columns straight above the first row. */
function headerStart(cells: Cell[][], start: number): number {
  let first = start;
  const isHeader = (row: Cell[]) => row.length >= 2 && !row.some((cell) => VALUE.test(cell.text));
  while (first > 0 && start - first < MAX_HEADER_ROWS && isHeader(cells[first - 1])) first--;
  return first;
}

function buildTable(
  lines: readonly TextLine[],
  cells: Cell[][],
  isRow: boolean[],
  first: number,
  start: number,
  end: number,
): AlignedTable {
  const rows = range(start, end).filter((i) => isRow[i]);
  const attached = new Map<number, number[]>(rows.map((row) => [row, []]));
  for (const i of range(start, end).filter((line) => !isRow[line])) attached.get(nearestRow(lines, rows, i))?.push(i);
  const used = lines.slice(first, end);
  const placed = withBlankColumns(rows.map((row) => cells[row]));
  return {
    box: union(used.map((line) => line.box)),
    rows: [
      ...cells.slice(first, start).map((row) => row.map((cell) => cell.text)),
      ...rows.map((row, i) => rowCells(lines, cells, row, attached.get(row) ?? [], placed[i])),
    ],
    lines: used,
  };
}

/**
 * Each row's cells with a blank cell where a value is missing, placed by where the values
 * stand under the columns of the table's fullest rows (column-placement). A row that cannot
 * be placed keeps its values as they are; the template then finds too few and reads none.
 */
function withBlankColumns(rows: Cell[][]): Cell[][] {
  const values = rows.map((row) => row.filter((cell) => VALUE.test(cell.text)));
  const widest = Math.max(...values.map((row) => row.length));
  const full = values.filter((row) => row.length === widest);
  const columns = full[0].map((_, i) => median(full.map((row) => centre(row[i]))));
  return rows.map((row, r) => {
    if (values[r].length === widest) return row;
    // Label and unit, and a blank where the count would stand (1.政府公报公开政府信息数   条).
    if (values[r].length === 0) return [...row, { text: '', left: row[row.length - 1].right, right: row[row.length - 1].right }];
    const placed = columnsOfValues(values[r].map(centre), columns);
    if (!placed) return row;
    const label = row.filter((cell) => !VALUE.test(cell.text));
    const cells = columns.map((column): Cell => ({ text: '', left: column, right: column }));
    placed.forEach((column, i) => (cells[column] = values[r][i]));
    return [...label, ...cells];
  });
}

function centre(cell: Cell): number {
  return (cell.left + cell.right) / 2;
}

function range(from: number, to: number): number[] {
  return Array.from({ length: to - from }, (_, i) => from + i);
}

function nearestRow(lines: readonly TextLine[], rows: number[], line: number): number {
  const distance = (row: number) => Math.abs(centerY(lines[row].box) - centerY(lines[line].box));
  return rows.reduce((best, row) => (distance(row) < distance(best) ? row : best));
}

/**
 * A row's cells with the lines of words that joined it: lines further left than its label
 * are merged headings before the label, the others the label's wrapped lines, above or below.
 */
function rowCells(lines: readonly TextLine[], cells: Cell[][], row: number, words: number[], placed: Cell[]): string[] {
  const own = placed.map((cell) => cell.text);
  // Blank cells placed among the values are no label.
  const labelAt = own.findIndex((text) => text !== '' && !VALUE.test(text));
  // A row of bare counts takes its label from the lines of words that start furthest right.
  const labelLeft = labelAt >= 0 ? placed[labelAt].left : Math.max(...words.map((line) => cells[line][0].left));
  const textOf = (line: number) => cells[line].map((cell) => cell.text).join('');
  const isHeading = (line: number) => cells[line][0].left < labelLeft - lines[line].size;
  const wraps = words.filter((line) => !isHeading(line));
  const label = [
    ...wraps.filter((line) => lines[line].box.top < lines[row].box.top).map(textOf),
    ...(labelAt < 0 ? [] : [own[labelAt]]),
    ...wraps.filter((line) => lines[line].box.top > lines[row].box.top).map(textOf),
  ].join('\n');
  const headings = words.filter(isHeading).map(textOf);
  const at = Math.max(labelAt, 0);
  return [...own.slice(0, at), ...headings, ...(label === '' ? [] : [label]), ...own.slice(labelAt < 0 ? 0 : at + 1)];
}
