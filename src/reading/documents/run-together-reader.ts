/**
 * Reads text whose table structure was lost on the way: crawler text with one long line per
 * section or the whole report on one line, headings glued to the sentences around them, a cell
 * per line with blank lines between, irregular spaces. The tables are found by the template's
 * words (run-together-regions); every digit string stays whole, since where one cell ends inside
 * `8855698` only the template's arithmetic can tell, so the tables are marked `runTogether` for
 * split-runs. Labels are cut into cells before numbering (`（三）不予公开1.属于国家秘密` is two
 * cells), as the page's merged heading cells were. The prose around the tables is read a line
 * at a time. Every cell and paragraph keeps where it starts in the text.
 */
import type { Block, ParsedDocument } from './blocks';
import { findTables, type FoundRow, type FoundTable } from './run-together-regions';
import { CLOSING, OPENING } from './run-together-tokens';

export function readRunTogetherDocument(text: string): ParsedDocument {
  const blocks: Block[] = [];
  let at = 0;
  for (const table of findTables(text)) {
    blocks.push(...paragraphs(text, at, table.start), tableBlock(text, table));
    at = table.end;
  }
  blocks.push(...paragraphs(text, at, text.length));
  return { text, blocks };
}

/** The prose between `start` and `end`, a paragraph per non-blank line. */
function paragraphs(text: string, start: number, end: number): Block[] {
  const blocks: Block[] = [];
  const line = /[^\r\n]+/g;
  const stretch = text.slice(start, end);
  for (let match = line.exec(stretch); match; match = line.exec(stretch)) {
    const trimmed = trimmedSpan(text, start + match.index, start + match.index + match[0].length);
    // A byte order mark is no text of the paragraph.
    if (trimmed.text !== '' && trimmed.text !== '\uFEFF') blocks.push({ kind: 'paragraph', text: trimmed.text, start: trimmed.start });
  }
  return blocks;
}

function tableBlock(text: string, table: FoundTable): Block {
  const rows = table.rows.map((row) => rowCells(text, row));
  return {
    kind: 'table',
    runTogether: true,
    rows: rows.map((row) => row.map((cell) => cell.text)),
    starts: rows.map((row) => row.map((cell) => cell.start)),
  };
}

interface Cell {
  text: string;
  start: number;
}

function rowCells(text: string, row: FoundRow): Cell[] {
  const labels = labelCells(text, row.label.start, row.label.end);
  return [...labels, ...row.values.flatMap((value) => valueCells(text, value.kind, value.start, value.end))];
}

/** A digit string is one cell (split later); a run of dashes is one —— per pair. */
function valueCells(text: string, kind: 'digits' | 'mark' | 'text' | 'gap', start: number, end: number): Cell[] {
  if (kind !== 'mark') return [{ text: text.slice(start, end), start }];
  const pairs = Math.ceil((end - start) / 2);
  return Array.from({ length: pairs }, (_, i) => ({
    text: text.slice(start + 2 * i, Math.min(end, start + 2 * i + 2)),
    start: start + 2 * i,
  }));
}

/** Numbering that starts a new label cell: （三）, 一、, 1. — unless part of 第（一）项 or 十一、. */
const NUMBERING = /^(?:（[一二三四五六七八九十]{1,3}）|\([一二三四五六七八九十]{1,3}\)|[一二三四五六七八九十]{1,3}、|\d[.．、](?!\d))/;
const NOT_BEFORE_NUMBERING = /[第一二三四五六七八九十\d]/;

/** The label text cut before numbering that stands outside brackets (not inside （单位：万元） and the like). */
function labelCells(text: string, start: number, end: number): Cell[] {
  const cuts = [start];
  let depth = 0;
  for (let i = start; i < end; i++) {
    const numbered = depth === 0 && i > start && !NOT_BEFORE_NUMBERING.test(text[i - 1]) && NUMBERING.test(text.slice(i, i + 6));
    if (numbered) cuts.push(i);
    if (OPENING.includes(text[i])) depth++;
    else if (CLOSING.includes(text[i])) depth = Math.max(0, depth - 1);
  }
  cuts.push(end);
  return cuts
    .slice(0, -1)
    .map((cut, i) => trimmedSpan(text, cut, cuts[i + 1]))
    .filter((cell) => cell.text !== '');
}

/** The stretch [start, end) without the whitespace at its ends, and where it then starts. */
function trimmedSpan(text: string, start: number, end: number): Cell {
  let from = start;
  let to = end;
  while (from < to && /\s/.test(text[from])) from++;
  while (to > from && /\s/.test(text[to - 1])) to--;
  return { text: text.slice(from, to), start: from };
}
