import { checkSpec } from '../../src/answers/analytics/compare/validate';
import { COMPARE_LIMITS, type ComparisonSpec } from '../../src/answers/analytics/compare/spec';

const base: ComparisonSpec = { metrics: ['channels.website'], years: [2019], regionCode: '330281' };
const check = (changes: Partial<ComparisonSpec>) => checkSpec({ ...base, ...changes });
const rejection = (changes: Partial<ComparisonSpec>) => {
  try {
    check(changes);
  } catch (error) {
    return error;
  }
  throw new Error('accepted');
};

describe('checking a comparison before any SQL', () => {
  it('ranks by the first metric, highest first, unless told; a ranking metric is always shown', () => {
    const plain = check({ metrics: ['channels.website', 'channels.wechat', 'channels.website'] });
    expect(plain.shown.map((m) => m.key)).toEqual(['channels.website', 'channels.wechat']);
    expect([plain.orderBy.metric.key, plain.orderBy.direction]).toEqual(['channels.website', 'DESC']);
    const ordered = check({ orderBy: { metric: 'channels.weibo', direction: 'ASC' } });
    expect(ordered.shown.map((m) => m.key)).toEqual(['channels.website', 'channels.weibo']);
    expect(check({ years: [2021, 2019, 2021] }).years).toEqual([2019, 2021]);
    expect(check({}).limit).toBeNull();
  });

  it.each<[string, Partial<ComparisonSpec>, string, string]>([
    ['a year before the 条例', { years: [2007] }, 'YEAR_OUT_OF_RANGE', '2007'],
    ['a year to come', { years: [new Date().getUTCFullYear() + 1] }, 'YEAR_OUT_OF_RANGE', String(new Date().getUTCFullYear() + 1)],
    ['no year', { years: [] }, 'BAD_USER_INPUT', '年度'],
    ['no metric', { metrics: [] }, 'BAD_USER_INPUT', '指标'],
    ['too many metrics', { metrics: Array(COMPARE_LIMITS.maxMetrics + 1).fill('channels.website') }, 'BAD_USER_INPUT', '指标'],
    [
      'an unknown metric in a condition',
      { where: [{ metric: 'channel.website', op: 'EQ', value: 1 }] },
      'UNKNOWN_METRIC',
      'channels.website',
    ],
    ['a page too large', { limit: COMPARE_LIMITS.maxPageSize + 1 }, 'BAD_USER_INPUT', 'limit'],
    ['an empty page', { limit: 0 }, 'BAD_USER_INPUT', 'limit'],
    ['a negative offset', { limit: 10, offset: -1 }, 'BAD_USER_INPUT', 'offset'],
    ['an offset without a limit', { offset: 5 }, 'BAD_USER_INPUT', 'offset'],
    ['a comparison without a value', { where: [{ metric: 'channels.website', op: 'GT' }] }, 'BAD_USER_INPUT', 'channels.website GT'],
    ['a value that is no number', { where: [{ metric: 'channels.website', op: 'LT', value: Number.NaN }] }, 'BAD_USER_INPUT', 'LT'],
    ['IS_NULL with a value', { where: [{ metric: 'channels.website', op: 'IS_NULL', value: 0 }] }, 'BAD_USER_INPUT', 'IS_NULL'],
    ['a run of 0 years', { where: [{ metric: 'channels.website', op: 'EQ', value: 0, years: 0 }] }, 'BAD_USER_INPUT', 'years'],
    [
      'too long a run',
      { where: [{ metric: 'channels.website', op: 'EQ', value: 0, years: COMPARE_LIMITS.maxConsecutiveYears + 1 }] },
      'BAD_USER_INPUT',
      'years',
    ],
  ])('rejects %s', (_what, changes, code, named) => {
    const error = rejection(changes) as { code: string; message: string };
    expect(error.code).toBe(code);
    expect(error.message).toContain(named);
  });
});
