/**
 * The real 平潭综合实验区 2022 report as crawler text: one long line per section, table cells
 * run together (行政规范性文件8855698 is 88 | 55 | 698), split by the template's arithmetic and
 * the numbers the narrative states.
 */
import { parseDocument } from '../../src/storage/ingest/parse-document';
import { CELL_PARTS, type ReportData } from '../../src/reading/template/report-data';
import { ambiguousCells, expectedCells, expectedFixture, expectedText, reportFixture, valueAt } from '../support/fixtures';

const expected = expectedFixture('pingtan-2022.expected.json');
const CELL_KEYS = ['year', 'template', 'publishedOn', ...CELL_PARTS];
const ambiguous = new Set(ambiguousCells(expected));
let report: ReportData;

beforeAll(async () => {
  const read = await parseDocument(reportFixture('pingtan-2022.txt'), 'AUTO');
  expect(read.format).toBe('TEXT');
  report = read.data;
});

describe('pingtan-2022.txt', () => {
  it.each(expectedCells(expected, CELL_KEYS).filter(([path]) => !ambiguous.has(path)))('%s', (path, value) => {
    expect(valueAt(report, path)).toBe(value);
  });

  it('names the body as the title writes it', () => {
    expect(report.organization).toBe(expectedText(expected, 'organizationAsWritten'));
  });

  it('splits 8855698 by the narrative (made 88, valid 698) and says so', () => {
    const issue = report.issues.find((found) => found.cells.includes('activeDisclosure.normativeDocuments.repealed'));
    expect(issue).toMatchObject({ rule: 'parse.derived', severity: 'info' });
    expect(issue?.message).toContain('正文所述数字');
    expect(issue?.message).toContain('本年废止件数 55');
  });

  it('splits the table-3 runs by their row totals', () => {
    const issue = report.issues.find((found) => found.cells.includes('applications.newReceived.natural'));
    expect(issue?.message).toContain('本行合计');
  });

  it('reads the space-separated table-4 row without splitting anything', () => {
    expect(report.issues.some((issue) => issue.cells.some((cell) => cell.startsWith('review.')))).toBe(false);
  });

  it('keeps the prose around the tables as sections', () => {
    expect(report.sections?.overview).toContain('14571条');
    expect(report.sections?.overview).not.toContain('8855698');
    expect(report.sections?.problems?.startsWith('2022年，平潭综合实验区政府信息公开工作取得了一定成绩')).toBe(true);
    expect(report.sections?.other).toBe('2022年，无收取信息处理费情况。');
  });

  it('raises only the info issues of derived cells, no warning', () => {
    expect(report.issues.filter((issue) => issue.severity !== 'info')).toEqual([]);
  });
});
