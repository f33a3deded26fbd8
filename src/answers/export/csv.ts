import { Sheet, SheetCell } from './comparison-table';

/** Excel opens a UTF-8 CSV as Chinese only when it starts with a byte order mark. */
const BOM = '\ufeff';

function field(cell: SheetCell): string {
  if (cell === null) return '';
  const text = String(cell);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** RFC 4180 CSV (CRLF line ends), UTF-8 with BOM. */
export function toCsv(sheet: Sheet): Buffer {
  const lines = [sheet.headers, ...sheet.rows].map((row) => row.map(field).join(','));
  return Buffer.from(`${BOM}${lines.join('\r\n')}\r\n`, 'utf8');
}
