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
  let cursor = 0;
  const find = (piece: string): number => {
    const at = piece === '' ? -1 : text.indexOf(piece, cursor);
    // Whatever lies between the last piece found and this one is separators and unfound labels, never a number:
    // a value found past one would be another cell's.
    if (at < 0 || /\d/.test(text.slice(cursor, at))) return -1;
    cursor = at + piece.length;
    return at;
  };
  const located = blocks.map((block): Block => {
    if (block.kind === 'paragraph') return { ...block, start: find(block.text) };
    return { ...block, starts: block.rows.map((row) => row.map(find)) };
  });
  return { text, blocks: located };
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
