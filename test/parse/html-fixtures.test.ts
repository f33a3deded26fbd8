/**
 * The real reports published as HTML, read through the document reader, against their
 * hand-verified values: every cell of every table, blanks as null.
 */
import { readDocument } from '../../src/reading/documents/read-document';
import { readReport } from '../../src/reading/read-report';
import { CELL_PARTS, type ReportData } from '../../src/reading/template/report-data';
import { ambiguousCells, expectedCells, expectedFixture, expectedText, reportFixture, valueAt } from '../support/fixtures';

const REPORT_KEYS = ['year', 'template', 'publishedOn', ...CELL_PARTS];

async function readHtmlFixture(name: string): Promise<ReportData> {
  return readReport(await readDocument(reportFixture(name), 'HTML'));
}

describe.each([
  ['shanghai-office-2019.html', 'shanghai-office-2019.expected.json'],
  ['pingtan-2022.html', 'pingtan-2022.html.expected.json'],
])('%s', (document, expectedFile) => {
  const expected = expectedFixture(expectedFile);
  const ambiguous = new Set(ambiguousCells(expected));
  let report: ReportData;
  beforeAll(async () => {
    report = await readHtmlFixture(document);
  });

  it.each(expectedCells(expected, REPORT_KEYS).filter(([path]) => !ambiguous.has(path)))('%s', (path, value) => {
    expect(valueAt(report, path)).toBe(value);
  });

  // The expected organization is the body's full name; the reader keeps what the document says.
  it('names the organization as the document writes it', () => {
    expect(report.organization).toBe(expectedText(expected, 'organizationAsWritten') ?? expectedText(expected, 'organization'));
  });

  it('raises no parser issues', () => {
    expect(report.issues.filter((issue) => issue.rule.startsWith('parse.'))).toEqual([]);
  });
});

describe('shanghai-office-2019.html (a fragment: <p> and <table>, no page around it)', () => {
  let report: ReportData;
  beforeAll(async () => {
    report = await readHtmlFixture('shanghai-office-2019.html');
  });

  it('reads 251000元 in yuan, and nothing for the cells left &nbsp;', () => {
    expect(report.activeDisclosure?.procurement).toEqual({ count: 6, amount: 251000 });
    expect(report.applications?.granted?.total).toBeNull();
    expect(report.review).toEqual({ maintained: 5, corrected: null, other: null, pending: 2, total: 7 });
  });

  it('reads the narrative around the tables, entities decoded', () => {
    expect(report.sections?.overview).toContain('《上海市贯彻<长江三角洲区域一体化发展规划纲要>实施方案》');
    expect(report.sections?.other).toBe('无。');
  });
});

describe('pingtan-2022.html (the whole page, the site around the report)', () => {
  let report: ReportData;
  beforeAll(async () => {
    report = await readHtmlFixture('pingtan-2022.html');
  });

  it('takes the title and the date from the article header above the content box', () => {
    expect(report.year).toBe(2022);
    expect(report.publishedOn).toBe('2023-02-20');
  });

  it('leaves the footer, scripts and related links out', () => {
    expect(report.sections?.other).toBe('2022年，无收取信息处理费情况。');
    const prose = Object.values(report.sections ?? {}).join('\n');
    for (const chrome of ['版权所有', '网站标识码', '扫一扫', '友情链接', 'SiteInfo']) expect(prose).not.toContain(chrome);
  });

  it('reads table-4 headers written a character per paragraph', () => {
    expect(report.review).toEqual({ maintained: 0, corrected: 1, other: 1, pending: 0, total: 2 });
  });
});
