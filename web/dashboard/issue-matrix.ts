import { ruleName } from '../../src/checks/rule-names.js';
import { chartIn, tooltipLines } from '../lib/chart.js';

/** A row of the heat map: a township, or above the county a county (or city) with its townships' issues. */
export interface IssueRow {
  code: string;
  name: string;
  issues: { rule: string }[];
}

/** Counts the issues each row has under each rule (columns by rule id, so a rule keeps its place). */
function counts(rows: IssueRow[]): { rules: string[]; cells: [number, number, number][] } {
  const rules = [...new Set(rows.flatMap((r) => r.issues.map((i) => i.rule)))].sort();
  const cells: [number, number, number][] = [];
  rows.forEach((row, y) => {
    rules.forEach((rule, x) => {
      const n = row.issues.filter((i) => i.rule === rule).length;
      if (n > 0) cells.push([x, y, n]);
    });
  });
  return { rules, cells };
}

/** Rule violations per row and rule (columns) as a heat map; a click opens the row's township or region. */
export function drawIssueMatrix(container: HTMLElement, rows: IssueRow[], open: (code: string) => void): void {
  const { rules, cells } = counts(rows);
  const chart = chartIn(container);
  chart.setOption({
    animation: false,
    tooltip: {
      formatter: (p: { value: [number, number, number] }) =>
        tooltipLines(rows[p.value[1]].name, `${ruleName(rules[p.value[0]])}：${p.value[2]} 处`),
    },
    grid: { left: 72, right: 16, top: 8, bottom: 110 },
    xAxis: { type: 'category', data: rules.map(ruleName), axisLabel: { interval: 0, rotate: 40, fontSize: 10 }, splitArea: { show: true } },
    yAxis: {
      type: 'category',
      data: rows.map((r) => r.name),
      axisLabel: { interval: 0, fontSize: 11 },
      splitArea: { show: true },
    },
    visualMap: { min: 0, max: Math.max(1, ...cells.map((c) => c[2])), show: false, inRange: { color: ['#fde0c5', '#c0392b'] } },
    series: [{ type: 'heatmap', data: cells, label: { show: true, fontSize: 10 } }],
  });
  chart.on('click', (params) => open(rows[(params.value as number[])[1]].code));
}
