/**
 * Realistic defects to inject into a generated report, for tests of the checks and the
 * parser: real reports leave cells blank, write totals that do not add up, and come late.
 */
import { CELL_PARTS, type ReportData } from '../reading/template/report-data';
import { assertNever } from './assert-never';

export type Flaw =
  /** Leaves a cell blank, e.g. `applications.newReceived.total`, `channels.website`. */
  | { kind: 'blankCell'; path: string }
  /**
   * Puts a table-3 row's 总计 off by `by` (default 1), e.g. row `denied.stateSecret`; the
   * total column's identities then fail too, as they do in real reports.
   */
  | { kind: 'rowTotalOff'; row: string; by?: number }
  /** Publishes after the deadline; default 15 March of the following year. */
  | { kind: 'late'; publishedOn?: string }
  /** Every table cell blank: only the labels remain, as in a template filed without its numbers. */
  | { kind: 'allBlank' };

type Container = Record<string, unknown>;

/** Every number under `node` made null. */
function blankAll(node: unknown): void {
  if (node === null || typeof node !== 'object') return;
  const container = node as Container;
  for (const [key, value] of Object.entries(container)) {
    if (typeof value === 'number') container[key] = null;
    else blankAll(value);
  }
}

/** The object that holds the cell at `path`, and the cell's key; throws when there is none. */
function locateCell(data: ReportData, path: string): [Container, string] {
  const keys = path.split('.');
  const last = keys.pop()!;
  let node: unknown = data;
  for (const key of keys) node = (node as Container | null | undefined)?.[key];
  const holder = node as Container | undefined;
  const value = holder?.[last];
  if (value === undefined || (value !== null && typeof value !== 'number')) {
    throw new Error(`applyFlaws: no cell at ${path}`);
  }
  return [holder!, last];
}

function lateDate(data: ReportData, publishedOn: string | undefined): string {
  if (publishedOn) return publishedOn;
  if (data.year === null) throw new Error('applyFlaws: a late date needs the report year');
  return `${data.year + 1}-03-15`;
}

function applyFlaw(data: ReportData, flaw: Flaw): void {
  switch (flaw.kind) {
    case 'blankCell': {
      const [holder, key] = locateCell(data, flaw.path);
      holder[key] = null;
      return;
    }
    case 'rowTotalOff': {
      const [holder, key] = locateCell(data, `applications.${flaw.row}.total`);
      holder[key] = ((holder[key] as number | null) ?? 0) + (flaw.by ?? 1);
      return;
    }
    case 'late':
      data.publishedOn = lateDate(data, flaw.publishedOn);
      return;
    case 'allBlank':
      for (const key of CELL_PARTS) blankAll(data[key]);
      data.notApplicable = [];
      return;
    default:
      assertNever(flaw);
  }
}

/** A copy of `data` with the flaws applied in order; `data` itself is left as it was. */
export function applyFlaws(data: ReportData, flaws: readonly Flaw[]): ReportData {
  const flawed = structuredClone(data);
  for (const flaw of flaws) applyFlaw(flawed, flaw);
  return flawed;
}
