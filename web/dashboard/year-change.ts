import { el, fill } from '../lib/dom.js';
import { YearChangeDocument, YearChangeQuery } from '../graphql/operations.js';
import { gql } from '../lib/graphql.js';
import { signed } from '../lib/format.js';
import { Selection, wholeRegionWord } from './selection.js';

/** Which way a change is good: more publications is better, more reviews (行政复议) or issues is worse, applications neither. */
type Better = 'more' | 'fewer' | 'neither';

/** The region totals compared with the year before. */
const METRICS: readonly (readonly [string, string, Better])[] = [
  ['channels.totalActive', '主动公开信息数', 'more'],
  ['channels.website', '政府网站', 'more'],
  ['channels.weibo', '政务微博', 'more'],
  ['channels.wechat', '政务微信', 'more'],
  ['channels.gazette', '政府公报', 'more'],
  ['applications.newReceived.total', '本年新收申请', 'neither'],
  ['review.total', '行政复议', 'fewer'],
  ['derived.issueCount', '发现的问题', 'fewer'],
];

type Total = YearChangeQuery['compare']['totals'][number];

const valueOf = (total: Total | undefined, metric: string) => total?.values.find((v) => v.metric === metric)?.value ?? null;
const shown = (value: number | null) => (value === null ? '无数据' : String(Math.round(value)));

/** better / worse / same: the colour says whether the change is good, not which way it goes. */
function verdict(change: number, better: Better): string {
  if (change === 0 || better === 'neither') return 'same';
  return change > 0 === (better === 'more') ? 'better' : 'worse';
}

function change(current: number | null, previous: number | null, better: Better): HTMLTableCellElement {
  if (current === null || previous === null) return el('td', { class: 'num blank' }, '—');
  const percent = previous === 0 ? '' : `（${signed(Math.round(((current - previous) / previous) * 1000) / 10)}%）`;
  const difference = current - previous;
  return el('td', { class: `num ${verdict(difference, better)}` }, `${signed(Math.round(difference))}${percent}`);
}

/**
 * The region's totals this year and last, summed over the reports each year has (the counts of
 * reports say how many). A year the hub has no report of gets no column.
 */
export async function drawYearChange(target: HTMLElement, { regionCode, year, region }: Selection): Promise<void> {
  const heading = target.parentElement?.querySelector('h2');
  if (heading) heading.textContent = `${wholeRegionWord(region.level)}合计同比`;
  const data = await gql(YearChangeDocument, {
    input: { metrics: METRICS.map(([key]) => key), years: [year - 1, year], regionCode, limit: 1 },
  });
  const [previous, current] = [year - 1, year].map((y) => data.compare.totals.find((t) => t.year === y));
  if (!previous?.reportCount) {
    const rows = METRICS.map(([key, label]) => el('tr', {}, el('th', {}, label), el('td', { class: 'num' }, shown(valueOf(current, key)))));
    return fill(
      target,
      el('p', { class: 'meta' }, `${year - 1} 年无报告，无从同比。`),
      el(
        'table',
        { class: 'grid' },
        el('thead', {}, el('tr', {}, el('th', {}, '指标'), el('th', {}, `${year} 年`))),
        el('tbody', {}, ...rows),
      ),
    );
  }
  const header = el('tr', {}, el('th', {}, '指标'), el('th', {}, `${year - 1} 年`), el('th', {}, `${year} 年`), el('th', {}, '增减'));
  const reports = el(
    'tr',
    {},
    el('th', {}, '已报送报告'),
    el('td', { class: 'num' }, previous.reportCount),
    el('td', { class: 'num' }, current?.reportCount ?? 0),
    change(current?.reportCount ?? null, previous.reportCount, 'more'),
  );
  const rows = METRICS.map(([key, label, better]) => {
    const [before, now] = [valueOf(previous, key), valueOf(current, key)];
    return el(
      'tr',
      {},
      el('th', {}, label),
      el('td', { class: 'num' }, shown(before)),
      el('td', { class: 'num' }, shown(now)),
      change(now, before, better),
    );
  });
  fill(target, el('table', { class: 'grid' }, el('thead', {}, header), el('tbody', {}, reports, ...rows)));
}
