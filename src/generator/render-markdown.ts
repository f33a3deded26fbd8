/**
 * Renders a ReportData as a markdown export would: the title and section headings as #
 * headings, each paragraph on its own, and every table as a pipe table, its first row as the
 * header row over a `| --- |` line. Rows keep the template's layout (render-tables), so they
 * are as wide as they are, not as wide as the header row.
 */
import { layoutRows } from '../reading/documents/span-table';
import type { ReportData } from '../reading/template/report-data';
import { assertNever } from './assert-never';
import { reportOutline, type OutlineItem } from './report-outline';

function pipeRow(cells: string[]): string {
  return `| ${cells.map((cell) => cell.replace(/\|/g, '\\|').replace(/\n/g, '<br>')).join(' | ')} |`;
}

/** Rows as a GFM table: the first is the header row, over the `| --- |` line. */
export function pipeTable(rows: string[][]): string[] {
  if (rows.length === 0) return [];
  const [header, ...body] = rows;
  return [pipeRow(header), pipeRow(header.map(() => '---')), ...body.map(pipeRow), ''];
}

function itemLines(item: OutlineItem): string[] {
  switch (item.kind) {
    case 'title':
      return [`# ${item.text}`, ''];
    case 'heading':
      return [`## ${item.text}`, ''];
    case 'paragraph':
    case 'signature':
      return [item.text, ''];
    case 'table':
      return pipeTable(layoutRows(item.table));
    default:
      return assertNever(item);
  }
}

export function renderMarkdown(data: ReportData): string {
  return reportOutline(data).flatMap(itemLines).join('\n');
}
