/**
 * Prose lines → paragraphs. A PDF breaks a paragraph into lines wherever the page is full;
 * the narrative reader needs whole sentences back (在政府网站平台主动公开政府信息1136条 can
 * straddle a line break). A paragraph ends where a person sees it end: a short line, an
 * indented next line, a change of font size, a wider gap; a centred title broken over two
 * lines is one paragraph. A paragraph may run on over a page break.
 */
import { centerX, median } from './pdf-geometry';
import { joinWords, type TextLine } from './pdf-lines';

export interface ProseLine {
  line: TextLine;
  page: number;
}

/** Where body text starts and ends on the page. */
export interface Margins {
  left: number;
  right: number;
  /** The usual gap between two lines of one paragraph. */
  lineGap: number;
}

/** Sizes this far apart (as a share) are different fonts: a heading and its body. */
const SIZE_CHANGE = 0.15;
/** A line ending this many font sizes before the right margin ends its paragraph. */
const SHORT_LINE = 2;
/** A line starting this many font sizes right of the left margin starts a paragraph. */
const INDENT = 0.9;
/** A gap this much wider than the usual one (plus a quarter of the font size) separates paragraphs. */
const WIDER_GAP = 1.5;
/** Margin positions are read to this grid (points), so that justified lines agree. */
const BUCKET = 3;

export function bodyMargins(lines: readonly ProseLine[]): Margins {
  const gaps = lines.slice(1).flatMap((next, i) => {
    const previous = lines[i];
    return previous.page === next.page && next.line.box.top > previous.line.box.top ? [next.line.box.top - previous.line.box.bottom] : [];
  });
  return {
    left: commonPosition(
      lines.map(({ line }) => line.box.left),
      Math.min,
    ),
    right: commonPosition(
      lines.map(({ line }) => line.box.right),
      Math.max,
    ),
    lineGap: Math.max(0, median(gaps) ?? 0),
  };
}

/** The most common position, or the extreme one when no position is common (ragged text). */
function commonPosition(values: readonly number[], extreme: (...values: number[]) => number): number {
  const counts = new Map<number, number>();
  for (const value of values) counts.set(Math.round(value / BUCKET), (counts.get(Math.round(value / BUCKET)) ?? 0) + 1);
  const [bucket, count] = [...counts].reduce((best, entry) => (entry[1] > best[1] ? entry : best), [0, 0]);
  return count >= 3 ? bucket * BUCKET : extreme(...values);
}

export function paragraphs(lines: readonly ProseLine[], margins: Margins): string[] {
  const result: string[] = [];
  lines.forEach((next, i) => {
    const previous = lines[i - 1];
    if (!previous || startsParagraph(previous, next, margins)) result.push(next.line.text);
    else result[result.length - 1] = joinWords(result[result.length - 1], next.line.text, ' ');
  });
  return result;
}

function startsParagraph(previous: ProseLine, next: ProseLine, margins: Margins): boolean {
  const a = previous.line;
  const b = next.line;
  if (Math.abs(a.size - b.size) > SIZE_CHANGE * Math.max(a.size, b.size)) return true;
  const centred = [a, b].map((line) => isCentred(line, margins));
  if (centred[0] && centred[1]) return !sameLineSpacing(previous, next, margins);
  if (centred[0] || centred[1]) return true;
  if (a.box.right < margins.right - SHORT_LINE * a.size) return true;
  if (b.box.left > margins.left + INDENT * b.size) return true;
  return !sameLineSpacing(previous, next, margins);
}

/** A line standing in the middle, clear of both margins: a title or a centred heading. */
function isCentred(line: TextLine, margins: Margins): boolean {
  const middle = (margins.left + margins.right) / 2;
  const clear = line.box.left > margins.left + line.size && line.box.right < margins.right - line.size;
  return clear && Math.abs(centerX(line.box) - middle) < line.size;
}

/** Lines on different pages carry no gap; on one page the gap must look like a line gap. */
function sameLineSpacing(previous: ProseLine, next: ProseLine, margins: Margins): boolean {
  if (previous.page !== next.page) return true;
  const gap = next.line.box.top - previous.line.box.bottom;
  return gap <= margins.lineGap * WIDER_GAP + next.line.size / 4;
}
