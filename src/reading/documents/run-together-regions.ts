/**
 * Finds the statistics tables in text whose table structure was lost on the way (crawler text
 * with its whitespace gone, the whole report on one line, a cell per line): not by lines, which
 * such text no longer has, but by the template's own words. A table starts where one of the
 * words that open the template's tables stands (第二十条, 申请人情况, 结果维持 …) and runs as long
 * as label text and values alternate; it ends after the last values before prose comes back
 * (a sentence: 。；！？ outside brackets, or more text than any label and header has). Inside a
 * table every value stands right after its row's label, so a row is the text since the last
 * values and the values after it, whatever the spacing: a glued `行政事业性收费0三、收到和处理…`
 * or a section heading run into table 4's numbers cannot hide a row or make one up.
 */
import { depthAfter, isGap, valueAt, type Token } from './run-together-tokens';

/** A row: its label text and its values, each [start, end) in the document's text. */
export interface FoundRow {
  label: { start: number; end: number };
  values: Token[];
}

export interface FoundTable {
  start: number;
  end: number;
  rows: FoundRow[];
}

/** Words that open one of the template's tables (header cells, first rows), spaces allowed between characters. */
const OPENERS = ['第二十条', '信息内容', '申请人情况', '本年新收', '结果维持', '统计指标', '通过不同渠道和方式', '主动公开政府信息数'];
const OPENER = new RegExp(OPENERS.map((word) => [...word].join('[\\s\\u00a0\\u3000]*')).join('|'), 'g');
/** Sentence punctuation outside brackets: prose, never a label. */
const SENTENCE_END = '。；;！!？?';
/**
 * A clause comma outside brackets is prose too, except inside a numbered sub-row's label, which
 * some reports word with one (1.申请人无正当理由逾期不补正，行政机关不再处理…).
 */
const CLAUSE_COMMA = '，,';
const SUB_ROW_NUMBERING = /^(?:[0-9][.．、]|[（(][一二三四五六七八九十]{1,2}[)）])/;
const SUB_ROW_LABEL_MAX = 40;
/** The longest label text between two rows' values, headers and headings included (table 3's header runs ~150). */
const MAX_LABEL_TEXT = 300;

/** Every table in the text, in order; text that opens like a table but has no row is left as prose. */
export function findTables(text: string): FoundTable[] {
  const tables: FoundTable[] = [];
  OPENER.lastIndex = 0;
  for (let match = OPENER.exec(text); match; match = OPENER.exec(text)) {
    const table = scanTable(text, match.index);
    if (table) {
      tables.push(table);
      OPENER.lastIndex = table.end;
    }
  }
  return tables;
}

/** Whether the text has a word that opens a table: the cheap test of a text's shape. */
export function opensTable(text: string): boolean {
  OPENER.lastIndex = 0;
  return OPENER.test(text);
}

function scanTable(text: string, start: number): FoundTable | undefined {
  const rows: FoundRow[] = [];
  let at = start;
  for (;;) {
    const label = labelFrom(text, at);
    if (label === undefined) break;
    const values = valuesFrom(text, label.end);
    rows.push({ label, values });
    at = values[values.length - 1].end;
  }
  return rows.length > 0 ? { start, end: at, rows } : undefined;
}

/**
 * Label text from `at` up to the first value, or undefined when prose comes first (a sentence,
 * too much text) or the text ends.
 */
function labelFrom(text: string, at: number): { start: number; end: number } | undefined {
  let depth = 0;
  let numberedAt = -1;
  for (let i = at; i < text.length && i - at <= MAX_LABEL_TEXT; i++) {
    const char = text[i];
    if (depth === 0 && SENTENCE_END.includes(char)) return undefined;
    if (depth === 0 && SUB_ROW_NUMBERING.test(text.slice(i, i + 5))) numberedAt = i;
    if (depth === 0 && CLAUSE_COMMA.includes(char) && (numberedAt < 0 || i - numberedAt > SUB_ROW_LABEL_MAX)) return undefined;
    if (!isGap(char) && valueAt(text, i, depth)) return { start: at, end: i };
    depth = depthAfter(char, depth);
  }
  return undefined;
}

/** The values from `at` (where one starts): values with only gaps between them. */
function valuesFrom(text: string, at: number): Token[] {
  const values: Token[] = [];
  for (let i = at, value = valueAt(text, i, 0); value; value = valueAt(text, i, 0)) {
    values.push(value);
    // A value cut short by a label's numbering (0000000 of 00000002.其他) ends the row.
    if (value.kind === 'digits' && isNumbering(text, value.end)) break;
    for (i = value.end; isGap(text[i]); i++);
  }
  return values;
}

/** Whether the digit at `at` is a label's numbering, cut off its row's digits. */
function isNumbering(text: string, at: number): boolean {
  return /[0-9０-９]/.test(text[at] ?? '') && /[.．、]/.test(text[at + 1] ?? '');
}
