/**
 * An issue's fingerprint: its rule, its cells and the cells' values when it was found.
 * Stored issues hang off a report version and are rewritten with every upload or re-parse,
 * so a reviewer's decision is attached to the fingerprint instead: the same issue in a later
 * version (same rule, same cells, same values) finds its decision again, and one whose values
 * changed is a new issue that needs a new decision.
 */
import { createHash } from 'node:crypto';
import type { ReportData, ReportIssue } from '../reading/template/report-data';

/** The value at a ReportData path (a cell, a date, a whole part), undefined when absent. */
function valueAt(data: ReportData, path: string): unknown {
  const step = (node: unknown, key: string) =>
    node !== null && typeof node === 'object' ? (node as Record<string, unknown>)[key] : undefined;
  return path.split('.').reduce<unknown>(step, data);
}

/** JSON-ready with object keys sorted and absent as null, so equal values always print alike. */
function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical);
  if (value !== null && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    return Object.fromEntries(
      Object.keys(record)
        .sort()
        .map((key) => [key, canonical(record[key])]),
    );
  }
  return value ?? null;
}

/** 32 hex digits (128 bits of SHA-256). */
export function issueFingerprint(issue: Pick<ReportIssue, 'rule' | 'cells'>, data: ReportData): string {
  const values = issue.cells.map((path) => canonical(valueAt(data, path)));
  return createHash('sha256')
    .update(JSON.stringify([issue.rule, issue.cells, values]))
    .digest('hex')
    .slice(0, 32);
}
