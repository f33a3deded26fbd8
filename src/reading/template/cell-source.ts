/**
 * Where a stored number came from: every cell the reader fills carries its source, so that an
 * evaluator can see the document's own text behind each value. Offsets are into the document's
 * extracted text (what the form's reader saw, in reading order: `ParsedDocument.text`), so
 * `text === extractedText.slice(start, end)` always holds for a read cell.
 */
export interface CellSource {
  /** The cell's ReportData path: `applications.newReceived.total`, `channels.website` … */
  cell: string;
  /** The form the document was read as (DocumentFormat: TEXT, MARKDOWN, HTML, DOCX, PDF …). */
  form: string;
  /** 1-based page of a PDF; null for forms without pages. */
  page: number | null;
  /** The row's label as the document writes it. */
  rowLabel: string;
  /** The column's header as the document writes it, or the template's column title when the document prints none. */
  column: string;
  /** [start, end) in the extracted text: the exact characters the value was read from. */
  start: number;
  end: number;
  /** extractedText.slice(start, end). */
  text: string;
  /**
   * Set when the value was worked out rather than read as written: the rule that placed it
   * (`parse.derived` for a digit run split by the template's arithmetic, …). start/end/text
   * then cover the document text it was derived from.
   */
  derivedBy?: string;
}
