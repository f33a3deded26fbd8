import type { Sheet, SheetCell } from './comparison-table';

/** What a spreadsheet reads as the start of a formula (OWASP's CSV injection list: = + - @, tab, CR). */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * A text cell as data, never a formula: one starting like a formula gets a leading apostrophe
 * (OWASP's rule), which Excel and LibreOffice show as text. Region names come from lists people
 * supply; numbers stay numbers.
 */
export function safeCell(cell: SheetCell): SheetCell {
  return typeof cell === 'string' && FORMULA_START.test(cell) ? `'${cell}` : cell;
}

/** Every text cell of a sheet made safe: what the CSV and the XLSX writers both start from. */
export function safeSheet(sheet: Sheet): Sheet {
  return {
    ...sheet,
    headers: sheet.headers.map((header) => String(safeCell(header))),
    rows: sheet.rows.map((row) => row.map(safeCell)),
    filter: String(safeCell(sheet.filter)),
  };
}
