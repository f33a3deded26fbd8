/**
 * The ways one row's values can fill its columns when digits run together. Each run becomes
 * one or more cells, every other value exactly one; a cell has no leading zero (except a lone
 * 0) and at most MAX_CELL_DIGITS digits. The row's own equations (its parts adding up to its
 * total) prune the search as cells are placed, so a total is forced once its parts are known.
 * A row with fewer digits than cells had blank cells, which crawler text does not show: up to
 * MAX_BLANKS of them may stand anywhere. The search is bounded by a count, never a clock: rows
 * with too many digits, more than SPLIT_BUDGET splits tried or more than MAX_CANDIDATES found are
 * given up on (parse.unsplittable), so that no row, however long its digit runs, can hold the
 * reader for more than milliseconds.
 */
import { CellValue, runWidth, type ValueSource } from './cell-value';

/** Counts and amounts of a township report stay below a billion. */
const MAX_CELL_DIGITS = 9;
/** Longer digit strings in one row are not searched (60 digits cannot be 7 plausible cells). */
export const MAX_ROW_DIGITS = 40;
/** Candidate splits (search steps) tried per row before giving up: ten times what any real or generated row has needed (~200). */
export const SPLIT_BUDGET = 2_000;
/** Splits kept per row: more than this many fitting ways say nothing a person could use. */
export const MAX_CANDIDATES = 500;
/** Blank cells a row of run-together digits may have had (a real one: 结转 `000000` for seven cells). */
export const MAX_BLANKS = 1;

/** `plus` and `minus` index the row's cells: the sum of the one equals the sum of the other. */
export interface LocalEquation {
  plus: number[];
  minus: number[];
}

/** `tried`: the candidate splits the search looked at, within SPLIT_BUDGET. */
export type SplitSearch =
  | { kind: 'splits'; candidates: CellValue[][]; tried: number }
  | { kind: 'tooFewDigits' }
  | { kind: 'tooManyDigits' }
  | { kind: 'tooLong' }
  | { kind: 'tooManyWays'; tried: number };

interface Run {
  negative: boolean;
  digits: string;
  fraction: string;
  /** Where the run was read, so that each cell split from it points at its own digits. */
  source?: ValueSource;
}

type Item = { fixed: CellValue } | { run: Run };

function toItem(value: CellValue): Item {
  if (value.kind !== 'run') return { fixed: value };
  const [whole, fraction] = value.digits.replace(/^-/, '').split('.');
  const run: Run = { negative: value.digits.startsWith('-'), digits: whole, fraction: fraction ? `.${fraction}` : '' };
  return { run: value.source ? { ...run, source: value.source } : run };
}

/** Every split of `values` into `width` cells that satisfies `equations`. */
export function searchSplits(values: CellValue[], width: number, equations: LocalEquation[]): SplitSearch {
  const items = values.map(toItem);
  const digits = values.reduce((sum, value) => sum + (value.kind === 'run' ? runWidth(value.digits) : 0), 0);
  if (digits > MAX_ROW_DIGITS) return { kind: 'tooLong' };
  const probe = new Search(items, width, equations, 0);
  if (probe.fewest(0, 0) > width) return { kind: 'tooManyDigits' };
  const missing = width - probe.most(0, 0);
  if (missing > MAX_BLANKS) return { kind: 'tooFewDigits' };
  return new Search(items, width, equations, Math.max(0, missing)).run();
}

class Search {
  private readonly candidates: CellValue[][] = [];
  private readonly cells: CellValue[] = [];
  /** Where each placed cell came from in its run, parallel to `cells`: sources are made only for the splits kept. */
  private readonly origins: (Origin | undefined)[] = [];
  private steps = 0;
  /** Equations checked once their last cell is placed, by that cell's index. */
  private readonly closing = new Map<number, LocalEquation[]>();

  /** `blanks`: how many cells the row left blank (its digits are that many short of its cells). */
  constructor(
    private readonly items: Item[],
    private readonly width: number,
    equations: LocalEquation[],
    private blanks: number,
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
      if (error instanceof OutOfBudget) return { kind: 'tooManyWays', tried: this.steps };
      throw error;
    }
    return { kind: 'splits', candidates: this.candidates, tried: this.steps };
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
    const left = this.width - this.cells.length;
    if (at === this.items.length) {
      if (left === this.blanks) this.fillBlanks();
      return;
    }
    if (left < this.fewest(at, offset) || left > this.most(at, offset) + this.blanks) return;
    if (this.blanks > 0) this.placeBlank(at, offset);
    const item = this.items[at];
    if ('fixed' in item) this.place(item.fixed, at + 1, 0, undefined);
    else this.splitRun(item.run, at, offset);
  }

  /** A blank cell here, one of those the row's missing digits stand for. */
  private placeBlank(at: number, offset: number): void {
    this.blanks--;
    this.place({ kind: 'blank' }, at, offset, undefined);
    this.blanks++;
  }

  /** The row's remaining cells are the blanks it left. */
  private fillBlanks(): void {
    const candidate = [...this.cells, ...Array.from({ length: this.blanks }, (): CellValue => ({ kind: 'blank' }))];
    if (candidate.every((_, i) => this.holds(i, candidate))) this.keep(candidate);
  }

  private keep(candidate: CellValue[]): void {
    if (this.candidates.length >= MAX_CANDIDATES) throw new OutOfBudget();
    this.candidates.push(candidate.map((cell, i) => withOrigin(cell, this.origins[i])));
  }

  /** The next cell from the run: 1 digit if it starts with 0, else up to MAX_CELL_DIGITS. */
  private splitRun(run: Run, at: number, offset: number): void {
    const rest = run.digits.length - offset;
    const longest = run.digits[offset] === '0' ? 1 : Math.min(MAX_CELL_DIGITS, rest);
    for (let length = 1; length <= longest; length++) {
      const last = length === rest;
      const text = run.digits.slice(offset, offset + length) + (last ? run.fraction : '');
      const sign = offset === 0 && run.negative ? -1 : 1;
      const origin = run.source ? { run, offset, length, last } : undefined;
      this.place({ kind: 'number', value: sign * Number(text) }, last ? at + 1 : at, last ? 0 : offset + length, origin);
    }
  }

  /** Every cell tried counts against the budget. */
  private place(cell: CellValue, at: number, offset: number, origin: Origin | undefined): void {
    if (++this.steps > SPLIT_BUDGET) throw new OutOfBudget();
    this.cells.push(cell);
    this.origins.push(origin);
    if (this.holds(this.cells.length - 1, this.cells)) this.walk(at, offset);
    this.cells.pop();
    this.origins.pop();
  }

  /** Whether the equations that close at cell `index` hold (or cannot be told: a blank cell). */
  private holds(index: number, cells: CellValue[]): boolean {
    return (this.closing.get(index) ?? []).every((equation) => {
      const plus = sumOf(equation.plus.map((i) => cells[i]));
      const minus = sumOf(equation.minus.map((i) => cells[i]));
      return plus === null || minus === null || sameNumber(plus, minus);
    });
  }
}

class OutOfBudget extends Error {}

/** Where a split cell stands in its run. */
interface Origin {
  run: Run;
  offset: number;
  length: number;
  last: boolean;
}

function withOrigin(cell: CellValue, origin: Origin | undefined): CellValue {
  return origin && cell.kind === 'number' ? { ...cell, source: splitSource(origin.run, origin.offset, origin.length, origin.last) } : cell;
}

/**
 * The digits of the run one split cell was read from: its own stretch of the run (with the
 * run's sign on the first cell, its decimals on the last), derived by the template's arithmetic.
 */
function splitSource(run: Run, offset: number, length: number, last: boolean): ValueSource {
  const source = run.source!;
  const sign = run.negative ? 1 : 0;
  const from = offset === 0 ? 0 : sign + offset;
  const to = sign + offset + length + (last ? run.fraction.length : 0);
  const whole = offset === 0 && length === run.digits.length;
  const split: ValueSource = { ...source, start: source.start + from, text: source.text.slice(from, to) };
  return whole ? split : { ...split, derivedBy: 'parse.derived' };
}

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
