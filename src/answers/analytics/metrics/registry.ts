import { HubError } from '../../../core/errors';
import { BASE_METRICS } from './base-metrics';
import { closestKey } from './closest-key';
import { DERIVED_METRICS } from './derived-metrics';
import type { Metric } from './metric';

/** Every metric the hub answers for: each ReportData cell, then the derived ones. */
export const METRICS: readonly Metric[] = [...BASE_METRICS, ...DERIVED_METRICS];

const BY_KEY = new Map(METRICS.map((metric) => [metric.key, metric]));
const KEYS = METRICS.map((metric) => metric.key);

/**
 * The metric a key names, or UNKNOWN_METRIC naming the key and the closest known one. This
 * lookup is the whitelist: no key reaches SQL, only the sources of registered metrics do.
 */
export function requireMetric(key: string): Metric {
  const metric = BY_KEY.get(key);
  if (metric) return metric;
  const suggestion = closestKey(key, KEYS);
  throw new HubError('UNKNOWN_METRIC', `指标「${key}」不存在，是否要找「${suggestion}」？`, { metric: key, suggestion });
}

/** A registered metric's Chinese label; the key itself for anything else. */
export function metricLabel(key: string): string {
  return BY_KEY.get(key)?.label ?? key;
}
