/**
 * cells.negative: counts and amounts cannot be negative. The one exception is the 2019
 * template's 本年增/减 (`change`) column, where a decrease is written as a negative number.
 */
import type { ReportData } from '../reading/template/report-data';
import { formatNumber } from './helpers';
import { describeCell } from '../reading/template/cell-labels';
import type { Finding, Rule } from './rule';
import { countCells, templateGrids } from './table-cells';

function signedCells(data: ReportData): { path: string; value: number | null }[] {
  // Only table 2 (2019) has a `change` column.
  const tableCells = templateGrids(data)
    .flatMap((grid) => grid.rows.flatMap((row) => row.cells))
    .filter((cell) => cell.column !== 'change');
  return [...tableCells, ...countCells(data)];
}

export const cellsNegative: Rule = {
  id: 'cells.negative',
  severity: 'error',
  check: (data) =>
    signedCells(data).flatMap(({ path, value }): Finding[] =>
      value !== null && value < 0
        ? [{ message: `${describeCell(path, data.template)}为负数 ${formatNumber(value)}，应为非负数`, cells: [path] }]
        : [],
    ),
};
