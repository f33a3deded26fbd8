/** The real 丈亭镇 2019 report, published as TAB-led text, against its hand-verified values. */
import { expectedCells, fixture, parseText, valueAt } from './helpers';

const report = parseText(fixture('reports/zhangting-2019.txt'));
const expected = JSON.parse(fixture('reports/zhangting-2019.expected.json')) as Record<string, unknown>;

describe('zhangting-2019.txt', () => {
  it.each(expectedCells(expected))('%s', (path, value) => {
    expect(valueAt(report, path)).toBe(value);
  });

  it('reads the procurement amount, stated without a unit, in yuan', () => {
    expect(report.activeDisclosure?.procurement?.amount).toBe(371923.02);
  });

  it('records the —— cells of table 2 as not applicable, and only those', () => {
    const items = ['licensing', 'otherServices', 'punishment', 'coercion'];
    const dashes = items.flatMap((item) => [`activeDisclosure.${item}.previous`, `activeDisclosure.${item}.change`]);
    expect([...(report.notApplicable ?? [])].sort()).toEqual(dashes.sort());
  });

  it('keeps the narrative counts with their sentences', () => {
    const counts = Object.fromEntries((report.narrativeCounts ?? []).map((count) => [count.key, count]));
    expect(counts['channels.website'].value).toBe(130);
    expect(counts['channels.wechat'].value).toBe(78);
    expect(counts['channels.weibo'].value).toBe(68);
    expect(counts['channels.totalActive'].value).toBe(155);
    expect(counts['channels.website'].sentence).toContain('通过政府网站公开政府信息130条');
    expect(counts['channels.wechat'].sentence).toContain('微信公众号');
  });

  it('takes channel counts from the platform table, which states them', () => {
    expect(report.countSources?.['channels.website']).toEqual({ source: 'table', text: '2.政府网站公开政府信息数' });
    expect(report.countSources?.['channels.gazette']?.source).toBe('table');
    expect(report.channels?.gazette).toBeNull();
    expect(report.channels).not.toHaveProperty('other');
  });

  it('reads the overview from 一、总体情况 up to the next section', () => {
    const overview = report.sections?.overview ?? '';
    expect(overview.startsWith('一年来，着重抓了以下五个方面：')).toBe(true);
    expect(overview.endsWith('推动了信息公开内容的进一步完善。')).toBe(true);
    expect(overview).not.toContain('主动公开政府信息情况');
  });

  it('reads the problems from 六、…存在的主要问题及改进措施', () => {
    const problems = report.sections?.problems ?? '';
    expect(problems.startsWith('2019年度，我镇在搭建信息公开平台')).toBe(true);
    expect(problems.endsWith('不断提高政府信息公开工作的质量和水平。')).toBe(true);
    expect(problems).not.toContain('其它需要报告的事项');
  });

  it('reads 七、其它需要报告的事项 without the signature and date', () => {
    expect(report.sections?.other).toBe('本年度无其它需要报告的事项。');
  });

  it('raises no parser issues on a complete report', () => {
    expect(report.issues).toEqual([]);
  });
});
