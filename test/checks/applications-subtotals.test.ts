import { buildReport, issuesOf, setCells } from './builder';

const RULE = 'applications.subtotals';

describe('applications.subtotals', () => {
  it('passes when the three （六） sub-rows add up to its total', () => {
    const data = setCells(buildReport('2021'), {
      'applications.otherHandling.overdueCorrection.natural': 2,
      'applications.otherHandling.other.natural': 1,
      'applications.otherHandling.total.natural': 3,
    });
    expect(issuesOf(data, RULE)).toEqual([]);
  });

  it('reports the column and the four cells when they do not', () => {
    const data = setCells(buildReport('2021'), {
      'applications.otherHandling.overdueFee.commercial': 2,
      'applications.otherHandling.total.commercial': 1,
    });
    const issues = issuesOf(data, RULE);
    expect(issues).toHaveLength(1);
    expect(issues[0].severity).toBe('error');
    expect(issues[0].cells).toEqual([
      'applications.otherHandling.overdueCorrection.commercial',
      'applications.otherHandling.overdueFee.commercial',
      'applications.otherHandling.other.commercial',
      'applications.otherHandling.total.commercial',
    ]);
    expect(issues[0].message).toMatch(/^表三 收到和处理政府信息公开申请情况“商业企业”列：/);
    expect(issues[0].message).toContain('2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请 2');
    expect(issues[0].message).toContain('= 2 ≠ （六）其他处理 1（差 1）');
  });

  it('does nothing for a single （六） row (2019, or hongze’s 2021 report)', () => {
    const data = setCells(buildReport('2019'), { 'applications.otherHandling.total.natural': 7 });
    expect(issuesOf(data, RULE)).toEqual([]);
  });

  it('counts a blank sub-row as 0 when the rest add up', () => {
    const data = setCells(buildReport('2021'), {
      'applications.otherHandling.overdueCorrection.natural': null,
      'applications.otherHandling.overdueFee.natural': 2,
      'applications.otherHandling.other.natural': 1,
      'applications.otherHandling.total.natural': 3,
    });
    expect(issuesOf(data, RULE)).toEqual([]);
  });

  it('fails a blank sub-row beside a total of 3, naming it 空白', () => {
    const data = setCells(buildReport('2021'), {
      'applications.otherHandling.overdueCorrection.natural': null,
      'applications.otherHandling.total.natural': 3,
    });
    const issues = issuesOf(data, RULE);
    expect(issues).toHaveLength(1);
    expect(issues[0].message).toContain('1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请 空白');
    expect(issues[0].message).toContain('= 0 ≠ （六）其他处理 3（差 -3）');
  });

  it('skips a column whose sub-rows and total are all blank', () => {
    const data = setCells(buildReport('2021'), {
      'applications.otherHandling.overdueCorrection.natural': null,
      'applications.otherHandling.overdueFee.natural': null,
      'applications.otherHandling.other.natural': null,
      'applications.otherHandling.total.natural': null,
      'applications.otherHandling.total.legal': 1,
    });
    expect(issuesOf(data, RULE).map((issue) => issue.cells.at(-1))).toEqual(['applications.otherHandling.total.legal']);
  });
});
