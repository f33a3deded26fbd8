/**
 * One page as a person reads it: tables (text inside a ruled grid, else lines aligned in
 * columns) and lines of prose, top to bottom. The hub's reports are single-column documents.
 */
import { findAlignedTables } from './pdf-aligned-table';
import { centerX, centerY, contains, type Box, type PdfPageContent, type PdfText } from './pdf-geometry';
import { findGrids } from './pdf-grid';
import { groupLines, type TextLine } from './pdf-lines';
import { gridRows } from './pdf-table';

export type PageElement = { kind: 'table'; box: Box; rows: string[][] } | { kind: 'line'; line: TextLine };

export interface PageLayout {
  number: number;
  width: number;
  height: number;
  elements: PageElement[];
}

export function layoutPage(page: PdfPageContent): PageLayout {
  const grids = findGrids(page.rules);
  const textsOf = grids.map((): PdfText[] => []);
  const prose: PdfText[] = [];
  for (const text of page.texts) {
    const grid = grids.findIndex((candidate) => contains(candidate.box, centerX(text.box), centerY(text.box)));
    if (grid >= 0) textsOf[grid].push(text);
    else prose.push(text);
  }
  const tables = grids
    .map((grid, i): PageElement => ({ kind: 'table', box: grid.box, rows: gridRows(grid, textsOf[i]) }))
    .filter((table) => table.kind === 'table' && table.rows.length > 0);
  const lines = groupLines(prose);
  const aligned = findAlignedTables(lines);
  const inAligned = new Set(aligned.flatMap((table) => table.lines));
  const elements: PageElement[] = [
    ...tables,
    ...aligned.map((table): PageElement => ({ kind: 'table', box: table.box, rows: table.rows })),
    ...lines.filter((line) => !inAligned.has(line)).map((line): PageElement => ({ kind: 'line', line })),
  ];
  return { number: page.number, width: page.width, height: page.height, elements: elements.sort(byTop) };
}

export function elementBox(element: PageElement): Box {
  return element.kind === 'table' ? element.box : element.line.box;
}

function byTop(a: PageElement, b: PageElement): number {
  return elementBox(a).top - elementBox(b).top;
}
