/**
 * A table with merged cells laid out for print: every cell placed on the grid (as a browser
 * places `<td rowspan colspan>`), columns as wide as their words need within the page width,
 * rows as tall as their wrapped text.
 */
import type { SpanTable } from '../reading/documents/span-table';
import { textWidth } from './pdf-writer';

export interface PlacedCell {
  text: string;
  row: number;
  col: number;
  rowSpan: number;
  colSpan: number;
}

export interface TableLayout {
  cells: PlacedCell[];
  /** Column edges from the table's left (columns + 1 values). */
  xs: number[];
  heights: number[];
}

export const CELL_PADDING = 3;
/** Narrowest column: a count of five digits fits. */
const MIN_COLUMN = 26;
/** A label wider than this wraps rather than widening its column. */
const MAX_NATURAL = 150;

export function layoutTable(table: SpanTable, width: number, size: number): TableLayout {
  const cells = placeCells(table);
  const columns = Math.max(...cells.map((cell) => cell.col + cell.colSpan));
  const xs = columnEdges(cells, columns, width, size);
  const rows = Math.max(...cells.map((cell) => cell.row + cell.rowSpan));
  return { cells, xs, heights: rowHeights(cells, rows, xs, size) };
}

/** Grid positions: each cell takes the first column its row has free. */
export function placeCells(table: SpanTable): PlacedCell[] {
  const taken = new Set<string>();
  const placed: PlacedCell[] = [];
  table.forEach((cells, row) => {
    let col = 0;
    for (const cell of cells) {
      while (taken.has(`${row},${col}`)) col++;
      placed.push({ text: cell.text, row, col, rowSpan: Math.max(1, cell.rowSpan), colSpan: Math.max(1, cell.colSpan) });
      for (let r = row; r < row + cell.rowSpan; r++) for (let c = col; c < col + cell.colSpan; c++) taken.add(`${r},${c}`);
      col += cell.colSpan;
    }
  });
  return placed;
}

function columnEdges(cells: PlacedCell[], columns: number, width: number, size: number): number[] {
  const natural = Array.from({ length: columns }, (_, col) => {
    const own = cells.filter((cell) => cell.col === col && cell.colSpan === 1);
    const widest = Math.max(0, ...own.flatMap((cell) => cell.text.split('\n').map((line) => textWidth(line, size))));
    return Math.max(MIN_COLUMN, Math.min(MAX_NATURAL, widest + 2 * CELL_PADDING));
  });
  const scale = width / natural.reduce((a, b) => a + b, 0);
  const edges = [0];
  natural.forEach((w) => edges.push(edges[edges.length - 1] + w * scale));
  return edges;
}

/** Rows fit their single-row cells; a merged cell that needs more grows its last row. */
function rowHeights(cells: PlacedCell[], rows: number, xs: number[], size: number): number[] {
  const heights = Array<number>(rows).fill(lineHeight(size) + 2 * CELL_PADDING);
  const needed = (cell: PlacedCell) =>
    wrapLines(cell.text, xs[cell.col + cell.colSpan] - xs[cell.col] - 2 * CELL_PADDING, size).length * lineHeight(size) + 2 * CELL_PADDING;
  for (const cell of cells.filter((candidate) => candidate.rowSpan === 1)) heights[cell.row] = Math.max(heights[cell.row], needed(cell));
  for (const cell of cells.filter((candidate) => candidate.rowSpan > 1)) {
    const spanned = heights.slice(cell.row, cell.row + cell.rowSpan).reduce((a, b) => a + b, 0);
    heights[cell.row + cell.rowSpan - 1] += Math.max(0, needed(cell) - spanned);
  }
  return heights;
}

export function lineHeight(size: number): number {
  return size * 1.3;
}

/** Text broken into lines no wider than `width`: at its own line breaks, then character by character. */
export function wrapLines(text: string, width: number, size: number, firstIndent = 0): string[] {
  const lines: string[] = [];
  for (const paragraph of text.split('\n')) {
    let line = '';
    for (const char of paragraph) {
      const indent = lines.length === 0 ? firstIndent : 0;
      if (line !== '' && indent + textWidth(line + char, size) > width) {
        lines.push(line);
        line = '';
      }
      line += char;
    }
    lines.push(line);
  }
  return lines;
}
