/**
 * Text pieces → lines: pieces whose boxes share most of their height stand on one line, read
 * left to right. Spacing follows Chinese usage: no space next to a Chinese character (PDF
 * writers space out 2023 年 and justified lines as 号 ， 邮 编), one space between Latin words.
 */
import { union, type Box, type PdfText } from './pdf-geometry';

export interface TextLine {
  text: string;
  box: Box;
  /** The largest font size on the line. */
  size: number;
  /** Its pieces, left to right. */
  pieces: PdfText[];
}

/** Pieces that overlap vertically by at least this share of the lower one are on one line. */
const SAME_LINE_OVERLAP = 0.5;
/** A horizontal gap wider than this share of the font size separates Latin words. */
const WORD_GAP = 0.2;

export function groupLines(texts: readonly PdfText[]): TextLine[] {
  const lines: { box: Box; texts: PdfText[] }[] = [];
  for (const text of [...texts].sort((a, b) => a.box.top - b.box.top)) {
    // Sorted by top, a piece can only share a line with the last few lines: the search is bounded.
    const line = lines.slice(-RECENT_LINES).find((candidate) => sameLine(candidate.box, text.box));
    if (line) {
      line.texts.push(text);
      line.box = union([line.box, text.box]);
    } else lines.push({ box: text.box, texts: [text] });
  }
  return lines.map((line) => toLine(line.texts)).sort((a, b) => a.box.top - b.box.top || a.box.left - b.box.left);
}

/** How many of the latest lines a piece is compared with. */
const RECENT_LINES = 8;

function sameLine(a: Box, b: Box): boolean {
  const overlap = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
  const lower = Math.min(a.bottom - a.top, b.bottom - b.top);
  return lower > 0 && overlap >= SAME_LINE_OVERLAP * lower;
}

function toLine(texts: readonly PdfText[]): TextLine {
  const ordered = [...texts].sort((a, b) => a.box.left - b.box.left);
  let text = '';
  ordered.forEach((piece, i) => {
    const previous = ordered[i - 1];
    const gap = previous ? piece.box.left - previous.box.right : 0;
    text = joinWords(text, piece.text, gap > WORD_GAP * piece.size ? ' ' : '');
  });
  return {
    text: tidySpaces(text),
    box: union(ordered.map((piece) => piece.box)),
    size: Math.max(...ordered.map((piece) => piece.size)),
    pieces: ordered,
  };
}

/** Chinese characters, CJK and full-width punctuation, and the quotes Chinese text uses. */
const CJK = /[\p{Script=Han}\u3000-\u303f\uff00-\uffef\u2018\u2019\u201c\u201d\u2014\u2026]/u;

/** Appends `next` to `text` with `separator`, unless a Chinese character stands on either side. */
export function joinWords(text: string, next: string, separator: string): string {
  if (text === '' || separator === '') return text + next;
  return CJK.test(text[text.length - 1]) || CJK.test(next[0]) ? text + next : text + separator + next;
}

/** Collapses runs of white space and drops the ones next to a Chinese character. */
export function tidySpaces(text: string): string {
  const chars = [...text.replace(/\s+/g, ' ').trim()];
  return chars.filter((char, i) => char !== ' ' || !(CJK.test(chars[i - 1]) || CJK.test(chars[i + 1]))).join('');
}
