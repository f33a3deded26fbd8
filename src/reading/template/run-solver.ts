/**
 * Narrows the splits of rows whose digits ran together by what ties rows to each other: the
 * template's equations across rows (a column's 本年新收 + 上年结转 = 总计 + 结转, the outcome rows
 * adding up to 总计) and the numbers the narrative states for a cell. A split survives an
 * equation when some choice among the other rows' surviving splits satisfies it; narrowing
 * repeats until nothing changes. The report's own arithmetic can be wrong: an equation no
 * split can satisfy, or a narrative number no split has, is set aside rather than allowed to
 * rule out every split.
 */
import type { CellValue } from './cell-value';
import type { SplitBasis } from './parse-issues';
import type { Cell, NarrativeCount } from './report-data';
import type { Equation } from './run-equations';

export interface SolverUnit {
  /** The ReportData path of each cell, in column order (undefined: a cell written nowhere). */
  paths: (string | undefined)[];
  /** The splits still possible, each a value per cell. Narrowed in place. */
  candidates: CellValue[][];
  /** What has narrowed the candidates so far; the solver adds to it. */
  basis: Set<SplitBasis>;
}

/** A value of a cell outside every unit: undefined when the report has no such cell. */
export type KnownValue = (path: string) => Cell | undefined;

/** Beyond this many distinct partial sums an equation is not used to narrow (it stays sound). */
const MAX_SUMS = 10_000;

interface Term {
  sign: 1 | -1;
  unit: number;
  index: number;
}

interface Prepared {
  /** The variable terms, by unit. */
  byUnit: Map<number, Term[]>;
  constant: number;
}

export function narrowUnits(units: SolverUnit[], equations: Equation[], known: KnownValue, stated: NarrativeCount[]): void {
  const where = locate(units);
  const prepared = equations.map((equation) => prepare(equation, where, known)).filter((p) => p !== undefined);
  const setAside = new Set<Prepared>();
  let changed = true;
  while (changed) {
    changed = false;
    for (const equation of prepared) {
      if (!setAside.has(equation) && narrowByEquation(units, equation, setAside)) changed = true;
    }
    if (narrowByNarrative(units, where, stated)) changed = true;
  }
}

function locate(units: SolverUnit[]): Map<string, { unit: number; index: number }> {
  const where = new Map<string, { unit: number; index: number }>();
  units.forEach((unit, u) =>
    unit.paths.forEach((path, index) => {
      if (path !== undefined) where.set(path, { unit: u, index });
    }),
  );
  return where;
}

/** The equation as terms over units and a constant; undefined when a known operand is blank or absent. */
function prepare(equation: Equation, where: ReturnType<typeof locate>, known: KnownValue): Prepared | undefined {
  const byUnit = new Map<number, Term[]>();
  let constant = 0;
  const sides: [string[], 1 | -1][] = [
    [equation.plus, 1],
    [equation.minus, -1],
  ];
  for (const [paths, sign] of sides) {
    for (const path of paths) {
      const at = where.get(path);
      if (at) {
        const terms = byUnit.get(at.unit) ?? [];
        if (terms.length === 0) byUnit.set(at.unit, terms);
        terms.push({ sign, ...at });
        continue;
      }
      const value = known(path);
      if (value === null || value === undefined) return undefined;
      constant += sign * value;
    }
  }
  return byUnit.size > 0 ? { byUnit, constant } : undefined;
}

/** A candidate's part of the equation's sum; null when one of its cells is not a number. */
function contribution(candidate: CellValue[], terms: Term[]): number | null {
  let sum = 0;
  for (const term of terms) {
    const cell = candidate[term.index];
    if (cell.kind !== 'number') return null;
    sum += term.sign * cell.value;
  }
  return sum;
}

/** Sums are compared as integers of millionths, so decimal amounts do not miss by noise. */
const key = (sum: number) => Math.round(sum * 1e6);

function narrowByEquation(units: SolverUnit[], equation: Prepared, setAside: Set<Prepared>): boolean {
  let changed = false;
  for (const [u, terms] of equation.byUnit) {
    const unit = units[u];
    if (unit.candidates.length < 2) continue;
    const others = reachableSums(units, equation, u);
    if (!others) continue;
    const kept = unit.candidates.filter((candidate) => {
      const own = contribution(candidate, terms);
      return own === null || others.has(key(-own));
    });
    if (kept.length === 0) {
      setAside.add(equation);
      return changed;
    }
    if (kept.length < unit.candidates.length) {
      unit.candidates = kept;
      unit.basis.add('tableArithmetic');
      changed = true;
    }
  }
  return changed;
}

/** The sums the equation's other units and constant can make; undefined when unknown or too many. */
function reachableSums(units: SolverUnit[], equation: Prepared, except: number): Set<number> | undefined {
  let sums = new Set([key(equation.constant)]);
  for (const [u, terms] of equation.byUnit) {
    if (u === except) continue;
    const values = new Set<number>();
    for (const candidate of units[u].candidates) {
      const value = contribution(candidate, terms);
      if (value === null) return undefined;
      values.add(key(value));
    }
    const next = new Set<number>();
    for (const sum of sums) for (const value of values) next.add(sum + value);
    if (next.size > MAX_SUMS) return undefined;
    sums = next;
  }
  return sums;
}

function narrowByNarrative(units: SolverUnit[], where: ReturnType<typeof locate>, stated: NarrativeCount[]): boolean {
  let changed = false;
  for (const count of stated) {
    const at = where.get(count.key);
    if (!at) continue;
    const unit = units[at.unit];
    const kept = unit.candidates.filter((candidate) => {
      const cell = candidate[at.index];
      return cell.kind === 'number' && key(cell.value) === key(count.value);
    });
    if (kept.length > 0 && kept.length < unit.candidates.length) {
      unit.candidates = kept;
      unit.basis.add('narrative');
      changed = true;
    }
  }
  return changed;
}
