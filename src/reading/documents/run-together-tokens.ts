/**
 * One line of crawler text as tokens: prose and labels, whitespace, digit strings that may be
 * table values, and dash marks (——, not applicable). A digit string is a value candidate only
 * where a table would put one; the prose's own numbers are told apart by what stands around
 * them: a counting word after them (130条, 2022年), 第 before them, brackets around them
 * (（…计1条）, 〔2021〕), a field name before them (邮编：350400), or the shape of a date, a
 * time or an address (2023-02-20, 15:07, /202302/). `2.其他法律…` is the numbering of the next
 * label: its digit is text, and the digits before it (00000002.) are the previous row's.
 */

export type Token =
  { kind: 'text'; text: string } | { kind: 'space'; text: string } | { kind: 'digits'; text: string } | { kind: 'mark'; text: string };

/** Brackets and quotes: numbers inside them are prose (（…计1条）, 〔2021〕). */
export const OPENING = '（(〔[【《“‘「『';
export const CLOSING = '）)〕]】》”’」』';
/** Counting words and units: a number followed by one is prose (130条, 2022年, 380元, 100%). */
const COUNTING = /\s*[年月日号时分秒天周件条个次篇项家人名位户场期批轮份处册台套种类组所座栋张页元万亿余多倍岁届起宗笔封例块亩米%％‰]/y;
/** Characters of addresses, file names and codes next to a number: /202302/, t20230220_80629. */
const CODE_BEFORE = /[A-Za-z_/:=?&#@.%第]/;
const CODE_AFTER = /[A-Za-z_/=?&#@:：%％‰]/y;
const DATE_OR_TIME = /\d{4}[-/.]\d{1,2}[-/.]\d{1,2}|\d{1,2}[:：]\d{2}/y;
/** After a number, the punctuation of a numbered label: `2.其他`, `3、其他`. */
const NUMBERING_AFTER = /[.．、](?!\d)/y;
const NUMBER = /-?\d+(?:\.\d+)?/y;
const DASHES = /[—―─－]+|-(?!\d)/y;

/** The match of a sticky pattern at `at`, without copying the rest of the line. */
function matchAt(pattern: RegExp, line: string, at: number): string | undefined {
  pattern.lastIndex = at;
  return pattern.exec(line)?.[0];
}

/** Text with nothing to decide in it: no digit, dash, space or bracket. */
const PLAIN = /[^\d\s\-—―─－（(〔[【《“‘「『）)〕\]】》”’」』]+/y;
/** Inside brackets everything up to the next bracket is text. */
const BRACKETED = /[^（(〔[【《“‘「『）)〕\]】》”’」』]+/y;

export function tokenize(line: string): Token[] {
  const tokens = new Tokens();
  let depth = 0;
  let at = 0;
  while (at < line.length) {
    const char = line[at];
    const text = matchAt(depth > 0 ? BRACKETED : PLAIN, line, at);
    if (text) {
      tokens.add('text', text);
      at += text.length;
    } else if (OPENING.includes(char) || CLOSING.includes(char)) {
      depth = OPENING.includes(char) ? depth + 1 : Math.max(0, depth - 1);
      tokens.add('text', char);
      at++;
    } else if (/\s/.test(char)) {
      tokens.add('space', char);
      at++;
    } else {
      at += addValueLike(tokens, line, at);
    }
  }
  return tokens.list;
}

/** At a digit or a dash: a date or time (text), a number, or a mark; returns the length taken. */
function addValueLike(tokens: Tokens, line: string, at: number): number {
  const dateOrTime = matchAt(DATE_OR_TIME, line, at);
  const number = matchAt(NUMBER, line, at);
  const dashes = matchAt(DASHES, line, at);
  if (dateOrTime) {
    tokens.add('text', dateOrTime);
    return dateOrTime.length;
  }
  // A minus right after a value starts the next cell: 5-331 is 5 | -3 | 31 or 5 | -33 | 1.
  if (number && (line[at] !== '-' || tokens.lastKindIsValue())) {
    addNumber(tokens, line, at, number);
    return number.length;
  }
  if (dashes) {
    tokens.add('mark', dashes);
    return dashes.length;
  }
  tokens.add('text', line[at]);
  return 1;
}

/** Adds the number `written` at `at` as digits, as text, or as digits and a label's numbering. */
function addNumber(tokens: Tokens, line: string, at: number, written: string): void {
  const end = at + written.length;
  if (!isValuePlace(line, at, end, tokens.trailingText())) tokens.add('text', written);
  else if (matchAt(NUMBERING_AFTER, line, end) && /^\d+$/.test(written)) {
    // Labels are numbered 1–8: the last digit is the numbering, the ones before it a value.
    if (written.length > 1) tokens.add('digits', written.slice(0, -1));
    tokens.add('text', written.slice(-1));
  } else tokens.add('digits', written);
}

/**
 * Where a table value may stand: not after 第, a code character or a field name (邮编：), and
 * not before a code character or a counting word.
 */
function isValuePlace(line: string, at: number, end: number, textBefore: string): boolean {
  if ((at > 0 && CODE_BEFORE.test(line[at - 1])) || /[:：]\s*$/.test(textBefore)) return false;
  return !matchAt(CODE_AFTER, line, end) && !matchAt(COUNTING, line, end);
}

/** Collects tokens, merging neighbouring text and spaces; each value stays a token of its own. */
class Tokens {
  readonly list: Token[] = [];

  add(kind: Token['kind'], text: string): void {
    const last = this.list[this.list.length - 1];
    if (last && last.kind === kind && (kind === 'text' || kind === 'space')) last.text += text;
    else this.list.push({ kind, text });
  }

  lastKindIsValue(): boolean {
    const kind = this.list[this.list.length - 1]?.kind;
    return kind === 'digits' || kind === 'mark';
  }

  /** The text just before the number (spaces skipped), for a field name such as 邮编：. */
  trailingText(): string {
    const [last, before] = [this.list[this.list.length - 1], this.list[this.list.length - 2]];
    if (last?.kind === 'text') return last.text;
    return last?.kind === 'space' && before?.kind === 'text' ? before.text : '';
  }
}
