import { buildReport, issuesOf, setCells } from './builder';

const RULE = 'years.carryOver';

function years(carriedForward: number | null, carriedOver: number | null) {
  const previous = setCells(buildReport('2021'), { 'applications.carriedForward.natural': carriedForward });
  previous.year = 2021;
  const current = setCells(buildReport('2021'), { 'applications.carriedOver.natural': carriedOver });
  return { previous, current };
}

describe('years.carryOver', () => {
  it('passes when this year carries over what last year carried forward', () => {
    const { previous, current } = years(3, 3);
    expect(issuesOf(current, RULE, previous)).toEqual([]);
  });

  it('reports the column and this report’s cell when they differ', () => {
    const { previous, current } = years(2, 3);
    expect(issuesOf(current, RULE, previous)).toEqual([
      {
        rule: RULE,
        severity: 'error',
        message: '表三 收到和处理政府信息公开申请情况“自然人”列：本年报告“上年结转” 3 ≠ 2021年度报告“结转下年度” 2（差 1）',
        cells: ['applications.carriedOver.natural'],
      },
    ]);
  });

  it('skips a column blank in either year, and runs only with a previous report', () => {
    expect(issuesOf(years(null, 3).current, RULE, years(null, 3).previous)).toEqual([]);
    expect(issuesOf(years(2, null).current, RULE, years(2, null).previous)).toEqual([]);
    expect(issuesOf(years(2, 3).current, RULE)).toEqual([]);
  });
});
