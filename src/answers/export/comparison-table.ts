/**
 * A comparison as a sheet: Chinese column headers, one line per row, then a 合计 line per year,
 * the same for CSV and XLSX, with the filter that made it in words. Values stay as numbers; a
 * null stays an empty cell (never 0); a ratio's columns are marked to be shown as percentages.
 */
import type { ComparisonRow, ComparisonSpec, ComparisonTotal, MetricValue } from '../analytics/compare/spec';

export type SheetCell = string | number | null;

export interface Sheet {
  headers: string[];
  rows: SheetCell[][];
  /** Per column: a ratio (a fraction, 0.25 is 25 %), its year before or its change. */
  percent: boolean[];
  /** The filter in words: region, years, metrics, conditions, grouping, order. */
  filter: string;
}

export interface ExportedMetric {
  key: string;
  label: string;
  unit: string;
}

/** The unit of a metric that is a fraction (see Metric.unit). */
const RATIO_UNIT = '比率';

const LEVEL_NAMES: Record<string, string> = { PROVINCE: '省级', CITY: '市级', COUNTY: '县级', TOWNSHIP: '乡镇级' };

const OF_WORDS: Record<string, string> = { VALUE: '', PREVIOUS: '·上年', DELTA: '·增减' };

const OP_WORDS: Record<string, string> = { EQ: '=', NE: '≠', GT: '>', GTE: '≥', LT: '<', LTE: '≤', IS_NULL: '为空', NOT_NULL: '不为空' };

function metricHeaders(metric: ExportedMetric): string[] {
  const label = metric.unit ? `${metric.label}（${metric.unit}）` : metric.label;
  return [label, `${metric.label}·上年`, `${metric.label}·增减`];
}

function metricCells(metrics: readonly ExportedMetric[], values: readonly MetricValue[]): SheetCell[] {
  const byMetric = new Map(values.map((value) => [value.metric, value]));
  return metrics.flatMap(({ key }) => {
    const value = byMetric.get(key);
    return [value?.value ?? null, value?.previous ?? null, value?.delta ?? null];
  });
}

function rowCells(metrics: readonly ExportedMetric[], row: ComparisonRow): SheetCell[] {
  const level = LEVEL_NAMES[row.region.level] ?? row.region.level;
  return [
    row.region.code,
    row.region.name,
    level,
    row.year,
    row.rank,
    ...metricCells(metrics, row.values),
    row.reportCount,
    row.missingCount,
  ];
}

function totalCells(metrics: readonly ExportedMetric[], total: ComparisonTotal): SheetCell[] {
  return ['', '合计', '', total.year, null, ...metricCells(metrics, total.values), total.reportCount, total.missingCount];
}

/** The filter in words, with metric labels instead of keys. */
export function filterWords(spec: ComparisonSpec, regionName: string, labelOf: (key: string) => string): string {
  const parts = [
    `区域：${regionName}（${spec.regionCode ?? '全国'}）`,
    `年度：${spec.years.join('、')}`,
    `指标：${spec.metrics.map(labelOf).join('、')}`,
  ];
  for (const condition of spec.where ?? []) {
    const value = typeof condition.value === 'number' ? ` ${condition.value}` : '';
    const years = condition.years && condition.years > 1 ? `（连续 ${condition.years} 年）` : '';
    parts.push(
      `条件：${labelOf(condition.metric)}${OF_WORDS[condition.of ?? 'VALUE']} ${OP_WORDS[condition.op] ?? condition.op}${value}${years}`,
    );
  }
  if (spec.groupBy) parts.push(`分组：${LEVEL_NAMES[spec.groupBy] ?? spec.groupBy}`);
  if (spec.orderBy)
    parts.push(
      `排序：${labelOf(spec.orderBy.metric)}${OF_WORDS[spec.orderBy.of ?? 'VALUE']}${spec.orderBy.direction === 'ASC' ? '升序' : '降序'}`,
    );
  if (spec.includeMissing) parts.push('含未报送');
  return parts.join('；');
}

export function comparisonSheet(
  metricKeys: readonly string[],
  definitions: readonly ExportedMetric[],
  result: { rows: readonly ComparisonRow[]; totals: readonly ComparisonTotal[] | null },
  filter: string,
): Sheet {
  const byKey = new Map(definitions.map((definition) => [definition.key, definition]));
  const metrics = metricKeys.map((key) => byKey.get(key) ?? { key, label: key, unit: '' });
  const leading = [false, false, false, false, false];
  return {
    headers: ['区划代码', '区划名称', '层级', '年度', '排名', ...metrics.flatMap(metricHeaders), '已报送报告数', '未报送数'],
    rows: [...result.rows.map((row) => rowCells(metrics, row)), ...(result.totals ?? []).map((total) => totalCells(metrics, total))],
    percent: [...leading, ...metrics.flatMap((metric) => Array<boolean>(3).fill(metric.unit === RATIO_UNIT)), false, false],
    filter,
  };
}
