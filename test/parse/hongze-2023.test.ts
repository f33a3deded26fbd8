/** The real 洪泽区 2023 report, published as a PDF with a text layer, against its hand-verified values. */
import { readPdfDocument } from '../../src/reading/documents/pdf-reader';
import { runChecks } from '../../src/checks/run-checks';
import { readReport } from '../../src/reading/read-report';
import { CELL_PARTS, type ReportData } from '../../src/reading/template/report-data';
import { ambiguousCells, expectedCells, expectedFixture, reportFixture, valueAt } from '../support/fixtures';

const expected = expectedFixture('hongze-2023.expected.json');
const CELL_KEYS = ['organization', 'year', 'template', ...CELL_PARTS];
const ambiguous = new Set(ambiguousCells(expected));
let report: ReportData;

beforeAll(async () => {
  report = readReport(await readPdfDocument(reportFixture('hongze-2023.pdf')));
});

describe('hongze-2023.pdf', () => {
  it.each(expectedCells(expected, CELL_KEYS).filter(([path]) => !ambiguous.has(path)))('%s', (path, value) => {
    expect(valueAt(report, path)).toBe(value);
  });

  it('reads the single （六）其他处理 row as otherHandling.total, with no sub-rows', () => {
    expect(Object.keys(report.applications?.otherHandling ?? {})).toEqual(['total']);
  });

  it('reads the fee amount in the 万元 its header states', () => {
    expect(report.activeDisclosure?.fees?.amount).toBe(7730.28);
  });

  it('takes the website count from the narrative, the report having no channel table', () => {
    expect(report.countSources?.['channels.website']?.source).toBe('narrative');
  });

  it('reports the review totals that do not add up', () => {
    const issues = [...report.issues, ...runChecks(report)].map((issue) => `${issue.rule}:${issue.cells.join(',')}`);
    expect(issues.some((issue) => issue.startsWith('review.total:'))).toBe(true);
    expect(issues.some((issue) => issue.startsWith('litigation.total:') && issue.includes('litigationAfterReview'))).toBe(true);
  });

  it('reads the sections without page numbers', () => {
    expect(report.sections?.problems).toContain('思想认识和业务工作水平');
    expect(JSON.stringify(report.sections)).not.toMatch(/- \d+ -/);
  });

  it('raises no parser issues', () => {
    expect(report.issues).toEqual([]);
  });
});
