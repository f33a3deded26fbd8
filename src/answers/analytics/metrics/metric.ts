import type { TemplateVersion } from '../../../reading/template/report-data';
import { aggregationText, type Aggregation } from './formula';

/** A number the hub can compare across townships, years and levels of the region tree. */
export interface Metric {
  /** Stable key: the ReportData path of a cell (`channels.wechat`) or `derived.…`. */
  key: string;
  /** Chinese, in the template's words. */
  label: string;
  /** 件, 条, 元, 万元 …; 比率 for a ratio (a fraction: 0.25 is 25%). */
  unit: string;
  /** Chinese: which cell it is, or what it means and how it is computed. */
  description: string;
  /** Template versions whose reports carry it. */
  templates: readonly TemplateVersion[];
  aggregation: Aggregation;
}

/** Whether grouped rows add the metric up; a ratio is recomputed from its summed parts instead. */
export function isSummable(metric: Metric): boolean {
  return metric.aggregation.kind === 'sum';
}

/** A derived metric's formula in words; null for a base metric (a cell of the report itself). */
export function formulaOf(metric: Metric): string | null {
  const { aggregation } = metric;
  return aggregation.kind === 'sum' && aggregation.formula.kind === 'cell' ? null : aggregationText(aggregation);
}
