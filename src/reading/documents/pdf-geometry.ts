/**
 * What the PDF reader knows of a page: text pieces and drawn lines, in page points with the
 * origin at the top left (y grows downwards, as a person reads), whatever the page's rotation.
 */

export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** One piece of text as pdf.js gives it: a run of glyphs in one font. */
export interface PdfText {
  text: string;
  box: Box;
  /** Font size in points: the scale for every tolerance about this text. */
  size: number;
}

/** A straight horizontal or vertical line drawn on the page: a table's ruling. */
export interface Rule {
  orientation: 'horizontal' | 'vertical';
  /** y of a horizontal rule, x of a vertical one. */
  at: number;
  from: number;
  to: number;
}

export interface PdfPageContent {
  /** 1-based page number. */
  number: number;
  width: number;
  height: number;
  texts: PdfText[];
  rules: Rule[];
}

export function centerX(box: Box): number {
  return (box.left + box.right) / 2;
}

export function centerY(box: Box): number {
  return (box.top + box.bottom) / 2;
}

export function contains(box: Box, x: number, y: number): boolean {
  return x >= box.left && x <= box.right && y >= box.top && y <= box.bottom;
}

export function union(boxes: readonly Box[]): Box {
  return {
    left: Math.min(...boxes.map((box) => box.left)),
    top: Math.min(...boxes.map((box) => box.top)),
    right: Math.max(...boxes.map((box) => box.right)),
    bottom: Math.max(...boxes.map((box) => box.bottom)),
  };
}

/** The smallest box holding the given corner points. */
export function boxOfPoints(points: readonly (readonly [number, number])[]): Box {
  const xs = points.map(([x]) => x);
  const ys = points.map(([, y]) => y);
  return { left: Math.min(...xs), top: Math.min(...ys), right: Math.max(...xs), bottom: Math.max(...ys) };
}

/**
 * Items sorted by `key` and split where neighbours lie more than `tolerance` apart: a chain
 * of close items is one cluster.
 */
export function clusterBy<T>(items: readonly T[], key: (item: T) => number, tolerance: number): T[][] {
  const sorted = [...items].sort((a, b) => key(a) - key(b));
  const clusters: T[][] = [];
  for (const item of sorted) {
    const last = clusters[clusters.length - 1];
    if (last && key(item) - key(last[last.length - 1]) <= tolerance) last.push(item);
    else clusters.push([item]);
  }
  return clusters;
}

/** Values clustered (clusterBy), each cluster represented by its mean. */
export function clusterValues(values: readonly number[], tolerance: number): number[] {
  return clusterBy(values, (value) => value, tolerance).map(mean);
}

export function mean(values: readonly number[]): number {
  return values.reduce((a, b) => a + b, 0) / values.length;
}

export function median(values: readonly number[]): number | undefined {
  if (values.length === 0) return undefined;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

/** A 2D affine matrix as PDF writes it: [a b c d e f]. */
export type Matrix = readonly [number, number, number, number, number, number];

export const IDENTITY: Matrix = [1, 0, 0, 1, 0, 0];

/** `inner` applied first, then `outer` (PDF's `inner × outer`). */
export function multiply(inner: Matrix, outer: Matrix): Matrix {
  const [a, b, c, d, e, f] = inner;
  const [A, B, C, D, E, F] = outer;
  return [a * A + b * C, a * B + b * D, c * A + d * C, c * B + d * D, e * A + f * C + E, e * B + f * D + F];
}

export function apply(matrix: Matrix, x: number, y: number): [number, number] {
  const [a, b, c, d, e, f] = matrix;
  return [a * x + c * y + e, b * x + d * y + f];
}
