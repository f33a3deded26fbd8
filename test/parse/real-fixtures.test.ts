/**
 * Every real report in test/fixtures/reports against its hand-verified expected.json, read
 * through the same path as an upload: every cell right
 * (cells listed under `ambiguous` are null with a parse.ambiguous issue instead), every issue
 * of `computedIssues` reported by the checks, and every filled cell's source exact in the
 * document's extracted text.
 */
import fs from 'node:fs';
import path from 'node:path';
import { runChecks } from '../../src/checks/run-checks';
import { CELL_PARTS, type ReportData } from '../../src/reading/template/report-data';
import { parseDocument } from '../../src/storage/ingest/parse-document';
import type { ReadText } from '../../src/storage/ingest/upload-input';
import { expectSourcesExact } from '../support/cell-sources';
import { ambiguousCells, computedIssues, expectedCells, expectedFixture, reportFixture, valueAt } from '../support/fixtures';

const REPORTS = path.join(__dirname, '..', 'fixtures', 'reports');
const CELL_KEYS = ['year', 'template', 'publishedOn', ...CELL_PARTS];

/** Each document and its expected.json (`NAME.html.expected.json` beside `NAME.expected.json` for a second form). */
const FIXTURES = fs
  .readdirSync(REPORTS)
  .filter((name) => !name.endsWith('.json'))
  .sort()
  .map((name) => {
    const own = `${name}.expected.json`;
    return [name, fs.existsSync(path.join(REPORTS, own)) ? own : `${name.replace(/\.[^.]+$/, '')}.expected.json`] as const;
  });

function isUnder(cell: string, prefixes: string[]): boolean {
  return prefixes.some((prefix) => cell === prefix || cell.startsWith(`${prefix}.`));
}

/** computedIssues are written `rowTotal totalProcessed: …`, `identity natural: …`, `review.total: …`, `cells.blank: …`. */
const RULES: Record<string, string> = {
  rowTotal: 'applications.rowTotal',
  outcomeTotal: 'applications.outcomeTotal',
  identity: 'applications.identity',
  'review.total': 'review.total',
  'litigationAfterReview.total': 'litigation.total',
  'litigationDirect.total': 'litigation.total',
  'cells.blank': 'cells.blank',
};

/**
 * Whether the hub reports the computed issue: its rule, on the row or column it names. A blank
 * cell that crawler text cannot place (six digits for seven cells) is reported by the reader
 * instead, as parse.ambiguous with a blank among its candidates.
 */
function reports(report: ReportData, computed: string): boolean {
  const issues = runChecks(report);
  const [head] = computed.split(':');
  if (head === 'cells.blank' && blankAmongCandidates(report, computed)) return true;
  const [short, subject] = head.split(' ');
  const rule = RULES[short];
  const matching = issues.filter((issue) => issue.rule === rule);
  if (!subject) return matching.length > 0;
  return matching.some((issue) =>
    issue.cells.some((cell) => (short === 'rowTotal' ? cell.startsWith(`applications.${subject}.`) : cell.endsWith(`.${subject}`))),
  );
}

function blankAmongCandidates(report: ReportData, computed: string): boolean {
  return report.issues.some(
    (issue) =>
      issue.rule === 'parse.ambiguous' &&
      issue.message.includes('（空）') &&
      issue.cells.some((cell) => computed.includes(cell.split('.').slice(0, 2).join('.'))),
  );
}

describe.each(FIXTURES)('%s', (document, expectedName) => {
  const expected = expectedFixture(expectedName);
  const ambiguous = ambiguousCells(expected);
  let read: ReadText;
  let report: ReportData;

  beforeAll(async () => {
    read = await parseDocument(reportFixture(document), 'AUTO');
    report = read.data;
  });

  const cells = expectedCells(expected, CELL_KEYS);
  it.each(cells.filter(([cell]) => !isUnder(cell, ambiguous)))('%s', (cell, value) => {
    expect(valueAt(report, cell)).toBe(value);
  });

  if (ambiguous.length > 0) {
    it('leaves the cells a reader cannot pin down null, with parse.ambiguous', () => {
      const flagged = report.issues.filter((issue) => issue.rule === 'parse.ambiguous').flatMap((issue) => issue.cells);
      for (const [cell] of cells.filter(([path]) => isUnder(path, ambiguous))) {
        expect([cell, valueAt(report, cell)]).toEqual([cell, null]);
      }
      for (const prefix of ambiguous) expect(flagged.some((cell) => isUnder(cell, [prefix]))).toBe(true);
    });
  }

  const computed = computedIssues(expected);
  if (computed.length > 0) {
    it.each(computed)('reports %s', (issue) => {
      expect(reports(report, issue)).toBe(true);
    });
  }

  it('says where every number came from, exactly', () => {
    expectSourcesExact(read);
  });
});
