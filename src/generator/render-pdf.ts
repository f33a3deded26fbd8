/**
 * Renders a ReportData as a PDF laid out as township reports are printed: a centred title
 * (broken before the year when it is long), numbered headings, indented paragraphs, ruled
 * tables with merged cells whose rows run over page breaks, a signature, a running header
 * and "- n -" page numbers. It gives the PDF reader generated documents whose contents are
 * known, for round trips and benchmarks.
 */
import { layoutRows } from '../reading/documents/span-table';
import type { SpanTable } from '../reading/documents/span-table';
import type { ReportData } from '../reading/template/report-data';
import { assertNever } from './assert-never';
import { CELL_PADDING, layoutTable, lineHeight, wrapLines, type PlacedCell, type TableLayout } from './pdf-table-layout';
import { textWidth, writePdf, type PdfPageSpec } from './pdf-writer';
import { reportOutline, reportTitle, type OutlineItem } from './report-outline';

const PAGE = { width: 595, height: 842, left: 72, right: 523, top: 72, bottom: 770 };
const BODY_WIDTH = PAGE.right - PAGE.left;
const SIZES = { title: 18, heading: 14, body: 12, table: 9, furniture: 9 };
const PARAGRAPH_GAP = 6;

export interface RenderPdfOptions {
  /** Draw the tables' borders (the usual); without them only the text's alignment shows the columns. */
  ruling: boolean;
}

export function renderPdf(data: ReportData, options: RenderPdfOptions = { ruling: true }): Buffer {
  const flow = new PageFlow(`${data.organization ?? ''}${data.year ?? ''}年度报告`);
  for (const item of reportOutline(data)) renderItem(flow, item, data, options);
  return writePdf(flow.finish());
}

function renderItem(flow: PageFlow, item: OutlineItem, data: ReportData, options: RenderPdfOptions): void {
  switch (item.kind) {
    case 'title':
      return titleLines(data).forEach((line) => flow.centred(line, SIZES.title));
    case 'heading':
      return flow.prose(item.text, SIZES.heading, 2 * SIZES.body);
    case 'paragraph':
      return flow.prose(item.text, SIZES.body, 2 * SIZES.body);
    case 'signature':
      return flow.rightAligned(item.text, SIZES.body);
    case 'table':
      return drawTable(flow, item.table, options);
    default:
      return assertNever(item);
  }
}

/** A title too wide for one line breaks between the organization and the year, as printed titles do. */
function titleLines(data: ReportData): string[] {
  const title = reportTitle(data);
  if (textWidth(title, SIZES.title) <= BODY_WIDTH || !data.organization) return [title];
  return [data.organization, title.slice(data.organization.length)];
}

/** Where the next line goes, page by page; furniture is written when the pages are done. */
class PageFlow {
  private readonly pages: PdfPageSpec[] = [];
  page!: PdfPageSpec;
  y = 0;

  constructor(private readonly header: string) {
    this.newPage();
  }

  newPage(): void {
    this.page = { width: PAGE.width, height: PAGE.height, texts: [], lines: [] };
    this.pages.push(this.page);
    this.y = PAGE.top;
  }

  /** Starts a new page unless `height` more fits on this one. */
  ensure(height: number): void {
    if (this.y + height > PAGE.bottom && this.y > PAGE.top) this.newPage();
  }

  /** One line of `size` at the cursor, `x` from its text. */
  private nextLine(size: number, text: string, x: (text: string) => number): void {
    this.ensure(lineHeight(size) * 1.3);
    this.y += lineHeight(size) * 1.3;
    this.page.texts?.push({ x: x(text), y: this.y - size * 0.3, size, text });
  }

  centred(text: string, size: number): void {
    this.nextLine(size, text, (line) => PAGE.left + (BODY_WIDTH - textWidth(line, size)) / 2);
  }

  rightAligned(text: string, size: number): void {
    this.nextLine(size, text, (line) => PAGE.right - textWidth(line, size));
  }

  prose(text: string, size: number, indent: number): void {
    wrapLines(text, BODY_WIDTH, size, indent).forEach((line, i) => this.nextLine(size, line, () => PAGE.left + (i === 0 ? indent : 0)));
    this.y += PARAGRAPH_GAP;
  }

  finish(): PdfPageSpec[] {
    this.pages.forEach((page, i) => {
      page.texts?.push({ x: PAGE.left, y: 40, size: SIZES.furniture, text: this.header });
      const number = `- ${i + 1} -`;
      page.texts?.push({ x: (PAGE.width - textWidth(number, SIZES.furniture)) / 2, y: 805, size: SIZES.furniture, text: number });
    });
    return this.pages;
  }
}

/** The rows drawn on one page: [from, to), and the top of the first. */
interface Segment {
  page: PdfPageSpec;
  top: number;
  from: number;
  to: number;
}

function drawTable(flow: PageFlow, table: SpanTable, options: RenderPdfOptions): void {
  if (layoutRows(table).length === 0) return;
  const layout = layoutTable(table, BODY_WIDTH, SIZES.table);
  const segments = paginate(flow, layout.heights);
  for (const cell of layout.cells) drawCell(layout, segments, cell, options);
  flow.y += PARAGRAPH_GAP;
}

/** Breaks the rows over pages where the next row no longer fits; the flow ends below the last row. */
function paginate(flow: PageFlow, heights: number[]): Segment[] {
  const segments: Segment[] = [];
  heights.forEach((height, row) => {
    const current = segments[segments.length - 1];
    if (current === undefined || flow.y + height > PAGE.bottom) {
      if (current === undefined) flow.ensure(height);
      else flow.newPage();
      segments.push({ page: flow.page, top: flow.y, from: row, to: row });
    }
    segments[segments.length - 1].to = row + 1;
    flow.y += height;
  });
  return segments;
}

/**
 * A cell's border on every page its rows reach (a merged cell cut by a page break is drawn
 * as two cells, as word processors do), its text in the first part, centred vertically.
 */
function drawCell(layout: TableLayout, segments: Segment[], cell: PlacedCell, options: RenderPdfOptions): void {
  const left = PAGE.left + layout.xs[cell.col];
  const right = PAGE.left + layout.xs[cell.col + cell.colSpan];
  const parts = segments.filter((segment) => segment.from < cell.row + cell.rowSpan && cell.row < segment.to);
  parts.forEach((segment, i) => {
    const top = rowTop(layout, segment, Math.max(cell.row, segment.from));
    const bottom = rowTop(layout, segment, Math.min(cell.row + cell.rowSpan, segment.to));
    if (options.ruling) {
      segment.page.lines?.push(
        { x1: left, y1: top, x2: right, y2: top },
        { x1: left, y1: bottom, x2: right, y2: bottom },
        { x1: left, y1: top, x2: left, y2: bottom },
        { x1: right, y1: top, x2: right, y2: bottom },
      );
    }
    if (i === 0) drawCellText(segment.page, cell.text, { left, right, top, bottom });
  });
}

function rowTop(layout: TableLayout, segment: Segment, row: number): number {
  return segment.top + layout.heights.slice(segment.from, row).reduce((a, b) => a + b, 0);
}

/** Numbers centred in their cells, words from the left, as the template prints them. */
function drawCellText(page: PdfPageSpec, text: string, box: { left: number; right: number; top: number; bottom: number }): void {
  const size = SIZES.table;
  const lines = wrapLines(text, box.right - box.left - 2 * CELL_PADDING, size);
  const pitch = lineHeight(size);
  const first = (box.top + box.bottom) / 2 - (lines.length * pitch) / 2;
  lines.forEach((line, i) => {
    if (line === '') return;
    const numeric = /^[\d.,\-—]+$/.test(line);
    const x = numeric ? (box.left + box.right - textWidth(line, size)) / 2 : box.left + CELL_PADDING;
    page.texts?.push({ x, y: first + (i + 1) * pitch - size * 0.3, size, text: line });
  });
}
