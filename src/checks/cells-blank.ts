/**
 * cells.blank: a cell the template expects a number in is blank. The value stays null (a blank
 * is unknown, not 0); cells written —— (data.notApplicable) are not blank.
 *
 * So that a report with whole blank columns reads as a few lines rather than dozens, blanks are
 * grouped: first each wholly blank column of table 3 or 4, then, in row order, each wholly
 * blank row (its cells not already named by a column) or the row's remaining blank cells one
 * by one. Every blank cell is named by exactly one finding. A cell the parser could not read
 * (a parse.* finding names it, e.g. parse.ambiguous) is already explained and not repeated here.
 */
import type { ReportData } from '../reading/template/report-data';
import { columnRef } from '../reading/template/cell-labels';
import type { Finding, Rule } from './rule';
import { templateGrids, type Grid, type GridCell, type GridRow } from './table-cells';

type BlankGroup =
  | { kind: 'column'; ref: string; cells: GridCell[] }
  | { kind: 'row'; row: GridRow; cells: GridCell[] }
  | { kind: 'cell'; row: GridRow; cell: GridCell };

function message(group: BlankGroup): string {
  switch (group.kind) {
    case 'column':
      return `${group.ref}各行均为空白（共 ${group.cells.length} 格），应填写数字`;
    case 'row':
      return `${group.row.ref}整行空白，应填写数字`;
    case 'cell':
      return `${group.row.ref}${columnRef(group.cell.columnLabel)}为空白，应填写数字`;
    default: {
      const unknown: never = group;
      throw new Error(`unknown blank group ${JSON.stringify(unknown)}`);
    }
  }
}

function cellsOf(group: BlankGroup): GridCell[] {
  return group.kind === 'cell' ? [group.cell] : group.cells;
}

/** Columns blank in every row; a table with a single row has rows, not columns, to report. */
function blankColumns(grid: Grid, isBlank: (cell: GridCell) => boolean): BlankGroup[] {
  if (!grid.columnRefs || grid.rows.length < 2) return [];
  return grid.columnRefs.flatMap((ref, index) => {
    const cells = grid.rows.map((row) => row.cells[index]);
    return cells.every(isBlank) ? [{ kind: 'column' as const, ref, cells }] : [];
  });
}

function blankRowsAndCells(grid: Grid, isBlank: (cell: GridCell) => boolean, named: Set<string>): BlankGroup[] {
  return grid.rows.flatMap((row): BlankGroup[] => {
    const cells = row.cells.filter((cell) => isBlank(cell) && !named.has(cell.path));
    if (cells.length === 0) return [];
    // A one-column row (2021 行政许可) is a cell, not a row, to the reader.
    if (row.cells.length > 1 && row.cells.every(isBlank)) return [{ kind: 'row', row, cells }];
    return cells.map((cell) => ({ kind: 'cell', row, cell }));
  });
}

function gridFindings(grid: Grid, notBlank: ReadonlySet<string>): Finding[] {
  const isBlank = (cell: GridCell) => cell.value === null && !notBlank.has(cell.path);
  const columns = blankColumns(grid, isBlank);
  const named = new Set(columns.flatMap(cellsOf).map((cell) => cell.path));
  return [...columns, ...blankRowsAndCells(grid, isBlank, named)].map((group) => ({
    message: message(group),
    cells: cellsOf(group).map((cell) => cell.path),
  }));
}

export const cellsBlank: Rule = {
  id: 'cells.blank',
  severity: 'warning',
  check: (data: ReportData) => {
    const unread = data.issues.filter((issue) => issue.rule.startsWith('parse.')).flatMap((issue) => issue.cells);
    const notBlank = new Set([...(data.notApplicable ?? []), ...unread]);
    return templateGrids(data).flatMap((grid) => gridFindings(grid, notBlank));
  },
};
