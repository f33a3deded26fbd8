/**
 * Finds the table rows in one line of crawler text: a label followed by values (digit strings
 * and —— marks, spaces between them allowed). What looks like a row inside prose is not one:
 * a row's label has no sentence or clause punctuation (。，；) outside brackets and ends in a
 * word, and its values end where the line does, at a space, or where the next row's label
 * begins (so `12345热线、县长信箱…，` stays prose). A row of —— marks alone counts only between
 * rows that do.
 */
import { CLOSING, OPENING, tokenize, type Token } from './run-together-tokens';

export type Segment =
  | { kind: 'text'; text: string }
  /** `spaced`: a space follows the last value. `row`: set when these values end a table row. */
  | { kind: 'values'; tokens: Token[]; raw: string; spaced: boolean; row?: true };

/** A label ends in a word or a closing bracket or quote, not in a colon, slash or digit. */
const LABEL_END = /[\p{Script=Han}A-Za-z）)\]】〕》”’」』]$/u;
const BOUNDARIES = '。；;！!？?，,';

export function segmentLine(line: string): Segment[] {
  const segments = group(tokenize(line));
  for (let i = segments.length - 1; i >= 0; i--) {
    if (isRow(segments, i)) (segments[i] as Extract<Segment, { kind: 'values' }>).row = true;
  }
  return segments;
}

/** Text and values alternate; spaces between two values belong to the values. */
function group(tokens: Token[]): Segment[] {
  const segments: Segment[] = [];
  tokens.forEach((token, i) => {
    const last = segments[segments.length - 1];
    const isValue = token.kind === 'digits' || token.kind === 'mark';
    const betweenValues = token.kind === 'space' && last?.kind === 'values' && isValueToken(tokens[i + 1]);
    if (isValue || betweenValues) {
      if (last?.kind === 'values') {
        last.raw += token.text;
        if (isValue) last.tokens.push(token);
      } else segments.push({ kind: 'values', tokens: [token], raw: token.text, spaced: false });
      return;
    }
    if (last?.kind === 'values' && token.kind === 'space') last.spaced = true;
    if (last?.kind === 'text') last.text += token.text;
    else segments.push({ kind: 'text', text: token.text });
  });
  return segments;
}

function isValueToken(token: Token | undefined): boolean {
  return token?.kind === 'digits' || token?.kind === 'mark';
}

/** Whether segment `i` (values) ends a row; segments after it are already decided. */
function isRow(segments: Segment[], i: number): boolean {
  const values = segments[i];
  const before = segments[i - 1];
  if (values.kind !== 'values' || before?.kind !== 'text' || !LABEL_END.test(labelOf(before.text).label)) return false;
  const next = segments[i + 1];
  const nextRow = segments[i + 2];
  const leadsToRow = next?.kind === 'text' && labelOf(next.text).prose === '' && nextRow?.kind === 'values' && nextRow.row === true;
  if (!values.tokens.some((token) => token.kind === 'digits')) return leadsToRow;
  return next === undefined || values.spaced || leadsToRow;
}

/**
 * Text before a row's values: the prose up to its last clause punctuation outside brackets,
 * and the label after it. Read from the end, where the label is, so a long paragraph before
 * it costs nothing.
 */
export function labelOf(text: string): { prose: string; label: string } {
  let depth = 0;
  let cut = text.length;
  for (; cut > 0; cut--) {
    const char = text[cut - 1];
    if (CLOSING.includes(char)) depth++;
    else if (OPENING.includes(char)) depth = Math.max(0, depth - 1);
    else if (depth === 0 && BOUNDARIES.includes(char)) break;
  }
  return { prose: text.slice(0, cut), label: text.slice(cut).trim() };
}
