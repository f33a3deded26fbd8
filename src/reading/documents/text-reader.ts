/**
 * Reads a report pasted as text from a web page or Word: every table cell stands on its own
 * line led by a TAB, a blank line ends a table row, a line holding only a TAB is a blank cell,
 * and any line without a leading TAB is prose. Consecutive rows form one table.
 */
import { Block } from './blocks';

const TAB = '\t';

/** Splits text into paragraphs and tables, in reading order. */
export function readTextDocument(text: string): Block[] {
  const lines = toLines(text);
  const reader = new BlockCollector();
  lines.forEach((line, index) => {
    if (line.startsWith(TAB)) reader.addCells(cellsOf(line));
    else if (line.trim() === '') reader.endRow();
    else if (continuesCell(lines, index)) reader.continueCell(line.trim());
    else reader.addParagraph(line.trim());
  });
  return reader.finish();
}

function toLines(text: string): string[] {
  return text
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?/g, '\n')
    .split('\n');
}

/** A TAB-led line is one cell; copy tools sometimes put a whole row on one line, TAB-separated. */
function cellsOf(line: string): string[] {
  return line
    .slice(1)
    .split(TAB)
    .map((cell) => cell.trim());
}

/** Top-level section headings (三、…) are prose even when a table follows without a gap. */
const SECTION_HEADING = /^[一二三四五六七八九十]+、/;

/**
 * A TAB-less line between two cells is the second line of a cell that held a line break
 * (`结果` / blank line / `维持`): the copy lost the TAB of the continuation. It is only that
 * when a cell comes just before it (at most one blank line between) and a cell right after.
 */
function continuesCell(lines: string[], index: number): boolean {
  const line = lines[index].trim();
  if (SECTION_HEADING.test(line)) return false;
  const next = lines[index + 1];
  if (next === undefined || !next.startsWith(TAB)) return false;
  const before = lines[index - 1];
  if (before?.startsWith(TAB)) return true;
  return before?.trim() === '' && (lines[index - 2]?.startsWith(TAB) ?? false);
}

/** Accumulates rows into the open table and closes it when prose comes. */
class BlockCollector {
  private readonly blocks: Block[] = [];
  private rows: string[][] = [];
  private row: string[] | null = null;

  addCells(cells: string[]): void {
    this.row ??= [];
    this.row.push(...cells);
  }

  endRow(): void {
    if (this.row) this.rows.push(this.row);
    this.row = null;
  }

  /** Appends a line to the last cell; the blank line before it did not end the row. */
  continueCell(text: string): void {
    const row = this.row ?? this.rows.pop() ?? [''];
    row[row.length - 1] = row[row.length - 1] === '' ? text : `${row[row.length - 1]}\n${text}`;
    this.row = row;
  }

  addParagraph(text: string): void {
    this.closeTable();
    this.blocks.push({ kind: 'paragraph', text });
  }

  finish(): Block[] {
    this.closeTable();
    return this.blocks;
  }

  private closeTable(): void {
    this.endRow();
    if (this.rows.length > 0) this.blocks.push({ kind: 'table', rows: this.rows });
    this.rows = [];
  }
}
