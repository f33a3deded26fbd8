import { buildReport, issuesOf } from './builder';

const RULE = 'report.late';

function publishedOn(date: string | null) {
  const data = buildReport('2021');
  data.year = 2022;
  data.publishedOn = date;
  return data;
}

describe('report.late', () => {
  it('passes on or before 31 January of the following year', () => {
    expect(issuesOf(publishedOn('2023-01-31'), RULE)).toEqual([]);
    expect(issuesOf(publishedOn('2023-01-20'), RULE)).toEqual([]);
  });

  it('says how many days late the report is (pingtan 2022: 2023-02-20)', () => {
    expect(issuesOf(publishedOn('2023-02-20'), RULE)).toEqual([
      {
        rule: RULE,
        severity: 'warning',
        message: '2022年度报告发布于 2023-02-20，晚于法定期限 2023-01-31 共 20 天（《政府信息公开条例》第五十条）',
        cells: ['publishedOn'],
      },
    ]);
    expect(issuesOf(publishedOn('2023-02-01'), RULE)[0].message).toContain('共 1 天');
  });

  it('skips a report without a date or year', () => {
    expect(issuesOf(publishedOn(null), RULE)).toEqual([]);
    expect(issuesOf(publishedOn('二〇二三年二月'), RULE)).toEqual([]);
    const noYear = publishedOn('2023-05-01');
    noYear.year = null;
    expect(issuesOf(noYear, RULE)).toEqual([]);
  });
});
