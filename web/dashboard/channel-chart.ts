import { ChannelComparisonDocument, ChannelComparisonQuery } from '../graphql/operations.js';
import { gql } from '../lib/graphql.js';
import { chartIn, tooltipLines } from '../lib/chart.js';
import { Selection } from './selection.js';

export type ChannelRow = ChannelComparisonQuery['channelComparison'][number];

export const CHANNELS = [
  ['website', '政府网站'],
  ['weibo', '政务微博'],
  ['wechat', '政务微信'],
  ['gazette', '政府公报'],
] as const;

export type ChannelKey = (typeof CHANNELS)[number][0];

/** A bar group of the chart: a township, or above the county a county (or city) with its townships' sums. */
export interface ChannelBar {
  code: string;
  name: string;
  reported: boolean;
  counts: Record<ChannelKey, number | null>;
}

export async function fetchChannels({ regionCode, year }: Selection): Promise<ChannelRow[]> {
  const data = await gql(ChannelComparisonDocument, { regionCode, year });
  return data.channelComparison;
}

export function townshipBar(row: ChannelRow): ChannelBar {
  const { website, weibo, wechat, gazette } = row;
  return { code: row.township.code, name: row.township.name, reported: row.reported, counts: { website, weibo, wechat, gazette } };
}

/** Fewest first (those without a report before all), so the places behind are at the start; ties by code. */
export function sortedBy(bars: ChannelBar[], channel: ChannelKey): ChannelBar[] {
  const value = (bar: ChannelBar) => (bar.reported ? (bar.counts[channel] ?? -1) : -2);
  return [...bars].sort((a, b) => value(a) - value(b) || a.code.localeCompare(b.code));
}

/** Tooltip text of a bar group: a missing report and a blank cell are said, never shown as 0. */
function tooltip(bar: ChannelBar): string {
  if (!bar.reported) return tooltipLines(`${bar.name}：未报送年度报告`);
  return tooltipLines(bar.name, ...CHANNELS.map(([key, label]) => `${label}：${bar.counts[key] ?? '未填'}`));
}

/**
 * Channel counts as grouped bars. A bar group without a report gets a grey 未报送 marker and a
 * grey name instead of bars; a blank cell gets no bar. A click opens the township or region.
 */
export function drawChannelChart(container: HTMLElement, bars: ChannelBar[], open: (code: string) => void): void {
  const chart = chartIn(container);
  chart.setOption({
    animation: false,
    tooltip: { trigger: 'axis', formatter: (params: { dataIndex: number }[]) => tooltip(bars[params[0].dataIndex]) },
    legend: { top: 0 },
    grid: { left: 48, right: 16, top: 32, bottom: 72 },
    xAxis: {
      type: 'category',
      data: bars.map((bar) => bar.name),
      axisLabel: {
        interval: 0,
        rotate: 40,
        formatter: (name: string, i: number) => (bars[i].reported ? name : `{missing|${name}}`),
        rich: { missing: { color: '#aaa' } },
      },
    },
    yAxis: { type: 'value', name: '条' },
    series: [
      ...CHANNELS.map(([key, label]) => ({ name: label, type: 'bar', data: bars.map((bar) => bar.counts[key] ?? '-') })),
      {
        name: '未报送',
        type: 'scatter',
        symbol: 'rect',
        symbolSize: [10, 10],
        itemStyle: { color: '#bbb' },
        label: { show: true, position: 'top', formatter: '缺', color: '#888' },
        data: bars.map((bar) => (bar.reported ? '-' : 0)),
      },
    ],
  });
  chart.on('click', (params) => open(bars[params.dataIndex].code));
}
