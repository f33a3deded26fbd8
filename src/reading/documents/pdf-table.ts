/**
 * A grid and the text inside it → rows of cell texts in the shape every reader gives the
 * template (blocks.ts): a merged cell's text once, in its first row and column; a row it
 * spans downwards holds an empty cell at its place; columns it spans add nothing. A cell
 * whose text wraps over several lines keeps the lines, joined by a line break.
 */
import { centerX, centerY, type PdfText } from './pdf-geometry';
import type { Grid } from './pdf-grid';
import { groupLines } from './pdf-lines';

export function gridRows(grid: Grid, texts: readonly PdfText[]): string[][] {
  const cellTexts = grid.cells.map((): PdfText[] => []);
  for (const text of texts) {
    const cell = cellUnder(grid, centerX(text.box), centerY(text.box));
    if (cell !== undefined) cellTexts[cell].push(text);
  }
  const contents = cellTexts.map((inCell) =>
    groupLines(inCell)
      .map((line) => line.text)
      .join('\n'),
  );
  return grid.cellAt.flatMap((row, r) => (opensCells(grid, row, r) ? [rowCells(grid, row, r, contents)] : []));
}

/**
 * A grid row is a table row when a cell of its own starts in it, blank or not (table 4's data
 * row of a report filed without numbers); a row that only continues merged cells from above is
 * none.
 */
function opensCells(grid: Grid, row: number[], r: number): boolean {
  return row.some((index) => grid.cells[index].row === r);
}

function rowCells(grid: Grid, row: number[], r: number, contents: string[]): string[] {
  const cells: string[] = [];
  row.forEach((index, c) => {
    const cell = grid.cells[index];
    if (c !== cell.col) return;
    cells.push(r === cell.row ? contents[index] : '');
  });
  return cells;
}

/** The merged cell at a point, if the point is inside the grid. */
function cellUnder(grid: Grid, x: number, y: number): number | undefined {
  const c = intervalIndex(grid.xs, x);
  const r = intervalIndex(grid.ys, y);
  return c === undefined || r === undefined ? undefined : grid.cellAt[r][c];
}

function intervalIndex(bounds: readonly number[], value: number): number | undefined {
  if (value < bounds[0] || value > bounds[bounds.length - 1]) return undefined;
  const index = bounds.findIndex((bound) => bound > value);
  return index === -1 ? bounds.length - 2 : index - 1;
}
