import { searchMetrics } from '../../src/answers/analytics/metrics/metric-search';
import { METRICS } from '../../src/answers/analytics/metrics/registry';

const keys = (search: string) => searchMetrics(METRICS, search).map((metric) => metric.key);

describe('metrics(search)', () => {
  it('finds a channel by its Chinese name, and the metrics defined from it', () => {
    const found = keys('政务微信');
    expect(found[0]).toBe('channels.wechat');
    expect(
      found.every((key) => METRICS.find((metric) => metric.key === key)!.label.includes('政务微信') || key.startsWith('derived.')),
    ).toBe(true);
  });

  it('needs every word, in any order, ignoring spaces, brackets and case', () => {
    const both = keys('行政复议 维持');
    expect(both.length).toBeGreaterThan(0);
    expect(both).toEqual(keys('维持  行政复议'));
    expect(both.every((key) => keys('行政复议').includes(key) && keys('维持').includes(key))).toBe(true);
    expect(keys('CHANNELS.WECHAT')).toEqual(['channels.wechat']);
  });

  it('finds nothing for words no metric has, and everything for no words', () => {
    expect(keys('不存在的指标')).toEqual([]);
    expect(keys('   ')).toHaveLength(METRICS.length);
  });
});
