import fs from 'node:fs';
import path from 'node:path';

const REPORTS = path.join(__dirname, '..', 'fixtures', 'reports');

/** A real report from test/fixtures/reports (copies of ../shared/fixtures/reports). */
export function reportFixture(name: string): Buffer {
  return fs.readFileSync(path.join(REPORTS, name));
}

/** Its hand-verified ReportData. */
export function expectedFixture(name: string): Record<string, any> {
  return JSON.parse(fs.readFileSync(path.join(REPORTS, name), 'utf8'));
}

/** The keys of an expected.json that are annotations, not ReportData. */
export const ANNOTATION_KEYS = new Set([
  'source',
  'format',
  'formatDetail',
  'notes',
  'computedIssues',
  'amountYuan',
  'narrativeFacts',
  'ambiguous',
  'organizationAsWritten',
]);

/**
 * Every cell of `expected` under the given top-level keys as [path, value] pairs, so a test
 * can assert each one (and name the one that differs).
 */
export function expectedCells(expected: Record<string, any>, keys: readonly string[]): [string, unknown][] {
  const cells: [string, unknown][] = [];
  const walk = (value: unknown, at: string) => {
    if (value !== null && typeof value === 'object') {
      // `amount` is written as in the document ("371923.02"); `amountYuan` is its number.
      const record = value as Record<string, unknown>;
      const entries = Object.entries(record).map(
        ([key, inner]) => [key, key === 'amount' && 'amountYuan' in record ? record.amountYuan : inner] as const,
      );
      for (const [key, inner] of entries) if (!ANNOTATION_KEYS.has(key)) walk(inner, `${at}.${key}`);
    } else cells.push([at, value]);
  };
  for (const key of keys) if (key in expected) walk(expected[key], key);
  return cells;
}

export function valueAt(root: unknown, path: string): unknown {
  return path.split('.').reduce<any>((value, key) => (value === null || value === undefined ? undefined : value[key]), root);
}
