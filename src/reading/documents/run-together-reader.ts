/**
 * Reads crawler text whose table cells run together: one long line per section, a row's
 * label directly followed by its numbers (`规章000行政规范性文件8855698…`), now and then a
 * space where the page had &nbsp;. The reader finds the rows (run-together-rows) and keeps each
 * digit string whole: where one cell ends inside `8855698` only the template's arithmetic can
 * tell, so the tables it gives are marked `runTogether` for split-runs. Labels are cut into
 * cells at spaces and before numbering (`（三）不予公开1.属于国家秘密` is two cells), as the page's
 * merged heading cells were.
 */
import { Block } from './blocks';
import { labelOf, segmentLine, type Segment } from './run-together-rows';
import { CLOSING, OPENING, type Token } from './run-together-tokens';

export function readRunTogetherDocument(text: string): Block[] {
  const blocks = new BlockList();
  for (const line of text.replace(/^\uFEFF/, '').split(/\r\n?|\n/)) readLine(segmentLine(line), blocks);
  return blocks.finish();
}

function readLine(segments: Segment[], blocks: BlockList): void {
  let prose = '';
  segments.forEach((segment, i) => {
    const next = segments[i + 1];
    if (segment.kind === 'values') {
      if (!segment.row) prose += segment.raw;
      return;
    }
    if (next?.kind !== 'values' || !next.row) {
      prose += segment.text;
      return;
    }
    const { prose: before, label } = labelOf(segment.text);
    blocks.addParagraph(prose + before);
    prose = '';
    blocks.addRow([...labelCells(label), ...next.tokens.flatMap(valueCells)]);
  });
  blocks.addParagraph(prose);
}

/** Numbering that starts a new label cell: （三）, 一、, 1. — unless part of 第（一）项 or 十一、. */
const NUMBERING = /^(?:（[一二三四五六七八九十]{1,3}）|\([一二三四五六七八九十]{1,3}\)|[一二三四五六七八九十]{1,3}、|\d[.．、](?!\d))/;
const NOT_BEFORE_NUMBERING = /[第一二三四五六七八九十\d]/;

function labelCells(label: string): string[] {
  return label
    .split(/\s+/)
    .flatMap(splitBeforeNumbering)
    .filter((cell) => cell !== '');
}

/** Splits before numbering that stands outside brackets (not inside （单位：万元） and the like). */
function splitBeforeNumbering(part: string): string[] {
  const cells: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < part.length; i++) {
    const numbered = depth === 0 && i > start && !NOT_BEFORE_NUMBERING.test(part[i - 1]) && NUMBERING.test(part.slice(i));
    if (numbered) {
      cells.push(part.slice(start, i));
      start = i;
    }
    if (OPENING.includes(part[i])) depth++;
    else if (CLOSING.includes(part[i])) depth = Math.max(0, depth - 1);
  }
  return [...cells, part.slice(start)];
}

/** A digit string is one cell (split later); a run of dashes is one —— per pair. */
function valueCells(token: Token): string[] {
  if (token.kind !== 'mark') return [token.text];
  return Array.from({ length: Math.ceil(token.text.length / 2) }, () => token.text.slice(0, 2));
}

/** Rows in a table until prose comes; paragraphs as they are. */
class BlockList {
  private readonly blocks: Block[] = [];
  private rows: string[][] = [];

  addParagraph(text: string): void {
    if (text.trim() === '') return;
    this.closeTable();
    this.blocks.push({ kind: 'paragraph', text: text.trim() });
  }

  addRow(cells: string[]): void {
    this.rows.push(cells);
  }

  finish(): Block[] {
    this.closeTable();
    return this.blocks;
  }

  private closeTable(): void {
    if (this.rows.length > 0) this.blocks.push({ kind: 'table', rows: this.rows, runTogether: true });
    this.rows = [];
  }
}
