/**
 * Renders a ReportData as a Word (.docx) document, as township staff write it: a centred
 * title, headings, paragraphs, the template's tables with real merged cells (Word's vMerge
 * and gridSpan, from the docx package's rowSpan/columnSpan) and the signature on the right.
 */
import { AlignmentType, Document, HeadingLevel, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';
import type { SpanCell, SpanTable } from '../reading/documents/span-table';
import type { ReportData } from '../reading/template/report-data';
import { assertNever } from './assert-never';
import { reportOutline, type OutlineItem } from './report-outline';

/** The text width of an A4 page with Word's default margins, in twentieths of a point. */
const PAGE_WIDTH = 9026;

function tableCell(cell: SpanCell): TableCell {
  return new TableCell({
    children: cell.text.split('\n').map((line) => new Paragraph({ text: line, alignment: AlignmentType.CENTER })),
    rowSpan: cell.rowSpan,
    columnSpan: cell.colSpan,
  });
}

/** Word needs the table's grid; the first row has no cell merged from above, so it spans it all. */
function table(rows: SpanTable): Table {
  const columns = rows[0].reduce((sum, first) => sum + first.colSpan, 0);
  return new Table({
    width: { size: PAGE_WIDTH, type: WidthType.DXA },
    columnWidths: Array.from({ length: columns }, () => Math.floor(PAGE_WIDTH / columns)),
    rows: rows.map((row) => new TableRow({ children: row.map(tableCell) })),
  });
}

function element(item: OutlineItem): Paragraph | Table {
  switch (item.kind) {
    case 'title':
      return new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ text: item.text, bold: true, size: 36 })] });
    case 'heading':
      return new Paragraph({ text: item.text, heading: HeadingLevel.HEADING_2 });
    case 'paragraph':
      return new Paragraph({ text: item.text, indent: { firstLine: 640 } });
    case 'signature':
      return new Paragraph({ text: item.text, alignment: AlignmentType.RIGHT });
    case 'table':
      return table(item.table);
    default:
      return assertNever(item);
  }
}

export function renderDocx(data: ReportData): Promise<Buffer> {
  const document = new Document({ sections: [{ children: reportOutline(data).map(element) }] });
  return Packer.toBuffer(document);
}
