/**
 * What every document reader produces: the document's content in reading order, as
 * paragraphs of prose and tables of cells. Readers know the form (text, HTML, .docx …);
 * nothing after them does.
 */

export interface ParagraphBlock {
  kind: 'paragraph';
  text: string;
  /** Where `text` starts in the document's extracted text (ParsedDocument.text), when it is one stretch of it. */
  start?: number;
  /** 1-based page of a PDF. */
  page?: number;
}

/**
 * A table as rows of cell texts. A cell may hold a line break ("结果\n维持"). A merged
 * (row-spanning) cell appears once; later rows that it spans start with an empty cell.
 */
export interface TableBlock {
  kind: 'table';
  rows: string[][];
  /**
   * The reader could not see where cells end inside a digit string: crawler text writes
   * 88 | 55 | 698 as `8855698`. A value cell of digits may then hold several cells, which
   * the template splits by its own arithmetic. Absent for every other form.
   */
  runTogether?: boolean;
  /**
   * Where each cell starts in the document's extracted text, parallel to `rows`:
   * `text.slice(start, start + cell.length) === cell`, or -1 for a cell that is not one stretch
   * of it (a label joined from two lines). Set by every reader; absent only for blocks made by hand.
   */
  starts?: number[][];
  /** 1-based page of each row of a PDF. */
  pages?: number[];
}

export type Block = ParagraphBlock | TableBlock;

/**
 * A document as its reader saw it: the extracted text in reading order (the document's own
 * text for TEXT; for other forms the text of its blocks, one paragraph or table row a line,
 * cells TAB-separated) and its blocks, whose offsets point into that text.
 */
export interface ParsedDocument {
  text: string;
  blocks: Block[];
}
