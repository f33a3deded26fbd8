import { buildReport, issuesOf } from './builder';

const RULE = 'report.sections';

describe('report.sections', () => {
  it('passes when every section and table is there', () => {
    expect(issuesOf(buildReport(), RULE)).toEqual([]);
  });

  it('reports each missing part once, sections before tables', () => {
    const data = buildReport();
    data.sections = { overview: '总体情况……', problems: '   ' };
    delete data.applications;
    delete data.review;
    delete data.litigationDirect;
    delete data.litigationAfterReview;
    expect(issuesOf(data, RULE)).toEqual([
      { rule: RULE, severity: 'warning', message: '缺少“存在的主要问题及改进情况”部分', cells: ['sections.problems'] },
      { rule: RULE, severity: 'warning', message: '缺少“其他需要报告的事项”部分', cells: ['sections.other'] },
      { rule: RULE, severity: 'warning', message: '缺少表三 收到和处理政府信息公开申请情况', cells: ['applications'] },
      { rule: RULE, severity: 'warning', message: '缺少表四 行政复议、行政诉讼情况', cells: ['review'] },
    ]);
  });

  it('counts an empty table as missing, and table 4 as present when any group is', () => {
    const data = buildReport();
    data.activeDisclosure = {};
    delete data.review;
    expect(issuesOf(data, RULE).map((issue) => issue.cells)).toEqual([['activeDisclosure']]);
  });
});
