import { isDeepStrictEqual } from 'node:util';
import type { CellSource } from '../../reading/template/cell-source';
import { cellValues } from '../../reading/template/cell-values';
import type { Cell, ReportData, ReportIssue } from '../../reading/template/report-data';

/** A cell whose value a re-read changed; undefined: the table or row was not there. */
export interface CellChange {
  cell: string;
  before: Cell | undefined;
  after: Cell | undefined;
}

/** What a re-read changed in a stored report. */
export interface ReportDiff {
  cells: CellChange[];
  issuesAppeared: ReportIssue[];
  issuesWent: ReportIssue[];
  /** Other parts that differ: organization, publishedOn, sections, cellSources … */
  otherParts: string[];
}

/** What else of a report is stored, and so compared. */
const OTHER_PARTS = ['organization', 'template', 'publishedOn', 'sections', 'narrativeCounts', 'countSources', 'notApplicable'] as const;

function cellChanges(before: ReportData, after: ReportData): CellChange[] {
  const old = cellValues(before);
  const now = cellValues(after);
  const paths = [...new Set([...old.keys(), ...now.keys()])];
  return paths.filter((cell) => old.get(cell) !== now.get(cell)).map((cell) => ({ cell, before: old.get(cell), after: now.get(cell) }));
}

const issueKey = (issue: ReportIssue): string => JSON.stringify([issue.rule, issue.severity, issue.message, issue.cells]);

/** The issues of `from` that `to` has not (each counted: two equal issues and one are not the same). */
function issuesOnlyIn(from: readonly ReportIssue[], to: readonly ReportIssue[]): ReportIssue[] {
  const remaining = new Map<string, number>();
  for (const issue of to) remaining.set(issueKey(issue), (remaining.get(issueKey(issue)) ?? 0) + 1);
  return from.filter((issue) => {
    const left = remaining.get(issueKey(issue)) ?? 0;
    remaining.set(issueKey(issue), left - 1);
    return left <= 0;
  });
}

/**
 * What reading a stored document again changed: cells, issues and the other stored parts. Both
 * reports must be in their stored form (a fresh reading through toRows/fromRows), so that only
 * what storage keeps is compared; cell sources are compared beside them.
 */
export function diffReports(
  before: ReportData,
  after: ReportData,
  sources: { before: readonly CellSource[]; after: readonly CellSource[] },
): ReportDiff {
  const otherParts: string[] = OTHER_PARTS.filter((part) => !isDeepStrictEqual(before[part] ?? null, after[part] ?? null));
  if (!isDeepStrictEqual(sources.before, sources.after)) otherParts.push('cellSources');
  return {
    cells: cellChanges(before, after),
    issuesAppeared: issuesOnlyIn(after.issues, before.issues),
    issuesWent: issuesOnlyIn(before.issues, after.issues),
    otherParts,
  };
}

export const hasChanges = (diff: ReportDiff): boolean =>
  diff.cells.length > 0 || diff.issuesAppeared.length > 0 || diff.issuesWent.length > 0 || diff.otherParts.length > 0;
