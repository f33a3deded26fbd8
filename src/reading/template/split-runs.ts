/**
 * Splits the digits that ran together in a document (crawler text writes 88 | 55 | 698 as
 * `8855698`) into the cells of their rows, once every row has been read. The document reader
 * only sees labels and digit runs; what a split must satisfy is the template's: the number of
 * columns, each row's parts adding up to its total (run-splits), the equations across rows
 * and the numbers the narrative states (run-solver). One split left: its cells are used and
 * the row says they were derived. Several left: the cells they disagree on stay blank and
 * parse.ambiguous lists them all. A value is never picked silently.
 */
import type { CellValue } from './cell-value';
import { ambiguousRun, derivedRun, unsplittableRun, type SplitBasis, type UnsplittableReason } from './parse-issues';
import type { PendingCell, PendingRun, ReportBuilder } from './report-builder';
import type { NarrativeCount } from './report-data';
import type { KnownSum } from './previous-year';
import { templateEquations, type Equation } from './run-equations';
import { narrowUnits, type KnownValue, type SolverUnit } from './run-solver';
import { searchSplits, type LocalEquation, type SplitSearch } from './run-splits';

interface Unit extends SolverUnit {
  pending: PendingRun;
}

/**
 * `stated`: numbers the narrative states for cells. `previous`: numbers last year's stored
 * report fixes for cells of this one (this year's 上年结转 is last year's 结转下年度; 现行有效 is
 * last year's plus made minus repealed), when the storage layer passes them.
 */
export function resolveRuns(out: ReportBuilder, stated: NarrativeCount[], previous: KnownSum[] = []): void {
  if (out.pendingRuns.length === 0) return;
  const equations = templateEquations(out.applications, out.cases);
  const byPath = equationsByPath(equations);
  const units = out.pendingRuns.flatMap((pending) => searchUnit(out, pending, byPath));
  narrowUnits(units, equations, knownIn(out), stated);
  if (previous.length > 0) {
    narrowByKnown(units, previous, 'previousYear');
    narrowUnits(units, equations, knownIn(out), stated);
  }
  units.forEach(preferRepeatedParts);
  units.forEach((unit) => settle(out, unit));
}

/** Keeps the splits that satisfy a sum another source fixes for the unit's own cells, when some do. */
function narrowByKnown(units: Unit[], known: KnownSum[], basis: SplitBasis): void {
  for (const unit of units) {
    for (const fact of known) {
      const plus = fact.plus.map((path) => unit.paths.indexOf(path));
      const minus = fact.minus.map((path) => unit.paths.indexOf(path));
      if ([...plus, ...minus].some((index) => index < 0)) continue;
      const kept = unit.candidates.filter((candidate) => {
        const sum = sumOf(plus.map((i) => candidate[i])) - sumOf(minus.map((i) => candidate[i]));
        return Math.abs(sum - fact.value) < 1e-6;
      });
      if (kept.length > 0 && kept.length < unit.candidates.length) {
        unit.candidates = kept;
        unit.basis.add(basis);
      }
    }
  }
}

/** The sum of number cells; NaN when one is not a number, which then satisfies no sum. */
function sumOf(cells: CellValue[]): number {
  return cells.reduce((sum, cell) => sum + (cell.kind === 'number' ? cell.value : NaN), 0);
}

/**
 * Where several splits fit every rule and exactly one of them cuts the digits into equal parts
 * (898989 in a three-cell row: 89 | 89 | 89), that is the one a person would read: a number
 * written three times over is no accident of the digits.
 */
function preferRepeatedParts(unit: Unit): void {
  if (unit.candidates.length < 2) return;
  const repeated = unit.candidates.filter(hasRepeatedParts);
  if (repeated.length !== 1) return;
  unit.candidates = repeated;
  unit.basis.add('repeatedParts');
}

/** Three cells in a row holding the same number of two digits or more. */
function hasRepeatedParts(candidate: CellValue[]): boolean {
  return candidate.some((cell, i) => {
    if (cell.kind !== 'number' || Math.abs(cell.value) < 10) return false;
    const next = candidate.slice(i + 1, i + 3);
    return next.length === 2 && next.every((other) => other.kind === 'number' && other.value === cell.value);
  });
}

/** The unit's splits that satisfy its own equations, or none with an issue when it cannot be split. */
function searchUnit(out: ReportBuilder, pending: PendingRun, byPath: Map<string, Equation[]>): Unit[] {
  const paths = pending.cells.map((cell) => cell.path);
  const local = localEquations(byPath, paths);
  let search = searchSplits(pending.values, paths.length, local);
  const basis = new Set<SplitBasis>(['digits']);
  if (local.length > 0 && hasSplits(search)) basis.add('rowTotal');
  // No split adds up: the report's own row total is wrong, so the row's arithmetic cannot decide.
  else if (local.length > 0 && search.kind === 'splits') search = searchSplits(pending.values, paths.length, []);
  if (search.kind !== 'splits' || search.candidates.length === 0) {
    const reason: UnsplittableReason = search.kind === 'splits' ? 'leadingZeros' : search.kind;
    out.issue(unsplittableRun(pending.kind, pending.text, titlesOf(pending), reason, written(pending.cells)));
    return [];
  }
  return [{ pending, paths, candidates: search.candidates, basis }];
}

function hasSplits(search: SplitSearch): boolean {
  return search.kind === 'splits' && search.candidates.length > 0;
}

/** Each path's equations, so that a row looks only at the equations its cells are in. */
function equationsByPath(equations: Equation[]): Map<string, Equation[]> {
  const byPath = new Map<string, Equation[]>();
  for (const equation of equations) {
    for (const path of [...equation.plus, ...equation.minus]) {
      const list = byPath.get(path) ?? [];
      if (list.length === 0) byPath.set(path, list);
      list.push(equation);
    }
  }
  return byPath;
}

/** The equations among the unit's own cells, by cell index. */
function localEquations(byPath: Map<string, Equation[]>, paths: (string | undefined)[]): LocalEquation[] {
  const index = new Map(paths.map((path, i) => [path, i]));
  const touching = new Set(paths.flatMap((path) => (path === undefined ? [] : (byPath.get(path) ?? []))));
  return [...touching]
    .filter((equation) => equation.plus.every((path) => index.has(path)) && equation.minus.every((path) => index.has(path)))
    .map((equation) => ({
      plus: equation.plus.map((path) => index.get(path)!),
      minus: equation.minus.map((path) => index.get(path)!),
    }));
}

/** The value the builder holds at a path, for equations with cells outside every unit. */
function knownIn(out: ReportBuilder): KnownValue {
  const root: Record<string, unknown> = { activeDisclosure: out.activeDisclosure, applications: out.applications, ...out.cases };
  return (path) => {
    const value = path.split('.').reduce<unknown>((node, key) => (node as Record<string, unknown> | undefined)?.[key], root);
    return typeof value === 'number' || value === null ? value : undefined;
  };
}

/** Fills the cells every remaining split agrees on, and says how the row was read. */
function settle(out: ReportBuilder, unit: Unit): void {
  const { pending, candidates } = unit;
  const agreed = pending.cells.map((_, i) => candidates.every((candidate) => sameCell(candidate[i], candidates[0][i])));
  pending.cells.forEach((cell, i) => {
    if (agreed[i]) cell.set(candidates[0][i]);
  });
  const titles = titlesOf(pending);
  if (candidates.length === 1) {
    if (candidates[0].length > pending.values.length) {
      out.issue(derivedRun(pending.kind, pending.text, titles, candidates[0].map(cellText), [...unit.basis], written(pending.cells)));
    }
    return;
  }
  const open = pending.cells.filter((_, i) => !agreed[i]);
  out.issue(
    ambiguousRun(
      pending.kind,
      pending.text,
      titles,
      candidates.map((candidate) => candidate.map(cellText)),
      open.map((cell) => cell.title),
      written(open),
    ),
  );
}

/** The paths of cells that are written somewhere. */
function written(cells: PendingCell[]): string[] {
  return cells.flatMap((cell) => (cell.path === undefined ? [] : [cell.path]));
}

function titlesOf(pending: PendingRun): string[] {
  return pending.cells.map((cell) => cell.title);
}

function sameCell(a: CellValue, b: CellValue): boolean {
  return a.kind === b.kind && (a.kind !== 'number' || (b.kind === 'number' && a.value === b.value));
}

function cellText(cell: CellValue): string {
  switch (cell.kind) {
    case 'number':
      return String(cell.value);
    case 'notApplicable':
      return '——';
    case 'blank':
    case 'unit':
    case 'text':
    case 'run':
      return '（空）';
    default: {
      const unknown: never = cell;
      throw new Error(`unknown cell ${JSON.stringify(unknown)}`);
    }
  }
}
