import { chartIn, tooltipLines } from '../lib/chart.js';
import { Selection } from './selection.js';
import { TownshipIssues } from './township-issues.js';

/** Counts the issues a township's report has under each rule. */
function counts(reports: TownshipIssues[]): { rules: string[]; cells: [number, number, number][] } {
  const rules = [...new Set(reports.flatMap((r) => r.issues.map((i) => i.rule)))].sort();
  const cells: [number, number, number][] = [];
  reports.forEach((report, y) => {
    rules.forEach((rule, x) => {
      const n = report.issues.filter((i) => i.rule === rule).length;
      if (n > 0) cells.push([x, y, n]);
    });
  });
  return { rules, cells };
}

/** Rule violations per township (rows) and rule (columns) as a heat map; a click opens the township. */
export function drawIssueMatrix(container: HTMLElement, reports: TownshipIssues[], selection: Selection): void {
  const { rules, cells } = counts(reports);
  const chart = chartIn(container);
  chart.setOption({
    animation: false,
    tooltip: {
      formatter: (p: { value: [number, number, number] }) =>
        tooltipLines(reports[p.value[1]].township.name, `${rules[p.value[0]]}：${p.value[2]} 处`),
    },
    grid: { left: 72, right: 16, top: 8, bottom: 110 },
    xAxis: { type: 'category', data: rules, axisLabel: { interval: 0, rotate: 40, fontSize: 10 }, splitArea: { show: true } },
    yAxis: {
      type: 'category',
      data: reports.map((r) => r.township.name),
      axisLabel: { interval: 0, fontSize: 11 },
      splitArea: { show: true },
    },
    visualMap: { min: 0, max: Math.max(1, ...cells.map((c) => c[2])), show: false, inRange: { color: ['#fde0c5', '#c0392b'] } },
    series: [{ type: 'heatmap', data: cells, label: { show: true, fontSize: 10 } }],
  });
  chart.on('click', (params) => selection.openTownship(reports[(params.value as number[])[1]].township.code));
}
