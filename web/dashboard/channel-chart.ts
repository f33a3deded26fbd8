import { ChannelComparisonDocument, ChannelComparisonQuery } from '../graphql/operations.js';
import { gql } from '../lib/graphql.js';
import { chartIn, tooltipLines } from '../lib/chart.js';
import { Selection } from './selection.js';

export type ChannelRow = ChannelComparisonQuery['channelComparison'][number];

const CHANNELS = [
  ['website', '政府网站'],
  ['weibo', '政务微博'],
  ['wechat', '政务微信'],
  ['gazette', '政府公报'],
] as const;

export async function fetchChannels({ regionCode, year }: Selection): Promise<ChannelRow[]> {
  const data = await gql(ChannelComparisonDocument, { regionCode, year });
  // Region order (by code) keeps a township in the same place from year to year.
  return data.channelComparison.sort((a, b) => a.township.code.localeCompare(b.township.code));
}

/** Tooltip text of a township: a missing report and a blank cell are said, never shown as 0. */
function tooltip(row: ChannelRow): string {
  if (!row.reported) return tooltipLines(`${row.township.name}：未报送年度报告`);
  return tooltipLines(row.township.name, ...CHANNELS.map(([key, label]) => `${label}：${row[key] ?? '未填'}`));
}

/**
 * Channel counts by township as grouped bars. A township without a report gets a grey
 * 未报送 marker and a grey name instead of bars; a blank cell gets no bar.
 */
export function drawChannelChart(container: HTMLElement, rows: ChannelRow[], selection: Selection): void {
  const chart = chartIn(container);
  const names = rows.map((r) => r.township.name);
  chart.setOption({
    animation: false,
    tooltip: { trigger: 'axis', formatter: (params: { dataIndex: number }[]) => tooltip(rows[params[0].dataIndex]) },
    legend: { top: 0 },
    grid: { left: 48, right: 16, top: 32, bottom: 72 },
    xAxis: {
      type: 'category',
      data: names,
      axisLabel: {
        interval: 0,
        rotate: 40,
        formatter: (name: string, i: number) => (rows[i].reported ? name : `{missing|${name}}`),
        rich: { missing: { color: '#aaa' } },
      },
    },
    yAxis: { type: 'value', name: '条' },
    series: [
      ...CHANNELS.map(([key, label]) => ({ name: label, type: 'bar', data: rows.map((r) => r[key] ?? '-') })),
      {
        name: '未报送',
        type: 'scatter',
        symbol: 'rect',
        symbolSize: [10, 10],
        itemStyle: { color: '#bbb' },
        label: { show: true, position: 'top', formatter: '缺', color: '#888' },
        data: rows.map((r) => (r.reported ? '-' : 0)),
      },
    ],
  });
  chart.on('click', (params) => selection.openTownship(rows[params.dataIndex].township.code));
}
