/**
 * Renders a ReportData as text copied out of an editor that writes every table cell as a
 * paragraph of its own: a cell per line with a blank line between cells (paragraph spacing), a
 * group label wrapped in its narrow cell after its numbering (`（三）` / `不予公开`), merged and blank
 * cells leaving nothing; and, when `strayPipes`, each cell line ending in the ` |` some table
 * views leave behind.
 */
import { layoutRows } from '../reading/documents/span-table';
import type { ReportData } from '../reading/template/report-data';
import { reportOutline, type OutlineItem } from './report-outline';

/** A group label's numbering, where the narrow label column wraps it. */
const WRAPPED_NUMBERING = /^(（[一二三四五六七八九十]）)(?=\S)/;

function itemLines(item: OutlineItem, end: string): string[] {
  if (item.kind !== 'table') return [item.text, ''];
  return layoutRows(item.table)
    .flat()
    .filter((cell) => cell !== '')
    .flatMap((cell) => [
      ...cell
        .replace(WRAPPED_NUMBERING, '$1\n')
        .split('\n')
        .map((line) => `${line}${end}`),
      '',
    ]);
}

export function renderCellLines(data: ReportData, strayPipes: boolean): string {
  return reportOutline(data)
    .flatMap((item) => itemLines(item, strayPipes ? ' |' : ''))
    .join('\n');
}
