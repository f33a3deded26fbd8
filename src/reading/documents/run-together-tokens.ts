/**
 * The pieces of a table whose cells ran together in crawler text, each with where it stands
 * in the text: label text, gaps (whitespace of any kind, and the `|` of copy tools), digit
 * strings and dash marks (——, not applicable). Read only inside a table (run-together-regions
 * finds where one is), so the prose's own numbers never reach it. Digits are text where a
 * label would hold them: inside brackets (（单位：万元）), after 第 or a code character, as a
 * date or time, and as a label's numbering: `00000002.其他` is the digits 0000000 and the
 * label 2.其他, since labels are numbered 1–8. A formula or a pointer where a value stands
 * (`=1+2`, `见附件`) is a value token of kind `text`, for the issue that names it.
 */
import { textInCellAt } from './text-in-cell';

export type TokenKind = 'text' | 'gap' | 'digits' | 'mark';

export interface Token {
  kind: TokenKind;
  /** [start, end) in the document's text. */
  start: number;
  end: number;
}

/** Brackets and quotes: everything inside them is label text. */
export const OPENING = '（(〔[【《“‘「『';
export const CLOSING = '）)〕]】》”’」』';
const GAP = /[\s|｜]/;
const DIGIT = /[0-9０-９]/;
/** A number: thousands groups only when whole (1,234), a sign only before digits, decimals kept. */
const NUMBER = /-?(?:[0-9０-９]{1,3}(?:,[0-9]{3})+|[0-9０-９]+)(?:[.．][0-9０-９]+)?/y;
const DASHES = /[—―─－~～]+|-(?![0-9０-９])/y;
/** After a number, the punctuation of a numbered label: `2.其他`, `3、其他`. */
const NUMBERING_AFTER = /[.．、](?![0-9０-９])/y;
/** What makes digits a date, a time or a reference rather than a cell: 2023-02-20, 15:07, 2022年. */
const DATE_OR_TIME = /[0-9]{4}[-/.][0-9]{1,2}[-/.][0-9]{1,2}|[0-9]{1,2}[:：][0-9]{2}/y;
/** After digits: a date, a time, a code, or a counting word of prose (12条, 3件); 元 and 万元 are a cell's unit. */
const NOT_A_CELL_AFTER = /\s*[年月日号时分秒条件个次篇项家人名:：%％‰A-Za-z_/=?&#@]/y;
/** Before digits: 第, a code character, or another digit (the middle of a number already turned down). */
const NOT_A_CELL_BEFORE = /[第A-Za-z_/:=?&#@.%0-9０-９]/;

function matchAt(pattern: RegExp, text: string, at: number): string | undefined {
  pattern.lastIndex = at;
  return pattern.exec(text)?.[0];
}

/**
 * The value token starting at `at` (digits or a mark), or undefined when the character there
 * is label text. `depth` is the bracket depth at `at`.
 */
export function valueAt(text: string, at: number, depth: number): Token | undefined {
  if (depth > 0) return undefined;
  // Text in a number cell is the cell's (see text-in-cell): its digits are no cell of their own.
  const written = textInCellAt(text, at);
  if (written > 0) return { kind: 'text', start: at, end: at + written };
  const char = text[at];
  if ((DIGIT.test(char) || DASH.test(char)) && onPageNumberLine(text, at)) return undefined;
  if (DIGIT.test(char) || (char === '-' && DIGIT.test(text[at + 1] ?? ''))) return digitsAt(text, at);
  const dashes = matchAt(DASHES, text, at);
  return dashes ? { kind: 'mark', start: at, end: at + dashes.length } : undefined;
}

function digitsAt(text: string, at: number): Token | undefined {
  // A minus right after a value starts the next cell: 5-331 is 5 | -3 | 31 or 5 | -33 | 1.
  if (text[at] !== '-' && at > 0 && NOT_A_CELL_BEFORE.test(text[at - 1])) return undefined;
  if (matchAt(DATE_OR_TIME, text, at)) return undefined;
  const number = matchAt(NUMBER, text, at)!;
  const end = at + number.length;
  if (matchAt(NOT_A_CELL_AFTER, text, end)) return undefined;
  // Labels are numbered 1–8: the last digit before `.其他` is the next label's, the ones before it a value.
  if (matchAt(NUMBERING_AFTER, text, end) && /^[0-9０-９]+$/.test(number)) {
    return number.length > 1 ? { kind: 'digits', start: at, end: end - 1 } : undefined;
  }
  return { kind: 'digits', start: at, end };
}

/**
 * A page's number on a line of its own (`- 1 -`, `—2—`, as PDF-to-text tools keep the footer):
 * no cells, though a dash and a digit are (a cell per line has one value on each line, never
 * a digit between two dashes).
 */
const PAGE_NUMBER_LINE = /^[-—－]\s*\d+\s*[-—－]$/;
const DASH = /[-—－]/;
const LINE_BREAK = /[\r\n\f]/;

/** Footers are centred: a page number's line is short, spaces included; longer lines are not looked at. */
const PAGE_NUMBER_LINE_MAX = 80;

function onPageNumberLine(text: string, at: number): boolean {
  const from = Math.max(0, at - PAGE_NUMBER_LINE_MAX);
  let start = at;
  while (start > from && !LINE_BREAK.test(text[start - 1])) start--;
  if (start > 0 && !LINE_BREAK.test(text[start - 1])) return false;
  const to = Math.min(text.length, at + PAGE_NUMBER_LINE_MAX);
  let end = at;
  while (end < to && !LINE_BREAK.test(text[end])) end++;
  if (end < text.length && !LINE_BREAK.test(text[end])) return false;
  return PAGE_NUMBER_LINE.test(text.slice(start, end).trim());
}

export function isGap(char: string | undefined): boolean {
  return char !== undefined && GAP.test(char);
}

/** The bracket depth after `char`, given the depth before it. */
export function depthAfter(char: string, depth: number): number {
  if (OPENING.includes(char)) return depth + 1;
  if (CLOSING.includes(char)) return Math.max(0, depth - 1);
  return depth;
}
