import * as echarts from 'echarts';

/**
 * An ECharts tooltip made of lines of plain text. ECharts puts a formatter's answer into the
 * page as HTML, and township names and rule ids are data: each line is escaped before the lines
 * are joined, so a name holding markup shows as the text it is.
 */
export function tooltipLines(...lines: string[]): string {
  return lines.map((line) => echarts.format.encodeHTML(line)).join('<br>');
}

/** A fresh chart in `container` (any earlier one, or a loading or error text, removed), following the window's size. */
export function chartIn(container: HTMLElement): echarts.ECharts {
  echarts.getInstanceByDom(container)?.dispose();
  container.replaceChildren();
  const chart = echarts.init(container, undefined, { renderer: 'canvas' });
  const resize = () => (chart.isDisposed() ? window.removeEventListener('resize', resize) : chart.resize());
  window.addEventListener('resize', resize);
  return chart;
}
