import ExcelJS from 'exceljs';
import { Sheet } from './comparison-table';
import { safeCell, safeSheet } from './safe-cell';

/** Ratios are kept as numbers and shown as percentages to 0.1. */
const PERCENT_FORMAT = '0.0%';

/**
 * An .xlsx workbook: the comparison (bold frozen header row, empty cells for nulls, the 合计
 * lines last) and a second sheet naming the filter that made it. No text cell starts a formula.
 */
export async function toXlsx(unsafe: Sheet, title: string): Promise<Buffer> {
  const sheet = safeSheet(unsafe);
  const workbook = new ExcelJS.Workbook();
  const worksheet = workbook.addWorksheet(title.slice(0, 31), { views: [{ state: 'frozen', ySplit: 1 }] });
  worksheet.addRow(sheet.headers).font = { bold: true };
  for (const row of sheet.rows) worksheet.addRow(row.map((cell) => cell ?? undefined));
  worksheet.columns.forEach((column, index) => {
    column.width = Math.max(8, Math.min(40, sheet.headers[index].length * 2 + 2));
    if (sheet.percent[index]) column.numFmt = PERCENT_FORMAT;
  });
  const filter = workbook.addWorksheet('筛选条件');
  for (const part of sheet.filter.split('；')) filter.addRow(part.split('：').map(safeCell));
  filter.getColumn(1).width = 10;
  filter.getColumn(2).width = 80;
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
