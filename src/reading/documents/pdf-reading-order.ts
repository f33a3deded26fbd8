/**
 * Laid-out pages → blocks in reading order. A table that ends one page and starts the next
 * (page furniture already gone) at the same width is one table: its rows run on, and header
 * rows the writer repeated at the top of the new page are dropped. Prose lines between
 * tables become paragraphs.
 */
import type { Block } from './blocks';
import type { Box } from './pdf-geometry';
import type { PageElement, PageLayout } from './pdf-page-layout';
import { bodyMargins, paragraphs, type ProseLine } from './pdf-paragraphs';

/** Table edges this close (as a share of the page width) are the same table's. */
const SAME_EDGE = 0.03;

type Table = Extract<PageElement, { kind: 'table' }>;

interface Placed {
  element: PageElement;
  page: PageLayout;
}

export function toBlocks(pages: readonly PageLayout[]): Block[] {
  const placed: Placed[] = pages.flatMap((page) => page.elements.map((element) => ({ element, page })));
  const margins = bodyMargins(placed.flatMap(proseLine));
  const blocks: Block[] = [];
  let prose: ProseLine[] = [];
  let table: { last: Placed; rows: string[][] } | undefined;
  const closeProse = () => {
    blocks.push(...paragraphs(prose, margins).map((text): Block => ({ kind: 'paragraph', text })));
    prose = [];
  };
  const closeTable = () => {
    if (table) blocks.push({ kind: 'table', rows: table.rows });
    table = undefined;
  };
  for (const item of placed) {
    if (item.element.kind === 'line') {
      closeTable();
      prose.push(...proseLine(item));
    } else if (table && continues(table.last, item)) {
      table.rows.push(...withoutRepeatedHeader(table.rows, item.element.rows));
      table.last = item;
    } else {
      closeProse();
      closeTable();
      table = { last: item, rows: [...item.element.rows] };
    }
  }
  closeProse();
  closeTable();
  return blocks;
}

function proseLine({ element, page }: Placed): ProseLine[] {
  return element.kind === 'line' ? [{ line: element.line, page: page.number }] : [];
}

/** `next` comes straight after `last` (nothing between them), on a later page, with the same edges. */
function continues(last: Placed, next: Placed): boolean {
  if (last.element.kind !== 'table' || next.element.kind !== 'table' || next.page.number <= last.page.number) return false;
  return sameEdges(last.element.box, next.element.box, SAME_EDGE * next.page.width);
}

function sameEdges(a: Box, b: Box, tolerance: number): boolean {
  return Math.abs(a.left - b.left) <= tolerance && Math.abs(a.right - b.right) <= tolerance;
}

/** The continuation's leading header rows (no numbers) that repeat the table's first rows word for word. */
function withoutRepeatedHeader(rows: readonly string[][], continuation: Table['rows']): string[][] {
  let repeated = 0;
  while (repeated < continuation.length && repeated < rows.length && sameHeader(rows[repeated], continuation[repeated])) repeated++;
  return continuation.slice(repeated);
}

function sameHeader(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((cell, i) => cell === b[i] && !/\d/.test(cell));
}
