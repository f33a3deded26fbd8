/**
 * A data table of a page → TableBlock rows: the rows and cells as the markup writes them,
 * with their rowspan/colspan, laid out by layoutRows (a merged cell once, an empty cell where
 * it reaches into a later row). A cell's paragraphs and `<br>`s become line breaks.
 */
import { type HtmlElement, type HtmlNode, collapseSpaces, isBlock, isCell, isElement } from './html-dom';
import { layoutRows, spanCell, type SpanTable } from './span-table';

/** HTML's own limits on spans. */
const MAX_ROWSPAN = 65534;
const MAX_COLSPAN = 1000;

/** Marks where a block element ends inside a cell: what follows starts a new line. */
const LINE_END = Symbol('line end');

export function readTable(table: HtmlElement): string[][] {
  return layoutRows(spanTable(table));
}

/** The table's captions (表一 主动公开政府信息情况): headings that stand inside the table's markup. */
export function captionsOf(table: HtmlElement): string[] {
  return table.children
    .filter((child): child is HtmlElement => isElement(child) && child.name === 'caption')
    .map((caption) => cellText(caption).replace(/\n/g, ' '))
    .filter((text) => text !== '');
}

function spanTable(table: HtmlElement): SpanTable {
  const rows = descendants(table, (element) => element.name === 'tr');
  return rows.map((row, index) =>
    row.children
      .filter((cell): cell is HtmlElement => isElement(cell) && isCell(cell))
      .map((cell) => spanCell(cellText(cell), { rowSpan: rowSpan(cell.rowSpan, rows.length - index), colSpan: colSpan(cell.colSpan) })),
  );
}

/** rowspan="0" reaches to the end of the table; an unreadable one is 1. */
function rowSpan(attribute: string | undefined, rowsLeft: number): number {
  const value = Number.parseInt(attribute ?? '1', 10);
  if (value === 0) return rowsLeft;
  return value > 0 ? Math.min(value, MAX_ROWSPAN) : 1;
}

function colSpan(attribute: string | undefined): number {
  const value = Number.parseInt(attribute ?? '1', 10);
  return value > 0 ? Math.min(value, MAX_COLSPAN) : 1;
}

/** Descendants that pass `test`, in document order (a data table has no table inside). */
function descendants(root: HtmlElement, test: (element: HtmlElement) => boolean): HtmlElement[] {
  const found: HtmlElement[] = [];
  const stack: HtmlNode[] = [...root.children].reverse();
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (!isElement(node)) continue;
    if (test(node)) found.push(node);
    for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i]);
  }
  return found;
}

/** The text of a cell (or caption), a line per paragraph or `<br>`; `&nbsp;` alone is blank. */
function cellText(cell: HtmlElement): string {
  const lines: string[] = [''];
  const stack: (HtmlNode | typeof LINE_END)[] = [...cell.children].reverse();
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node === LINE_END) lines.push('');
    else if (!isElement(node)) lines[lines.length - 1] += node;
    else {
      if (isBlock(node)) {
        lines.push('');
        stack.push(LINE_END);
      }
      for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i]);
    }
  }
  return lines
    .map(collapseSpaces)
    .filter((line) => line !== '')
    .join('\n');
}
