import { isMonthDay } from '../../src/checks/report-deadline';
import { runChecks } from '../../src/checks/run-checks';
import { buildReport, issuesOf } from './builder';

const RULE = 'report.changedAfterDeadline';

function report(newReceivedNatural: number | null) {
  const data = buildReport('2021');
  data.year = 2022;
  data.applications!.newReceived!.natural = newReceivedNatural;
  return data;
}

describe('report.changedAfterDeadline', () => {
  const atDeadline = { deadline: '2023-01-31', versionNumber: 2, data: report(5) };

  it('says each cell an upload after the deadline changed, old → new, and which version stood at the deadline', () => {
    const issues = runChecks(report(7), { atDeadline }).filter((issue) => issue.rule === RULE);
    expect(issues.map(({ rule, severity, cells }) => ({ rule, severity, cells }))).toEqual([
      { rule: RULE, severity: 'warning', cells: ['applications.newReceived.natural'] },
    ]);
    expect(issues[0].message).toMatch(/^期限 2023-01-31 后上传的版本改动了期限时（第 2 版）已发布的数据：表三.*自然人.* 5 → 7$/);
    expect(runChecks(report(null), { atDeadline }).find((issue) => issue.rule === RULE)!.message).toMatch(/ 5 → 空白$/);
  });

  it('raises nothing when the values are those at the deadline, or for anything but an upload after it', () => {
    expect(runChecks(report(5), { atDeadline }).filter((issue) => issue.rule === RULE)).toEqual([]);
    expect(issuesOf(report(7), RULE)).toEqual([]);
    expect(runChecks(report(7), { atDeadline: null }).filter((issue) => issue.rule === RULE)).toEqual([]);
  });
});

describe('isMonthDay', () => {
  it('takes a day of every year, MM-DD', () => {
    expect(['01-31', '02-20', '12-31'].filter(isMonthDay)).toEqual(['01-31', '02-20', '12-31']);
    expect(['02-29', '02-30', '1-31', '2021-01-31', '13-01'].filter(isMonthDay)).toEqual([]);
  });
});
