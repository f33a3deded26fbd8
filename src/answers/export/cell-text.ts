/**
 * Text that a spreadsheet would run: a cell starting with = + - @ (or a tab or carriage
 * return) is a formula to Excel. Names and messages are data (region names come from files
 * people supply), so such text gets a leading apostrophe (OWASP's CSV-injection rule). Numbers
 * stay numbers: a negative count is not text.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

export function neutralizeFormula<T>(cell: T): T | string {
  return typeof cell === 'string' && FORMULA_START.test(cell) ? `'${cell}` : cell;
}
