import type { Metric } from './metric';

/** Spaces, brackets and case do not matter to someone looking for 政务微信 or channels.wechat. */
const searchable = (text: string): string => text.replace(/[\s()（）【】「」]+/g, '').toLowerCase();

/**
 * The metrics whose key, label or description holds every word of `search` (words split on
 * spaces), in the registry's order: 「政务微信」 finds `channels.wechat` and the metrics derived
 * from it, 「行政复议 维持」 the cells of that row and column.
 */
export function searchMetrics(metrics: readonly Metric[], search: string): Metric[] {
  const words = search.split(/\s+/).map(searchable).filter(Boolean);
  return metrics.filter((metric) => {
    const text = searchable(`${metric.key} ${metric.label} ${metric.description}`);
    return words.every((word) => text.includes(word));
  });
}
