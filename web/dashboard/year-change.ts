import { el, fill } from '../lib/dom.js';
import { YearChangeDocument, YearChangeQuery } from '../graphql/operations.js';
import { gql } from '../lib/graphql.js';
import { signed } from '../lib/format.js';
import { Selection } from './selection.js';

/** The region totals compared with the year before. */
const METRICS = [
  ['channels.totalActive', '主动公开信息数'],
  ['channels.website', '政府网站'],
  ['channels.weibo', '政务微博'],
  ['channels.wechat', '政务微信'],
  ['channels.gazette', '政府公报'],
  ['applications.newReceived.total', '本年新收申请'],
  ['review.total', '行政复议'],
  ['derived.issueCount', '发现的问题'],
] as const;

type Total = YearChangeQuery['compare']['totals'][number];

const valueOf = (total: Total | undefined, metric: string) => total?.values.find((v) => v.metric === metric)?.value ?? null;
const shown = (value: number | null) => (value === null ? '无数据' : String(Math.round(value)));

function change(current: number | null, previous: number | null): HTMLTableCellElement {
  if (current === null || previous === null) return el('td', { class: 'num blank' }, '—');
  const percent = previous === 0 ? '' : `（${signed(Math.round(((current - previous) / previous) * 1000) / 10)}%）`;
  return el('td', { class: `num ${current >= previous ? 'up' : 'down'}` }, `${signed(Math.round(current - previous))}${percent}`);
}

/** The region's totals this year and last, summed over the reports each year has (the counts of reports say how many). */
export async function drawYearChange(target: HTMLElement, { regionCode, year }: Selection): Promise<void> {
  const data = await gql(YearChangeDocument, {
    input: { metrics: METRICS.map(([key]) => key), years: [year - 1, year], regionCode, limit: 1 },
  });
  const [previous, current] = [year - 1, year].map((y) => data.compare.totals.find((t) => t.year === y));
  const header = el('tr', {}, el('th', {}, '指标'), el('th', {}, `${year - 1} 年`), el('th', {}, `${year} 年`), el('th', {}, '增减'));
  const reports = el(
    'tr',
    {},
    el('th', {}, '已报送报告'),
    el('td', { class: 'num' }, previous?.reportCount ?? 0),
    el('td', { class: 'num' }, current?.reportCount ?? 0),
    change(current?.reportCount ?? null, previous?.reportCount ?? null),
  );
  const rows = METRICS.map(([key, label]) => {
    const [before, now] = [valueOf(previous, key), valueOf(current, key)];
    return el(
      'tr',
      {},
      el('th', {}, label),
      el('td', { class: 'num' }, shown(before)),
      el('td', { class: 'num' }, shown(now)),
      change(now, before),
    );
  });
  fill(target, el('table', { class: 'grid' }, el('thead', {}, header), el('tbody', {}, reports, ...rows)));
}
