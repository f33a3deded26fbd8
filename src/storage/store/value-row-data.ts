/**
 * A report's table rows as the read model holds them: one `report_values` row of a version
 * becomes the rows fromRows makes a ReportData of, so that a reader of many reports' cells
 * (the assessment of a province) takes one row per report instead of ~50 from the entity
 * tables, and gets the same ReportData. The read model keeps no count's source and no
 * narrative count: a ReportData made from it has neither.
 */
import { CELL_TABLES, VALUE_CELLS, VALUE_ROWS, type CellTable } from '../db/report-values-layout';
import type { ReportRows } from './report-rows';

/** The read model's columns valueRows reads: every cell and every row flag. */
export const VALUE_ROW_COLUMNS: readonly string[] = [...VALUE_CELLS.map((cell) => cell.column), ...VALUE_ROWS.map((row) => row.column)];

/** Each table row the read model flags, with its cells: found once, not per row of every report (a province reads 3,000). */
const ROW_READERS = VALUE_ROWS.map(({ column, table, key }) => ({
  column,
  table,
  discriminator: CELL_TABLES[table].discriminator,
  key,
  cells: VALUE_CELLS.filter((cell) => cell.table === table && cell.key === key),
}));

/** Drivers give a raw column as a number or, for some types, as its text. */
const numberOrNull = (value: unknown): number | null => (value === null || value === undefined ? null : Number(value));

export type ValueRowTables = Pick<ReportRows, CellTable>;

/**
 * The table rows a version has, from its read model row (VALUE_ROW_COLUMNS by name): a row is
 * there when its flag is 1, even with every cell blank, as in the entity tables.
 */
export function valueRows(values: Readonly<Record<string, unknown>>): ValueRowTables {
  const rows: ValueRowTables = { disclosureItems: [], applicationCounts: [], caseOutcomes: [], publicationCounts: [] };
  for (const { column, table, discriminator, key, cells } of ROW_READERS) {
    if (Number(values[column]) !== 1) continue;
    const row: Record<string, unknown> = { [discriminator]: key };
    for (const cell of cells) row[cell.field] = numberOrNull(values[cell.column]);
    (rows[table] as object[]).push(row);
  }
  return rows;
}
