import { blankCaseOutcome } from '../../src/reading/template/report-data';
import { buildReport, issuesOf, setCells } from './builder';
import { reportFromExpected } from './fixtures';

describe('review.total and litigation.total', () => {
  it('pass when 结果维持 + 结果纠正 + 其他结果 + 尚未审结 = 总计 in every group', () => {
    const data = setCells(buildReport(), {
      'review.maintained': 2,
      'review.pending': 1,
      'review.total': 3,
      'litigationAfterReview.corrected': 1,
      'litigationAfterReview.total': 1,
    });
    expect(issuesOf(data, 'review.total')).toEqual([]);
    expect(issuesOf(data, 'litigation.total')).toEqual([]);
  });

  it('report hongze 2023 as printed: 行政复议 10 + 1 ≠ 0 and 复议后起诉 5 ≠ 0', () => {
    const data = reportFromExpected('hongze-2023');
    expect(issuesOf(data, 'review.total')).toEqual([
      {
        rule: 'review.total',
        severity: 'error',
        message: '表四 行政复议、行政诉讼情况“行政复议”行：结果维持 10 + 结果纠正 1 + 其他结果 0 + 尚未审结 0 = 11 ≠ 总计 0（差 11）',
        cells: ['review.maintained', 'review.corrected', 'review.other', 'review.pending', 'review.total'],
      },
    ]);
    expect(issuesOf(data, 'litigation.total')).toEqual([
      {
        rule: 'litigation.total',
        severity: 'error',
        message:
          '表四 行政复议、行政诉讼情况“行政诉讼—复议后起诉”行：结果维持 5 + 结果纠正 0 + 其他结果 0 + 尚未审结 0 = 5 ≠ 总计 0（差 5）',
        cells: [
          'litigationAfterReview.maintained',
          'litigationAfterReview.corrected',
          'litigationAfterReview.other',
          'litigationAfterReview.pending',
          'litigationAfterReview.total',
        ],
      },
    ]);
  });

  it('report both litigation groups under litigation.total, direct first', () => {
    const data = setCells(buildReport(), { 'litigationDirect.total': 2, 'litigationAfterReview.other': 1 });
    const issues = issuesOf(data, 'litigation.total');
    expect(issues.map((issue) => issue.cells[4])).toEqual(['litigationDirect.total', 'litigationAfterReview.total']);
    expect(issues[0].message).toContain('“行政诉讼—未经复议直接起诉”行');
    expect(issues[0].message).toContain('≠ 总计 2（差 -2）');
  });

  it('count a blank cell as 0: zhangting’s blank 未经复议直接起诉 结果维持 beside 0s adds up to 总计 0', () => {
    const data = setCells(buildReport(), { 'litigationDirect.maintained': null });
    expect(issuesOf(data, 'litigation.total')).toEqual([]);
    expect(issuesOf(reportFromExpected('zhangting-2019'), 'litigation.total')).toEqual([]);
  });

  it('count a blank cell as 0: a blank 结果维持 beside 总计 4 fails, naming it 空白', () => {
    const data = setCells(buildReport(), { 'litigationDirect.maintained': null, 'litigationDirect.total': 4 });
    expect(issuesOf(data, 'litigation.total').map((issue) => issue.message)).toEqual([
      '表四 行政复议、行政诉讼情况“行政诉讼—未经复议直接起诉”行：结果维持 空白 + 结果纠正 0 + 其他结果 0 + 尚未审结 0 = 0 ≠ 总计 4（差 -4）',
    ]);
  });

  it('pass shanghai’s 行政复议 5 + 空白 + 空白 + 2 = 7 and skip its all-blank 复议后起诉', () => {
    const data = reportFromExpected('shanghai-office-2019');
    expect(issuesOf(data, 'review.total')).toEqual([]);
    expect(issuesOf(data, 'litigation.total')).toEqual([]);
  });

  it('skip a group left wholly blank, and a group absent altogether', () => {
    const data = setCells(buildReport(), { 'review.total': 1 });
    data.litigationDirect = blankCaseOutcome();
    delete data.litigationAfterReview;
    expect(issuesOf(data, 'litigation.total')).toEqual([]);
    expect(issuesOf(data, 'review.total')).toHaveLength(1);
  });
});
