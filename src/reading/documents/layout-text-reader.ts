/**
 * Reads the text `pdftotext -layout` makes of a PDF: every line laid out as on the page, so a
 * table's columns survive only as where their text stands on the line, labels wrap onto two or
 * three lines inside their cell (the values on the middle line), a blank cell leaves nothing but
 * spaces, and pages end with a form feed. Rows are the lines that end in values; the values are
 * placed in their columns by position (the centres of the fullest rows of the same page and
 * header), so a blank cell keeps its column and a neighbour cannot slide into it. A row whose
 * values cannot be placed by position keeps only its values, in a table marked `runTogether`,
 * where the template's arithmetic decides or leaves them blank: never a guess by order.
 * Prose lines (sentences) are joined back into paragraphs.
 */
import type { Block, ParsedDocument, TableBlock } from './blocks';
import { locateBlocks } from './extracted-text';

interface Token {
  text: string;
  start: number;
  end: number;
}

interface ValueLine {
  /** The line's text before its values, cut into cells at gaps of two or more spaces. */
  label: string[];
  values: Token[];
}

type Line =
  { kind: 'values'; line: ValueLine; page: number } | { kind: 'text'; text: string; indent: number; page: number } | { kind: 'blank' };

const VALUE = /^(?:-?\d{1,3}(?:,\d{3})+(?:\.\d+)?|-?\d+(?:\.\d+)?|——|—|--|-|\/)$/;
const PAGE_NUMBER = /^[-—－\s]*\d+[-—－\s]*$|^第\s*\d+\s*页/;
/** Numbering that opens a new label: 一、 （三） 1. */
const NUMBERING = /^(?:[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十]{1,3}[)）]|\d{1,2}[.．、](?!\d)|其中[:：])/;
/** A line of prose: a sentence, or a long line without table gaps and with a clause comma. */
const SENTENCE = /[。；！？]/;
const GAP = /\s{2,}/;
/** The unit column of the platform table. */
const UNIT = /^(?:条|次|篇|个|件|项|人次)$/;

/** Whether text is laid out in columns: several lines whose values stand apart from their labels. */
export function looksLaidOut(lines: string[]): boolean {
  return lines.filter((line) => valueLine(line) !== undefined && /\S\s{3,}\S/.test(line)).length >= 5;
}

export function readLayoutText(text: string): ParsedDocument {
  const lines = classify(text);
  return locateBlocks(text, new LayoutBlocks(lines).read());
}

function classify(text: string): Line[] {
  let page = 1;
  const lines: Line[] = [];
  for (const raw of text.replace(/\r\n?/g, '\n').split('\n')) {
    if (raw.includes('\f')) page++;
    const line = raw.replace(/\f/g, '');
    const trimmed = line.trim();
    if (trimmed === '' || PAGE_NUMBER.test(trimmed)) {
      lines.push({ kind: 'blank' });
      continue;
    }
    const values = SENTENCE.test(trimmed) ? undefined : valueLine(line);
    lines.push(
      values
        ? { kind: 'values', line: values, page }
        : { kind: 'text', text: trimmed, indent: line.length - line.trimStart().length, page },
    );
  }
  return lines;
}

/** The values a line ends in (after a gap of two or more spaces, or alone on it), and its label cells. */
function valueLine(line: string): ValueLine | undefined {
  const tokens = [...line.matchAll(/\S+/g)].map((match) => ({ text: match[0], start: match.index, end: match.index + match[0].length }));
  let first = tokens.length;
  while (first > 0 && VALUE.test(tokens[first - 1].text)) first--;
  if (first === tokens.length || !tokens.slice(first).some((token) => /\d/.test(token.text))) return undefined;
  const labelEnd = first === 0 ? 0 : tokens[first - 1].end;
  if (first > 0 && !GAP.test(line.slice(labelEnd, tokens[first].start))) return undefined;
  const label = line
    .slice(0, labelEnd)
    .split(GAP)
    .map((cell) => cell.trim())
    .filter((cell) => cell !== '');
  return { label, values: tokens.slice(first) };
}

interface Row {
  cells: string[];
  values: Token[];
  page: number;
  /** The index of the header the row stands under, for its columns. */
  section: number;
}

/** Groups the classified lines into paragraphs and tables. */
class LayoutBlocks {
  private readonly blocks: Block[] = [];
  private rows: Row[] = [];
  private pending: string[] = [];
  private paragraph: string[] = [];
  private section = 0;

  constructor(private readonly lines: Line[]) {}

  read(): Block[] {
    this.lines.forEach((line, i) => {
      switch (line.kind) {
        case 'values':
          return this.addRow(line.line, line.page);
        case 'text':
          return this.addText(line.text, line.indent, line.page, this.lines[i + 1]);
        case 'blank':
          return this.endParagraph();
        default: {
          const unknown: never = line;
          throw new Error(`unknown line ${JSON.stringify(unknown)}`);
        }
      }
    });
    this.closeTable();
    this.endParagraph();
    return this.blocks;
  }

  private addRow(line: ValueLine, page: number): void {
    this.endParagraph();
    this.rows.push({ cells: [...this.pending, ...line.label], values: line.values, page, section: this.section });
    this.pending = [];
  }

  /**
   * Inside a table, a text line is a header (several cells), the start of the next row's label
   * (it opens with numbering) or the rest of the last row's label; outside one, or when it is
   * a sentence, it is prose.
   */
  private addText(text: string, indent: number, page: number, next: Line | undefined): void {
    const inTable = this.rows.length > 0 || this.pending.length > 0;
    const cells = text.split(GAP).filter((cell) => cell !== '');
    if (SENTENCE.test(text) || (!inTable && !opensTable(text, next))) {
      this.closeTable();
      this.addProse(text, indent);
      return;
    }
    // A row whose cell is blank: its label and unit (1.政府公报公开政府信息数   条) and nothing after them.
    if (this.rows.length > 0 && cells.length > 1 && UNIT.test(cells[cells.length - 1])) {
      this.rows.push({ cells: [...this.pending, ...cells, ''], values: [], page, section: this.section });
      this.pending = [];
      return;
    }
    if (cells.length > 1 && !NUMBERING.test(text)) this.section++;
    const last = this.rows[this.rows.length - 1];
    if (last && this.pending.length === 0 && !NUMBERING.test(text) && cells.length === 1) last.cells.unshift(text);
    else this.pending.push(...cells);
  }

  private addProse(text: string, indent: number): void {
    // An indented line starts a paragraph; the lines after it continue it.
    if (indent >= 2) this.endParagraph();
    this.paragraph.push(text);
  }

  private endParagraph(): void {
    if (this.paragraph.length > 0) this.blocks.push({ kind: 'paragraph', text: this.paragraph.join('') });
    this.paragraph = [];
  }

  private closeTable(): void {
    if (this.rows.length > 0) this.blocks.push(tableOf(this.rows));
    else if (this.pending.length > 0) this.pending.forEach((text) => this.blocks.push({ kind: 'paragraph', text }));
    this.rows = [];
    this.pending = [];
  }
}

/** A text line outside a table opens one when a row of values follows it closely. */
function opensTable(text: string, next: Line | undefined): boolean {
  return next?.kind === 'values' || (next?.kind === 'text' && !SENTENCE.test(next.text) && text.length <= 40 && !/，/.test(text));
}

/**
 * The rows with their values in columns. Columns are the value centres of the fullest rows of
 * the same page and header; a row with fewer values takes, for each value, the column whose
 * centre is nearest, and a blank cell in every other. A row whose values cannot be placed so
 * (two in one column, one far from every column) keeps only its values.
 */
function tableOf(rows: Row[]): TableBlock {
  const placed = rows.map((row) => {
    const columns = columnsFor(rows, row);
    const cells = columns ? placeByPosition(row.values, columns) : undefined;
    return [...row.cells, ...(cells ?? row.values.map((value) => value.text))];
  });
  return { kind: 'table', rows: placed, runTogether: true, pages: rows.map((row) => row.page) };
}

function columnsFor(rows: Row[], row: Row): number[] | undefined {
  const siblings = rows.filter((other) => other.page === row.page && other.section === row.section);
  const widest = Math.max(...siblings.map((other) => other.values.length));
  if (row.values.length === widest || row.values.length === 0) return undefined;
  const full = siblings.filter((other) => other.values.length === widest);
  return full[0].values.map((_, i) => median(full.map((other) => centre(other.values[i]))));
}

function placeByPosition(values: Token[], columns: number[]): string[] | undefined {
  const cells = columns.map(() => '');
  const spacing = Math.min(...columns.slice(1).map((column, i) => column - columns[i]), Infinity);
  for (const value of values) {
    const at = centre(value);
    const nearest = columns.reduce((best, column, i) => (Math.abs(column - at) < Math.abs(columns[best] - at) ? i : best), 0);
    if (cells[nearest] !== '' || Math.abs(columns[nearest] - at) > spacing / 2) return undefined;
    cells[nearest] = value.text;
  }
  return cells;
}

function centre(token: Token): number {
  return (token.start + token.end) / 2;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}
