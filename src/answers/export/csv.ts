import { Sheet, SheetCell } from './comparison-table';
import { safeSheet } from './safe-cell';

/** Excel opens a UTF-8 CSV as Chinese only when it starts with a byte order mark. */
const BOM = '\ufeff';

/** A ratio as a percentage rounded to 0.1 (0.2534 → 25.3%), as a person reads it. */
const percentText = (fraction: number): string => `${(Math.round(fraction * 1000) / 10).toFixed(1)}%`;

function field(cell: SheetCell, percent: boolean): string {
  if (cell === null) return '';
  const text = percent && typeof cell === 'number' ? percentText(cell) : String(cell);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * RFC 4180 CSV (CRLF line ends), UTF-8 with BOM: the header row first, as scripts expect it,
 * then the rows and the 合计 lines, and last a line naming the filter. No text cell starts a formula.
 */
export function toCsv(unsafe: Sheet): Buffer {
  const sheet = safeSheet(unsafe);
  const lines = [sheet.headers, ...sheet.rows].map((row) => row.map((cell, column) => field(cell, sheet.percent[column])).join(','));
  lines.push(['', `筛选条件：${sheet.filter}`].map((cell) => field(cell, false)).join(','));
  return Buffer.from(`${BOM}${lines.join('\r\n')}\r\n`, 'utf8');
}
