import { runChecks } from '../../src/checks/run-checks';
import { buildReport, issuesOf } from './builder';

const RULE = 'report.late';

function publishedOn(date: string | null, organization = '丈亭镇人民政府') {
  const data = buildReport('2021');
  data.year = 2022;
  data.publishedOn = date;
  data.organization = organization;
  return data;
}

describe('report.late', () => {
  it("passes a township's report on or before 31 January of the following year", () => {
    expect(issuesOf(publishedOn('2023-01-31'), RULE)).toEqual([]);
    expect(issuesOf(publishedOn('2023-01-20'), RULE)).toEqual([]);
  });

  it('says how many days late the report is, which deadline applied and cites article 49', () => {
    expect(issuesOf(publishedOn('2023-02-20'), RULE)).toEqual([
      {
        rule: RULE,
        severity: 'warning',
        message:
          '2022年度报告发布于 2023-02-20，晚于乡镇（街道）年度报告的期限（由县级人民政府确定，未另定的为1月31日） 2023-01-31 共 20 天（《政府信息公开条例》第四十九条）',
        cells: ['publishedOn'],
      },
    ]);
    expect(issuesOf(publishedOn('2023-02-01'), RULE)[0].message).toContain('共 1 天');
  });

  it("gives a county-level government's own report until 31 March (平潭综合实验区's 2023 report, published 2024-03-08, was called 37 days late)", () => {
    const pingtan = publishedOn('2024-03-08', '平潭综合实验区管委会');
    pingtan.year = 2023;
    expect(issuesOf(pingtan, RULE)).toEqual([]);
    expect(issuesOf(publishedOn('2023-03-31', '余姚市人民政府办公室'), RULE)).toEqual([]);
    expect(issuesOf(publishedOn('2023-04-02', '余姚市人民政府'), RULE)[0].message).toMatch(
      /县级以上人民政府年度报告的法定期限 2023-03-31 共 2 天/,
    );
  });

  it('gives departments of a county-level government 31 January', () => {
    expect(issuesOf(publishedOn('2023-02-20', '余姚市教育局'), RULE)[0].message).toMatch(
      /县级以上人民政府部门年度报告的法定期限 2023-01-31 共 20 天/,
    );
  });

  it('uses the date a county set for its townships', () => {
    const townshipDeadline = { monthDay: '02-20', basis: '余姚市确定的乡镇（街道）报告期限' };
    const late = (date: string) => runChecks(publishedOn(date), { townshipDeadline }).filter((issue) => issue.rule === RULE);
    expect(late('2023-02-20')).toEqual([]);
    expect(late('2023-02-21')[0].message).toContain('晚于余姚市确定的乡镇（街道）报告期限 2023-02-20 共 1 天');
    // A county's date is for its townships, not for a department's report.
    expect(runChecks(publishedOn('2023-02-01', '余姚市教育局'), { townshipDeadline }).some((issue) => issue.rule === RULE)).toBe(true);
  });

  it('skips a report without a date or year', () => {
    expect(issuesOf(publishedOn(null), RULE)).toEqual([]);
    expect(issuesOf(publishedOn('二〇二三年二月'), RULE)).toEqual([]);
    const noYear = publishedOn('2023-05-01');
    noYear.year = null;
    expect(issuesOf(noYear, RULE)).toEqual([]);
  });
});
