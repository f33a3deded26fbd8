/**
 * Renders a ReportData as the text form of a published report (see the zhangting-2019
 * fixture): prose lines without TAB; each table cell on its own line starting with a TAB; a
 * blank line after each table row and one more after each table; a blank cell as a lone TAB.
 */
import { layoutRows, type SpanTable } from '../reading/documents/span-table';
import type { ReportData } from '../reading/template/report-data';
import { assertNever } from './assert-never';
import { reportOutline, type OutlineItem } from './report-outline';

function tableLines(table: SpanTable): string[] {
  return [...layoutRows(table).flatMap((row) => [...row.map((cell) => `\t${cell}`), '']), ''];
}

function itemLines(item: OutlineItem): string[] {
  switch (item.kind) {
    case 'title':
    case 'heading':
    case 'paragraph':
    case 'signature':
      return [item.text, ''];
    case 'table':
      return tableLines(item.table);
    default:
      return assertNever(item);
  }
}

export function renderText(data: ReportData): string {
  return reportOutline(data).flatMap(itemLines).join('\n');
}
