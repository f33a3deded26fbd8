/**
 * The real 沭阳县 2025 report as a markdown export: one pipe table per row group, generic
 * headers (数据1…数据6), and a last table whose header names the wrong columns.
 */
import { parseDocument } from '../../src/storage/ingest/parse-document';
import { CELL_PARTS, type ReportData } from '../../src/reading/template/report-data';
import { ambiguousCells, expectedCells, expectedFixture, expectedText, reportFixture, valueAt } from '../support/fixtures';

const expected = expectedFixture('shuyang-2025.expected.json');
const CELL_KEYS = ['year', 'template', 'publishedOn', ...CELL_PARTS];
const ambiguous = new Set(ambiguousCells(expected));
let report: ReportData;

beforeAll(async () => {
  const read = await parseDocument(reportFixture('shuyang-2025.md'), 'AUTO');
  expect(read.format).toBe('TEXT');
  report = read.data;
});

describe('shuyang-2025.md', () => {
  it.each(expectedCells(expected, CELL_KEYS).filter(([path]) => !ambiguous.has(path)))('%s', (path, value) => {
    expect(valueAt(report, path)).toBe(value);
  });

  it('names the body as the document writes it (OCR made 沭阳 沐阳)', () => {
    expect(report.organization).toBe(expectedText(expected, 'organizationAsWritten'));
  });

  it('keeps the values of the mislabelled last table in the template column order', () => {
    // Its header says 本年新收件数 | 上年结转件数 | … ; a reader trusting it would put 142 under newReceived.
    expect(report.applications?.otherHandling?.other).toEqual({
      natural: 142,
      commercial: 1,
      research: 0,
      publicInterest: 0,
      legal: 0,
      other: 0,
      total: 143,
    });
    expect(report.applications?.carriedForward?.total).toBe(31);
  });

  it('takes the website count from the narrative', () => {
    expect(report.countSources?.['channels.website']?.source).toBe('narrative');
  });

  it('raises no parser issues: the `- | -` placeholder rows are layout', () => {
    expect(report.issues).toEqual([]);
  });
});
