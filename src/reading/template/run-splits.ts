/**
 * The ways one row's values can fill its columns when digits run together. Each run becomes
 * one or more cells, every other value exactly one; a cell has no leading zero (except a lone
 * 0) and at most MAX_CELL_DIGITS digits. The row's own equations (its parts adding up to its
 * total) prune the search as cells are placed, so a total is forced once its parts are known.
 * The search is bounded: rows with too many digits, or too many ways, are given up on.
 */
import { CellValue, runWidth } from './cell-value';

/** Counts and amounts of a township report stay below a billion. */
const MAX_CELL_DIGITS = 9;
/** Longer digit strings in one row are not searched (60 digits cannot be 7 plausible cells). */
export const MAX_ROW_DIGITS = 40;
/** Search steps per row before giving up. */
const SPLIT_BUDGET = 200_000;

/** `plus` and `minus` index the row's cells: the sum of the one equals the sum of the other. */
export interface LocalEquation {
  plus: number[];
  minus: number[];
}

export type SplitSearch =
  | { kind: 'splits'; candidates: CellValue[][] }
  | { kind: 'tooFewDigits' }
  | { kind: 'tooManyDigits' }
  | { kind: 'tooLong' }
  | { kind: 'tooManyWays' };

interface Run {
  negative: boolean;
  digits: string;
  fraction: string;
}

type Item = { fixed: CellValue } | { run: Run };

function toItem(value: CellValue): Item {
  if (value.kind !== 'run') return { fixed: value };
  const [whole, fraction] = value.digits.replace(/^-/, '').split('.');
  return { run: { negative: value.digits.startsWith('-'), digits: whole, fraction: fraction ? `.${fraction}` : '' } };
}

/** Every split of `values` into `width` cells that satisfies `equations`. */
export function searchSplits(values: CellValue[], width: number, equations: LocalEquation[]): SplitSearch {
  const items = values.map(toItem);
  const digits = values.reduce((sum, value) => sum + (value.kind === 'run' ? runWidth(value.digits) : 0), 0);
  if (digits > MAX_ROW_DIGITS) return { kind: 'tooLong' };
  const search = new Search(items, width, equations);
  if (search.fewest(0, 0) > width) return { kind: 'tooManyDigits' };
  if (search.most(0, 0) < width) return { kind: 'tooFewDigits' };
  return search.run();
}

class Search {
  private readonly candidates: CellValue[][] = [];
  private readonly cells: CellValue[] = [];
  private steps = 0;
  /** Equations checked once their last cell is placed, by that cell's index. */
  private readonly closing = new Map<number, LocalEquation[]>();

  constructor(
    private readonly items: Item[],
    private readonly width: number,
    equations: LocalEquation[],
  ) {
    for (const equation of equations) {
      const last = Math.max(...equation.plus, ...equation.minus);
      this.closing.set(last, [...(this.closing.get(last) ?? []), equation]);
    }
  }

  run(): SplitSearch {
    try {
      this.walk(0, 0);
    } catch (error) {
      if (error instanceof OutOfBudget) return { kind: 'tooManyWays' };
      throw error;
    }
    return { kind: 'splits', candidates: this.candidates };
  }

  /** The fewest cells the values from item `at` (run offset `offset`) can make. */
  fewest(at: number, offset: number): number {
    let count = 0;
    for (let i = at; i < this.items.length; i++) {
      const item = this.items[i];
      count += 'run' in item ? Math.ceil((item.run.digits.length - (i === at ? offset : 0)) / MAX_CELL_DIGITS) : 1;
    }
    return count;
  }

  /** The most cells they can make: one per digit. */
  most(at: number, offset: number): number {
    let count = 0;
    for (let i = at; i < this.items.length; i++) {
      const item = this.items[i];
      count += 'run' in item ? item.run.digits.length - (i === at ? offset : 0) : 1;
    }
    return count;
  }

  private walk(at: number, offset: number): void {
    if (++this.steps > SPLIT_BUDGET) throw new OutOfBudget();
    const left = this.width - this.cells.length;
    if (at === this.items.length) {
      if (left === 0) this.candidates.push([...this.cells]);
      return;
    }
    if (left < this.fewest(at, offset) || left > this.most(at, offset)) return;
    const item = this.items[at];
    if ('fixed' in item) this.place(item.fixed, at + 1, 0);
    else this.splitRun(item.run, at, offset);
  }

  /** The next cell from the run: 1 digit if it starts with 0, else up to MAX_CELL_DIGITS. */
  private splitRun(run: Run, at: number, offset: number): void {
    const rest = run.digits.length - offset;
    const longest = run.digits[offset] === '0' ? 1 : Math.min(MAX_CELL_DIGITS, rest);
    for (let length = 1; length <= longest; length++) {
      const last = length === rest;
      const text = run.digits.slice(offset, offset + length) + (last ? run.fraction : '');
      const sign = offset === 0 && run.negative ? -1 : 1;
      this.place({ kind: 'number', value: sign * Number(text) }, last ? at + 1 : at, last ? 0 : offset + length);
    }
  }

  private place(cell: CellValue, at: number, offset: number): void {
    this.cells.push(cell);
    if (this.holds(this.cells.length - 1)) this.walk(at, offset);
    this.cells.pop();
  }

  /** Whether the equations that close at cell `index` hold (or cannot be told: a blank cell). */
  private holds(index: number): boolean {
    return (this.closing.get(index) ?? []).every((equation) => {
      const plus = sumOf(equation.plus.map((i) => this.cells[i]));
      const minus = sumOf(equation.minus.map((i) => this.cells[i]));
      return plus === null || minus === null || sameNumber(plus, minus);
    });
  }
}

class OutOfBudget extends Error {}

/** The sum of number cells; null when any is not a number. */
function sumOf(cells: CellValue[]): number | null {
  let sum = 0;
  for (const cell of cells) {
    if (cell.kind !== 'number') return null;
    sum += cell.value;
  }
  return sum;
}

/** Equal up to floating-point noise in decimal amounts. */
function sameNumber(a: number, b: number): boolean {
  return Math.abs(a - b) < 1e-6;
}
