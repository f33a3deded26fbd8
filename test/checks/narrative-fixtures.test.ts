/**
 * The narrative rules on the real reports: the counts their prose states, as the parser reads
 * them, against their tables. Where a report's reader exists the whole report is parsed;
 * otherwise the tables come from its expected.json and the counts from its prose. Reports
 * whose expected.json lists no issue get no narrative warning; 上海 2019 gets the two its
 * prose really gets wrong.
 */
import { readTextDocument } from '../../src/reading/documents/text-reader';
import { runChecks } from '../../src/checks/run-checks';
import { readNarrativeCounts } from '../../src/reading/narrative/narrative-counts';
import { readReport } from '../../src/reading/read-report';
import type { ReportData } from '../../src/reading/template/report-data';
import { fixtureProse, fixtureText, reportFromExpected } from './fixtures';

function narrativeIssues(data: ReportData) {
  return runChecks(data).filter((issue) => /^(?:narrative|channels)\./.test(issue.rule));
}

function countsOf(data: ReportData): Record<string, number> {
  return Object.fromEntries((data.narrativeCounts ?? []).map((count) => [count.key, count.value]));
}

/** Tables as verified by hand, counts as the parser reads the document's prose. */
function fromExpected(name: string, document: string): ReportData {
  return { ...reportFromExpected(name), narrativeCounts: readNarrativeCounts(fixtureProse(document)) };
}

describe('narrative rules on the real reports', () => {
  it('丈亭 2019: channel counts in prose and table agree, and no other count is stated', () => {
    const report = readReport(readTextDocument(fixtureText('zhangting-2019.txt')));
    expect(Object.keys(countsOf(report)).sort()).toEqual(['channels.totalActive', 'channels.website', 'channels.wechat', 'channels.weibo']);
    expect(narrativeIssues(report)).toEqual([]);
  });

  it('洪泽 2023: 受理21件 is table 3’s 21', () => {
    // The PDF's prose as its text layer has it (its reader is not the point here).
    const prose = ['2023 年，我区在政府网站平台主动公开政府信息 1136 条。', '2023 年全区受理政府信息公开申请 21 件，均在法定期限答复。'];
    const data = { ...reportFromExpected('hongze-2023'), narrativeCounts: readNarrativeCounts(prose) };
    expect(countsOf(data)).toEqual({ 'channels.website': 1136, 'applications.received.total': 21 });
    expect(narrativeIssues(data)).toEqual([]);
  });

  it.each([
    [
      '平潭 2022: 收到75件 = 74 new + 1 carried over, and every other count agrees',
      'pingtan-2022',
      'pingtan-2022.txt',
      {
        'channels.totalActive': 14571,
        'activeDisclosure.normativeDocuments.valid': 698,
        'activeDisclosure.normativeDocuments.made': 88,
        'applications.received.total': 75,
        'applications.received.natural': 72,
        'applications.received.commercial': 3,
        'litigation.total': 1,
        'review.total': 2,
      },
    ],
    [
      '沭阳 2025: 受理749件 = 713 + 36, 办理718件, 结转31件, 相关案件74件 = 61 + 3 + 10',
      'shuyang-2025',
      'shuyang-2025.md',
      {
        'channels.website': 4511,
        'applications.received.total': 749,
        'applications.received.natural': 741,
        'applications.received.organizations': 8,
        'applications.totalProcessed.total': 718,
        'applications.carriedForward.total': 31,
        'cases.total': 74,
      },
    ],
  ])('%s', (_title, name, document, counts) => {
    const data = fromExpected(name, document);
    expect(countsOf(data)).toEqual(counts);
    expect(narrativeIssues(data)).toEqual([]);
  });

  describe('上海 2019', () => {
    const data = fromExpected('shanghai-office-2019', 'shanghai-office-2019.html');
    const issues = narrativeIssues(data);

    it('reads every count of its applications paragraph', () => {
      expect(countsOf(data)).toMatchObject({
        'applications.received.total': 859,
        'applications.totalProcessed.total': 805,
        'applications.carriedOver.total': 18,
        'applications.carriedForward.total': 72,
        'applications.grantedOrPartial.total': 258,
        'applications.denied.total': 35,
        'applications.unavailable.total': 265,
        'applications.notProcessed.total': 158,
        'applications.otherHandling.total': 0,
        'review.total': 7,
        'litigation.total': 9,
      });
    });

    it('warns of 予以公开及部分公开 258 against the table’s 272 + 3, and 无法提供 265 against 337', () => {
      const numbers = (message: string) => /：表格为 (.*)，正文为 (\d+)（“/.exec(message)?.slice(1);
      expect(issues.map((issue) => [issue.rule, ...(numbers(issue.message) ?? [])])).toEqual([
        ['narrative.applications', '275（“总计”列空白，按同行各列之和）', '258'],
        ['narrative.applications', '337（“总计”列空白，按同行各列之和）', '265'],
      ]);
    });

    it('finds 受理859件, 答复805件, 不予公开35件, 不予处理158件 and 复议7件、诉讼9件 in agreement', () => {
      expect(issues.flatMap((issue) => issue.cells)).toEqual([
        'applications.granted.total',
        'applications.partiallyGranted.total',
        'applications.unavailable.notHeld.total',
        'applications.unavailable.needsCreation.total',
        'applications.unavailable.unclear.total',
      ]);
    });
  });
});
