import fs from 'node:fs';
import path from 'node:path';

const REPORTS = path.join(__dirname, '..', 'fixtures', 'reports');

/** A real report from test/fixtures/reports, as it was published. */
export function reportFixture(name: string): Buffer {
  return fs.readFileSync(path.join(REPORTS, name));
}

/**
 * A hand-verified expected.json: ReportData's fields as the document states them, beside the
 * annotations of ANNOTATION_KEYS. Its values stay unknown: a test compares them, or narrows
 * the annotation it reads through the helpers below.
 */
export type ExpectedReport = Readonly<Record<string, unknown>>;

/** Its hand-verified ReportData. */
export function expectedFixture(name: string): ExpectedReport {
  const parsed: unknown = JSON.parse(fs.readFileSync(path.join(REPORTS, name), 'utf8'));
  if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) throw new Error(`${name} is not a JSON object`);
  return parsed as ExpectedReport;
}

/** The cells (or the prefixes of cells) the document leaves ambiguous: `ambiguous` maps each to why. */
export function ambiguousCells(expected: ExpectedReport): string[] {
  const { ambiguous } = expected;
  if (ambiguous === undefined) return [];
  if (ambiguous === null || typeof ambiguous !== 'object' || Array.isArray(ambiguous)) {
    throw new Error(`ambiguous should map cells to reasons, not ${JSON.stringify(ambiguous)}`);
  }
  return Object.keys(ambiguous);
}

/** The issues the checks must raise on the document (`computedIssues`), none when it names none. */
export function computedIssues(expected: ExpectedReport): string[] {
  const { computedIssues: issues } = expected;
  if (issues === undefined) return [];
  if (!Array.isArray(issues) || !issues.every((issue) => typeof issue === 'string')) {
    throw new Error(`computedIssues should be a list of strings, not ${JSON.stringify(issues)}`);
  }
  return issues;
}

/** A text field of the expected.json (`organization`, `organizationAsWritten`), undefined when absent. */
export function expectedText(expected: ExpectedReport, key: string): string | undefined {
  const value = expected[key];
  if (value !== undefined && typeof value !== 'string') throw new Error(`${key} should be text, not ${JSON.stringify(value)}`);
  return value;
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
export function expectedCells(expected: ExpectedReport, keys: readonly string[]): [string, unknown][] {
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

/** The value at a dotted path (`applications.newReceived.natural`), undefined past a missing step. */
export function valueAt(root: unknown, path: string): unknown {
  return path
    .split('.')
    .reduce<unknown>((value, key) => (value === null || value === undefined ? undefined : (value as Record<string, unknown>)[key]), root);
}
