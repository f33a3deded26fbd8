import * as echarts from 'echarts';

/** A fresh chart in `container` (any earlier one there disposed), following the window's size. */
export function chartIn(container: HTMLElement): echarts.ECharts {
  echarts.getInstanceByDom(container)?.dispose();
  const chart = echarts.init(container, undefined, { renderer: 'canvas' });
  const resize = () => (chart.isDisposed() ? window.removeEventListener('resize', resize) : chart.resize());
  window.addEventListener('resize', resize);
  return chart;
}
