import { buildReport, issuesOf, setCells, withNarrative } from './builder';

const RULE = 'narrative.cases';
const TABLE = '表四 行政复议、行政诉讼情况';

/** 平潭 2022's table 4: 行政复议 2, 未经复议直接起诉 1, 复议后起诉 0. */
const pingtan = () =>
  setCells(buildReport('2021'), {
    'review.corrected': 1,
    'review.other': 1,
    'review.total': 2,
    'litigationDirect.maintained': 1,
    'litigationDirect.total': 1,
  });

describe('narrative.cases', () => {
  it('passes review and litigation, litigation being both kinds together', () => {
    const sentence = '共有行政诉讼案件1件、行政复议案件2件，均已结案';
    const data = withNarrative(pingtan(), [
      ['litigation.total', 1, sentence],
      ['review.total', 2, sentence],
      ['cases.total', 3, '复议和诉讼案件共3件'],
    ]);
    expect(issuesOf(data, RULE)).toEqual([]);
  });

  it('reports litigation the table counts differently, naming both rows', () => {
    const data = withNarrative(pingtan(), [['litigation.total', 3, '行政诉讼3件']]);
    expect(issuesOf(data, RULE)).toEqual([
      {
        rule: RULE,
        severity: 'warning',
        message: `${TABLE}“行政诉讼—未经复议直接起诉”行与“行政诉讼—复议后起诉”行“总计”列之和：` + '表格为 1，正文为 3（“行政诉讼3件”）',
        cells: ['litigationDirect.total', 'litigationAfterReview.total'],
      },
    ]);
  });

  it('reports cases of both kinds counted together against all three rows', () => {
    const data = withNarrative(pingtan(), [['cases.total', 74, '共办理相关案件 74 件']]);
    expect(issuesOf(data, RULE).map((issue) => issue.message)).toEqual([
      `${TABLE}“行政复议”行、“行政诉讼—未经复议直接起诉”行与“行政诉讼—复议后起诉”行“总计”列之和：` +
        '表格为 3，正文为 74（“共办理相关案件 74 件”）',
    ]);
  });

  it('counts a kind of litigation the report leaves blank as 0 beside the stated one (上海 2019: 诉讼9件)', () => {
    const data = setCells(buildReport('2019'), {
      'litigationDirect.maintained': 8,
      'litigationDirect.pending': 1,
      'litigationDirect.total': 9,
    });
    data.litigationAfterReview = { maintained: null, corrected: null, other: null, pending: null, total: null };
    withNarrative(data, [['litigation.total', 9, '信息公开类行政复议7件，诉讼9件，均获维持']]);
    expect(issuesOf(data, RULE)).toEqual([]);
  });

  it('takes a blank 总计 as the sum of its row', () => {
    const data = setCells(buildReport('2021'), { 'review.maintained': 5, 'review.pending': 2, 'review.total': null });
    withNarrative(data, [['review.total', 8, '行政复议8件']]);
    expect(issuesOf(data, RULE).map((issue) => issue.message)).toEqual([
      `${TABLE}“行政复议”行“总计”列：表格为 7（“总计”列空白，按同行各列之和），正文为 8（“行政复议8件”）`,
    ]);
  });
});
