/**
 * Drawn ruling → table grids. Rules that touch form one table; every x of a vertical rule
 * and every y of a horizontal one (and the ends of both) cut the table into base cells, and
 * neighbouring base cells with no rule between them are one merged cell. A boundary that no
 * rule actually draws is therefore harmless: the cells on both sides merge again.
 */
import { clusterBy, clusterValues, mean, type Box, type Rule } from './pdf-geometry';

/** A merged cell: base rows row…rowEnd and columns col…colEnd (inclusive). */
export interface GridCell {
  row: number;
  col: number;
  rowEnd: number;
  colEnd: number;
  box: Box;
}

export interface Grid {
  box: Box;
  /** Boundaries: rows lie between ys[i] and ys[i + 1], columns between xs[j] and xs[j + 1]. */
  xs: number[];
  ys: number[];
  cells: GridCell[];
  /** The merged cell of each base cell, [row][col] → index into `cells`. */
  cellAt: number[][];
}

/** Rules this close (points) are one line; drawing tools are off by a point or so. */
const TOLERANCE = 2.5;
/**
 * A page with more distinct rules than this is a drawing (a chart, a map), not a form: its
 * ruling is not read, which also bounds the pairwise work below.
 */
const MAX_RULES = 3000;

export function findGrids(rules: readonly Rule[]): Grid[] {
  const merged = mergeRules(rules);
  if (merged.length > MAX_RULES) return [];
  return connectedGroups(merged)
    .map(toGrid)
    .filter((grid): grid is Grid => grid !== undefined);
}

/** Collinear pieces (a border drawn cell by cell) joined into whole rules. */
function mergeRules(rules: readonly Rule[]): Rule[] {
  return (['horizontal', 'vertical'] as const).flatMap((orientation) => {
    const sameWay = rules.filter((rule) => rule.orientation === orientation);
    return clusterBy(sameWay, (rule) => rule.at, TOLERANCE).flatMap((collinear) => {
      const at = mean(collinear.map((rule) => rule.at));
      return joinIntervals(collinear).map(([from, to]) => ({ orientation, at, from, to }));
    });
  });
}

function joinIntervals(rules: readonly Rule[]): [number, number][] {
  const sorted = [...rules].sort((a, b) => a.from - b.from);
  const joined: [number, number][] = [];
  for (const { from, to } of sorted) {
    const last = joined[joined.length - 1];
    if (last && from <= last[1] + TOLERANCE) last[1] = Math.max(last[1], to);
    else joined.push([from, to]);
  }
  return joined;
}

function touches(a: Rule, b: Rule): boolean {
  if (a.orientation === b.orientation) return false;
  return a.at >= b.from - TOLERANCE && a.at <= b.to + TOLERANCE && b.at >= a.from - TOLERANCE && b.at <= a.to + TOLERANCE;
}

/** Rules grouped by touching, through chains of touching rules. */
function connectedGroups(rules: readonly Rule[]): Rule[][] {
  const parent = rules.map((_, i) => i);
  const root = (i: number): number => (parent[i] === i ? i : (parent[i] = root(parent[i])));
  rules.forEach((a, i) => {
    for (let j = i + 1; j < rules.length; j++) if (touches(a, rules[j])) parent[root(j)] = root(i);
  });
  const groups = new Map<number, Rule[]>();
  rules.forEach((rule, i) => groups.set(root(i), [...(groups.get(root(i)) ?? []), rule]));
  return [...groups.values()];
}

function toGrid(rules: Rule[]): Grid | undefined {
  const horizontal = rules.filter((rule) => rule.orientation === 'horizontal');
  const vertical = rules.filter((rule) => rule.orientation === 'vertical');
  const xs = clusterValues([...vertical.map((rule) => rule.at), ...horizontal.flatMap((rule) => [rule.from, rule.to])], TOLERANCE);
  const ys = clusterValues([...horizontal.map((rule) => rule.at), ...vertical.flatMap((rule) => [rule.from, rule.to])], TOLERANCE);
  // A lone box around a paragraph (one cell) or an underline is no table.
  if (horizontal.length === 0 || vertical.length === 0 || (xs.length - 1) * (ys.length - 1) < 2) return undefined;
  const cellAt = mergeBaseCells(xs, ys, horizontal, vertical);
  const box = { left: xs[0], top: ys[0], right: xs[xs.length - 1], bottom: ys[ys.length - 1] };
  return { box, xs, ys, cellAt: cellAt.indexes, cells: cellAt.cells };
}

/** Union of neighbouring base cells that no rule separates. */
function mergeBaseCells(xs: number[], ys: number[], horizontal: Rule[], vertical: Rule[]): { indexes: number[][]; cells: GridCell[] } {
  const rows = ys.length - 1;
  const cols = xs.length - 1;
  const parent = Array.from({ length: rows * cols }, (_, i) => i);
  const root = (i: number): number => (parent[i] === i ? i : (parent[i] = root(parent[i])));
  const join = (a: number, b: number) => (parent[root(b)] = root(a));
  for (let r = 0; r < rows; r++) {
    const middleY = (ys[r] + ys[r + 1]) / 2;
    for (let c = 0; c < cols; c++) {
      const middleX = (xs[c] + xs[c + 1]) / 2;
      if (c + 1 < cols && !ruled(vertical, xs[c + 1], middleY)) join(r * cols + c, r * cols + c + 1);
      if (r + 1 < rows && !ruled(horizontal, ys[r + 1], middleX)) join(r * cols + c, (r + 1) * cols + c);
    }
  }
  return collectCells(xs, ys, (r, c) => root(r * cols + c));
}

/** The merged cells, each spanning the base cells that share its root, and each base cell's merged cell. */
function collectCells(xs: number[], ys: number[], rootOf: (r: number, c: number) => number): { indexes: number[][]; cells: GridCell[] } {
  const cellOfRoot = new Map<number, number>();
  const cells: GridCell[] = [];
  const indexes: number[][] = [];
  for (let r = 0; r < ys.length - 1; r++) {
    const row: number[] = [];
    for (let c = 0; c < xs.length - 1; c++) {
      const known = cellOfRoot.get(rootOf(r, c));
      if (known !== undefined) extend(cells[known], r, c, xs, ys);
      else {
        cellOfRoot.set(rootOf(r, c), cells.length);
        cells.push({ row: r, col: c, rowEnd: r, colEnd: c, box: { left: xs[c], top: ys[r], right: xs[c + 1], bottom: ys[r + 1] } });
      }
      row.push(cellOfRoot.get(rootOf(r, c)) as number);
    }
    indexes.push(row);
  }
  return { indexes, cells };
}

/** Whether a rule runs along `at` across the point `across` (a y for vertical rules, an x for horizontal ones). */
function ruled(rules: readonly Rule[], at: number, across: number): boolean {
  return rules.some((rule) => Math.abs(rule.at - at) <= TOLERANCE && rule.from - TOLERANCE <= across && across <= rule.to + TOLERANCE);
}

function extend(cell: GridCell, r: number, c: number, xs: number[], ys: number[]): void {
  cell.row = Math.min(cell.row, r);
  cell.col = Math.min(cell.col, c);
  cell.rowEnd = Math.max(cell.rowEnd, r);
  cell.colEnd = Math.max(cell.colEnd, c);
  cell.box = { left: xs[cell.col], top: ys[cell.row], right: xs[cell.colEnd + 1], bottom: ys[cell.rowEnd + 1] };
}
