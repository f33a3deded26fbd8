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
import { columnsOfValues, median } from './column-placement';
import { isTextInCell } from './text-in-cell';
/** A piece of a line: its text, its columns on the line [start, end), and where it starts in the document's text. */
interface Token {
  text: string;
  start: number;
  end: number;
  at: number;
}

interface ValueLine {
  /** The line's text before its values, cut into cells at gaps of two or more spaces. */
  label: Token[];
  /** Where the label ends on the line. */
  labelEnd: number;
  values: Token[];
}

type Line =
  | { kind: 'values'; line: ValueLine; page: number }
  | { kind: 'text'; text: string; cells: Token[]; raw: string; indent: number; page: number }
  | { kind: 'blank' };

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
  return lines.filter((line) => valueLine(line, 0) !== undefined && /\S\s{3,}\S/.test(line)).length >= 5;
}

/** The document's own text is its extracted text: every cell points into it. */
export function readLayoutText(text: string): ParsedDocument {
  return { text, blocks: new LayoutBlocks(classify(text)).read() };
}

function classify(text: string): Line[] {
  let page = 1;
  const lines: Line[] = [];
  for (const match of text.matchAll(/[^\r\n]*(?:\r\n?|\n|$)/g)) {
    if (match[0] === '') break;
    const line = match[0].replace(/[\r\n]+$/, '');
    if (line.includes('\f')) page++;
    const trimmed = line.trim();
    if (trimmed === '' || PAGE_NUMBER.test(trimmed)) {
      lines.push({ kind: 'blank' });
      continue;
    }
    const values = SENTENCE.test(trimmed) ? undefined : valueLine(line, match.index);
    const indent = line.length - line.trimStart().length;
    lines.push(
      values
        ? { kind: 'values', line: values, page }
        : { kind: 'text', text: trimmed, cells: cellsOf(line, match.index), raw: line, indent, page },
    );
  }
  return lines;
}

/** The line's pieces: runs of text with no gap of two spaces in them. */
function cellsOf(line: string, offset: number, pattern = /\S+(?: \S+)*/g): Token[] {
  return [...line.matchAll(pattern)].map((match) => ({
    text: match[0],
    start: match.index,
    end: match.index + match[0].length,
    at: offset + match.index,
  }));
}

/** The values a line ends in (after a gap of two or more spaces, or alone on it), and its label cells. */
function valueLine(line: string, offset: number): ValueLine | undefined {
  const tokens = cellsOf(line, offset, /\S+/g);
  let first = tokens.length;
  while (first > 0 && isValue(tokens[first - 1].text)) first--;
  if (first === tokens.length || !tokens.slice(first).some((token) => /\d/.test(token.text) || isTextInCell(token.text))) return undefined;
  const labelEnd = first === 0 ? 0 : tokens[first - 1].end;
  if (first > 0 && !GAP.test(line.slice(labelEnd, tokens[first].start))) return undefined;
  return { label: cellsOf(line.slice(0, labelEnd), offset), labelEnd, values: tokens.slice(first) };
}

/** A value, or text written where one should stand (`=1+2`, `见附件`), kept for the issue that names it. */
function isValue(token: string): boolean {
  return VALUE.test(token) || isTextInCell(token);
}

interface Row {
  cells: Token[];
  values: Token[];
  labelEnd: number;
  page: number;
  /** The index of the header the row stands under, for its columns. */
  section: number;
}

/** The centres of a section's fullest header line's cells: the columns of a table with a single row (table 4). */
type HeaderColumns = Map<number, number[]>;

/** Groups the classified lines into paragraphs and tables. */
class LayoutBlocks {
  private readonly blocks: Block[] = [];
  private rows: Row[] = [];
  private pending: Token[] = [];
  private paragraph: string[] = [];
  private section = 0;
  private readonly headers: HeaderColumns = new Map();

  constructor(private readonly lines: Line[]) {}

  read(): Block[] {
    this.lines.forEach((line, i) => {
      switch (line.kind) {
        case 'values':
          return this.addRow(line.line, line.page);
        case 'text':
          return this.addText(line, this.lines[i + 1]);
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
    this.rows.push({ cells: [...this.pending, ...line.label], values: line.values, labelEnd: line.labelEnd, page, section: this.section });
    this.pending = [];
  }

  /**
   * Inside a table, a text line is a header (several cells), the start of the next row's label
   * (it opens with numbering) or the rest of the last row's label; outside one, or when it is
   * a sentence, it is prose.
   */
  private addText(line: Extract<Line, { kind: 'text' }>, next: Line | undefined): void {
    const { text, cells, raw, indent, page } = line;
    const inTable = this.rows.length > 0 || this.pending.length > 0;
    if (SENTENCE.test(text) || (!inTable && !opensTable(text, next))) {
      this.closeTable();
      this.addProse(text, indent);
      return;
    }
    // A row whose cell is blank: its label and unit (1.政府公报公开政府信息数   条) and nothing after them.
    if (this.rows.length > 0 && cells.length > 1 && UNIT.test(cells[cells.length - 1].text)) {
      const blank = { text: '', start: 0, end: 0, at: -1 };
      this.rows.push({ cells: [...this.pending, ...cells, blank], values: [], labelEnd: 0, page, section: this.section });
      this.pending = [];
      return;
    }
    if (cells.length > 1 && !NUMBERING.test(text)) this.noteHeader(raw);
    const last = this.rows[this.rows.length - 1];
    if (last && this.pending.length === 0 && !NUMBERING.test(text) && cells.length === 1) last.cells.unshift(cells[0]);
    else this.pending.push(...cells);
  }

  /**
   * A header line starts a section, unless it continues the header just before it (a header
   * wraps over several lines); the fullest header line of a section gives its columns.
   */
  private noteHeader(raw: string): void {
    const centres = [...raw.matchAll(/\S+(?: \S+)*/g)].map((match) => match.index + match[0].length / 2);
    const lastRow = this.rows[this.rows.length - 1];
    if (!lastRow || lastRow.section === this.section) this.section++;
    const known = this.headers.get(this.section);
    if (!known || centres.length > known.length) this.headers.set(this.section, centres);
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
    if (this.rows.length > 0) this.blocks.push(tableOf(this.rows, this.headers));
    else this.pending.forEach((cell) => this.blocks.push({ kind: 'paragraph', text: cell.text, start: cell.at }));
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
function tableOf(rows: Row[], headers: HeaderColumns): TableBlock {
  const placed = rows.map((row) => {
    const columns = columnsFor(rows, row, headers);
    const cells = columns ? placeByPosition(row.values, columns) : undefined;
    return [...row.cells, ...(cells ?? row.values)];
  });
  return {
    kind: 'table',
    rows: placed.map((row) => row.map((cell) => cell.text)),
    starts: placed.map((row) => row.map((cell) => cell.at)),
    runTogether: true,
    pages: rows.map((row) => row.page),
  };
}

function columnsFor(rows: Row[], row: Row, headers: HeaderColumns): number[] | undefined {
  if (row.values.length === 0) return undefined;
  const siblings = rows.filter((other) => other.page === row.page && other.section === row.section);
  const widest = Math.max(...siblings.map((other) => other.values.length));
  if (row.values.length < widest) {
    const full = siblings.filter((other) => other.values.length === widest);
    return full[0].values.map((_, i) => median(full.map((other) => centre(other.values[i]))));
  }
  // No fuller row: the header's cells right of the row's label, when there are more of them than values.
  const header = headers.get(row.section)?.filter((column) => column > row.labelEnd);
  return header && header.length > row.values.length ? header : undefined;
}

function placeByPosition(values: Token[], columns: number[]): Token[] | undefined {
  const placed = columnsOfValues(values.map(centre), columns);
  if (!placed) return undefined;
  const cells = columns.map((): Token => ({ text: '', start: 0, end: 0, at: -1 }));
  placed.forEach((column, i) => (cells[column] = values[i]));
  return cells;
}

function centre(token: Token): number {
  return (token.start + token.end) / 2;
}
