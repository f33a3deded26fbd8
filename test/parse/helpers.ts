/** Shared by the parser tests: fixtures, TAB-form text and the expected-cell walk. */
import { readFileSync } from 'fs';
import { join } from 'path';
import { readTextDocument } from '../../src/reading/documents/text-reader';
import { readReport } from '../../src/reading/read-report';
import { CELL_PARTS, type ReportData } from '../../src/reading/template/report-data';
import { type ExpectedReport, expectedCells as cellsUnder, valueAt } from '../support/fixtures';

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

/** Every cell of an expected.json as [path, value], as test/support/fixtures.ts walks it. */
export function expectedCells(expected: ExpectedReport): [string, unknown][] {
  return cellsUnder(expected, REPORT_KEYS);
}

export { valueAt };
