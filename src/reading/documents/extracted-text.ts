/**
 * The extracted text of a document and where its blocks stand in it (ParsedDocument), for the
 * readers that do not keep offsets as they read. A TEXT document's text is its own: its blocks
 * are found in it in reading order (locateBlocks). The other forms have no text of their own
 * that a reader could point into, so their text is their blocks written out, a paragraph or a
 * table row a line, cells TAB-separated (writeBlocks): what the reader saw, in reading order.
 */
import type { Block, ParsedDocument, TableBlock } from './blocks';

/** Paragraph and cell starts in `text`, searched forward from the block before; -1 where a cell is not one stretch of it. */
export function locateBlocks(text: string, blocks: Block[]): ParsedDocument {
  const finder = new ForwardFinder(text);
  const located = blocks.map((block): Block => {
    if (block.kind === 'paragraph') return { ...block, start: finder.find(block.text) };
    return { ...block, starts: block.rows.map((row) => row.map((cell) => finder.find(cell))) };
  });
  return { text, blocks: located };
}

/** Finds pieces of the text in order, each after the one before. */
class ForwardFinder {
  private cursor = 0;

  constructor(private readonly text: string) {}

  /**
   * Where `piece` starts, or -1 when it is not one stretch of the text. A piece the reader
   * joined from several lines (a cell that held a line break) is found line by line, so that
   * the search still moves past it.
   */
  find(piece: string): number {
    if (!piece.includes('\n')) return this.findLine(piece);
    const lines = piece.split('\n').map((line) => line.trim());
    const starts = lines.map((line) => this.findLine(line));
    const start = starts[0];
    return start >= 0 && this.text.startsWith(piece, start) ? start : -1;
  }

  private findLine(piece: string): number {
    const at = piece === '' ? -1 : this.text.indexOf(piece, this.cursor);
    // Between the last piece found and this one lie separators and pieces the reader changed, never a
    // number: a value found past one would be another cell's.
    if (at < 0 || /\d/.test(this.text.slice(this.cursor, at))) return -1;
    this.cursor = at + piece.length;
    return at;
  }
}

/** The blocks written out as text, each paragraph and table row on a line of its own, with their offsets in it. */
export function writeBlocks(blocks: Block[]): ParsedDocument {
  const parts: string[] = [];
  let length = 0;
  const write = (piece: string): number => {
    const at = length;
    parts.push(piece);
    length += piece.length;
    return at;
  };
  const written = blocks.map((block): Block => {
    if (block.kind === 'paragraph') {
      const start = write(block.text);
      write('\n');
      return { ...block, start };
    }
    return { ...block, starts: block.rows.map((row) => writeRow(row, write)) };
  });
  return { text: parts.join(''), blocks: written };
}

function writeRow(row: TableBlock['rows'][number], write: (piece: string) => number): number[] {
  const starts = row.map((cell, i) => {
    if (i > 0) write('\t');
    return write(cell);
  });
  write('\n');
  return starts;
}
