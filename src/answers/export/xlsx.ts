import ExcelJS from 'exceljs';
import { Sheet } from './comparison-table';

/** An .xlsx workbook of one sheet: bold frozen header row, empty cells for nulls. */
export async function toXlsx(sheet: Sheet, title: string): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const worksheet = workbook.addWorksheet(title.slice(0, 31), { views: [{ state: 'frozen', ySplit: 1 }] });
  worksheet.addRow(sheet.headers).font = { bold: true };
  for (const row of sheet.rows) worksheet.addRow(row.map((cell) => cell ?? undefined));
  worksheet.columns.forEach((column, index) => {
    column.width = Math.max(8, Math.min(40, sheet.headers[index].length * 2 + 2));
  });
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
