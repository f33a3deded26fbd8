/**
 * Renders a ReportData as a crawler extracts a report page: one line per section, the heading
 * followed by its paragraphs (a space between them) or by its tables' cells with NO separator
 * at all (`规章000行政规范性文件3117…`), the hardest form of the pingtan-2022 fixture. The
 * title and the signature keep lines of their own.
 */
import { layoutRows } from '../reading/documents/span-table';
import type { ReportData } from '../reading/template/report-data';
import { assertNever } from './assert-never';
import { reportOutline, type OutlineItem } from './report-outline';

/** What an item adds to the current line, or undefined when it stands on a line of its own. */
function inline(item: OutlineItem): string | undefined {
  switch (item.kind) {
    case 'title':
    case 'heading':
    case 'signature':
      return undefined;
    case 'paragraph':
      return ` ${item.text}`;
    case 'table':
      return layoutRows(item.table).flat().join('');
    default:
      return assertNever(item);
  }
}

export function renderRunTogether(data: ReportData): string {
  const lines: string[] = [];
  for (const item of reportOutline(data)) {
    const text = inline(item);
    if (text === undefined) lines.push('text' in item ? item.text : '');
    else lines[lines.length - 1] += text;
  }
  return lines.join('\n');
}
