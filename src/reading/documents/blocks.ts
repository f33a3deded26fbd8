/**
 * What every document reader produces: the document's content in reading order, as
 * paragraphs of prose and tables of cells. Readers know the form (text, HTML, .docx …);
 * nothing after them does.
 */

export interface ParagraphBlock {
  kind: 'paragraph';
  text: string;
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
}

export type Block = ParagraphBlock | TableBlock;
