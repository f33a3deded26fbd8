/** Shared by the parser tests: fixtures, TAB-form text and the expected-cell walk. */
import { readFileSync } from 'fs';
import { join } from 'path';
import { readTextDocument } from '../../src/reading/documents/text-reader';
import { readReport } from '../../src/reading/read-report';
import { CELL_PARTS, type ReportData } from '../../src/reading/template/report-data';

const FIXTURES = join(__dirname, '..', 'fixtures');

export function fixture(relativePath: string): string {
  return readFileSync(join(FIXTURES, relativePath), 'utf8');
}

export function parseText(text: string): ReportData {
  return readReport(readTextDocument(text));
}

/**
 * A table in the TAB form: each cell on a TAB-led line, a blank line after each row. `null`
 * is a blank cell.
 */
export function tabTable(rows: (string | number | null)[][]): string {
  return rows.map((row) => row.map((cell) => `\t${cell ?? ''}\n`).join('') + '\n').join('');
}

/** The ReportData keys of docs/domain.md an expected.json may hold. */
const REPORT_KEYS = ['organization', 'year', 'template', 'publishedOn', ...CELL_PARTS];
/** Annotations in expected.json that are not cells. */
const ANNOTATIONS = new Set(['source', 'format', 'notes', 'computedIssues', 'amountYuan']);

/**
 * Every cell of an expected.json as [path, value]. An amount written with its unit
 * (`"251000元"`) is compared as its `amountYuan`.
 */
export function expectedCells(expected: Record<string, unknown>): [string, unknown][] {
  return REPORT_KEYS.filter((key) => key in expected).flatMap((key) => leaves(expected[key], key));
}

function leaves(value: unknown, path: string): [string, unknown][] {
  if (value === null || typeof value !== 'object') return [[path, value]];
  const record = value as Record<string, unknown>;
  return Object.entries(record)
    .filter(([key]) => !ANNOTATIONS.has(key))
    .flatMap(([key, child]): [string, unknown][] => {
      const childPath = `${path}.${key}`;
      return key === 'amount' && 'amountYuan' in record ? [[childPath, record.amountYuan]] : leaves(child, childPath);
    });
}

/** The value at a dotted path, undefined where any step is missing. */
export function valueAt(data: unknown, path: string): unknown {
  return path.split('.').reduce<unknown>((node, key) => (node as Record<string, unknown> | undefined)?.[key], data);
}
