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
}

export type Block = ParagraphBlock | TableBlock;
