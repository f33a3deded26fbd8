/**
 * Character shingles of a report's prose: the overlapping runs of SHINGLE_LENGTH letters
 * (汉字 above all) once punctuation, whitespace and digits are dropped. Digits go because a
 * copied report changes its numbers and its year and nothing else; punctuation and layout
 * go because they differ between the forms a report comes in.
 */
import { mul32 } from './mul32';

export const SHINGLE_LENGTH = 5;

const NOT_LETTERS = /\P{L}+/gu;

/** FNV-1a over the code points of one shingle; 32 bits are plenty for the few thousand shingles of a report. */
function hash(codePoints: Int32Array, from: number, to: number): number {
  let value = 0x811c9dc5 | 0;
  for (let i = from; i < to; i++) value = mul32(value ^ codePoints[i], 0x01000193);
  return value >>> 0;
}

/**
 * The text's letters as code points. Dropping the rest with one replace and walking the
 * string, rather than matching each letter into a string of its own, makes shingleSet over
 * twice as fast: a country's assessment reads 82,000 narratives.
 */
function letterCodePoints(text: string): Int32Array {
  const letters = text.replace(NOT_LETTERS, '');
  const codePoints = new Int32Array(letters.length);
  let count = 0;
  for (let i = 0; i < letters.length; i++) {
    const codePoint = letters.codePointAt(i)!;
    codePoints[count++] = codePoint;
    // A letter beyond the Basic Multilingual Plane (rarer 汉字) takes two UTF-16 units.
    if (codePoint > 0xffff) i++;
  }
  return codePoints.subarray(0, count);
}

/** The text's shingles as sorted, distinct 32-bit hashes (empty for text without letters). */
export function shingleSet(text: string): Uint32Array {
  const letters = letterCodePoints(text);
  if (!letters.length) return new Uint32Array();
  // A text shorter than a shingle is one shingle of its own.
  const count = Math.max(1, letters.length - SHINGLE_LENGTH + 1);
  const hashes = new Uint32Array(count);
  for (let i = 0; i < count; i++) hashes[i] = hash(letters, i, Math.min(i + SHINGLE_LENGTH, letters.length));
  hashes.sort();
  let distinct = 0;
  for (let i = 0; i < count; i++) if (i === 0 || hashes[i] !== hashes[i - 1]) hashes[distinct++] = hashes[i];
  return hashes.slice(0, distinct);
}
