/**
 * PERCENTILE: points for how a township's count compares with the other townships of the
 * region, for each metric in `metrics` (each worth an equal share of the criterion).
 *
 * A township's percentile for a metric is the share of the OTHER townships stating the count
 * that it does better than, a tie counting half:
 *   (lower + ties / 2) / (stated − 1)
 * where `stated` townships state the count (itself included), `lower` of the others have a
 * lower value and `ties` the same value. The best gets the full share, the lowest 0; when
 * all are equal each gets half, and the only one gets all. A township whose report does not
 * state the count gets 0 for it. The same data always gives the same points.
 */
import type { ReportData } from '../../../reading/template/report-data';
import { describeCell } from '../../../reading/template/cell-labels';
import { choices } from '../parameters';
import { formatPoints, roundPoints } from '../points';
import { RuleKind } from '../rule-kind';
import type { Evidence, RuleDefinition, Score } from '../rule';
import type { ReportedSubject } from '../subject';

/** The channels a township can publish through (主动公开 by channel). */
const PUBLISHING_CHANNELS = ['gazette', 'website', 'weibo', 'wechat', 'other'] as const;

export const PERCENTILE_METRICS = [
  'channels.totalActive',
  ...PUBLISHING_CHANNELS.map((key) => `channels.${key}` as const),
  'channels.used',
] as const;
export type PercentileMetric = (typeof PERCENTILE_METRICS)[number];

export interface PercentileParameters {
  metrics: PercentileMetric[];
}

const USED_LABEL = '使用的公开渠道数';

/** The template's words for the count (the channel table's row), as the issues say it. */
function metricLabel(metric: PercentileMetric, data: ReportData): string {
  return metric === 'channels.used' ? USED_LABEL : describeCell(metric, data.template);
}

/** The channel cells a metric is computed from. */
const metricCells = (metric: PercentileMetric): string[] =>
  metric === 'channels.used' ? PUBLISHING_CHANNELS.map((key) => `channels.${key}`) : [metric];

/** The count, or null when the report does not state it (channels.used: no channel stated at all). */
function metricValue(data: ReportData, metric: PercentileMetric): number | null {
  const channels = data.channels ?? {};
  if (metric !== 'channels.used') return channels[metric.slice('channels.'.length) as keyof typeof channels] ?? null;
  if (!PUBLISHING_CHANNELS.some((key) => typeof channels[key] === 'number')) return null;
  return PUBLISHING_CHANNELS.filter((key) => (channels[key] ?? 0) > 0).length;
}

/** Where a value stands among the stated values (which include it once for itself). */
export interface Standing {
  /** Other townships with a lower value, and with the same value. */
  lower: number;
  ties: number;
  percentile: number;
}

/** How many of the leading values hold `holds` (true, then false along `ascending`): a binary search. */
function leadingCount(ascending: readonly number[], holds: (value: number) => boolean): number {
  let low = 0;
  let high = ascending.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (holds(ascending[middle])) low = middle + 1;
    else high = middle;
  }
  return low;
}

/**
 * `ascending`: the stated values, sorted once per metric. Searched rather than filtered, so a
 * region costs n log n, not n² (41,000 townships took a minute).
 */
export function standing(value: number, ascending: readonly number[]): Standing {
  const lower = leadingCount(ascending, (other) => other < value);
  const ties = leadingCount(ascending, (other) => other <= value) - lower - 1;
  return { lower, ties, percentile: ascending.length <= 1 ? 1 : (lower + ties / 2) / (ascending.length - 1) };
}

function metricScore(metric: PercentileMetric, share: number, stated: readonly number[], data: ReportData): Score {
  const label = metricLabel(metric, data);
  const value = metricValue(data, metric);
  if (value === null) return { points: 0, evidence: [{ text: `报告未报送${label}，此项得 0 分（满分 ${formatPoints(share)}）` }] };
  const { lower, ties, percentile } = standing(value, stated);
  // Rounded per metric, so the evidence adds up to the criterion's points.
  const points = roundPoints(share * percentile);
  const text =
    `${label} ${value}：在报送该数的 ${stated.length} 个乡镇中高于 ${lower} 个、与 ${ties} 个相同，` +
    `得 ${formatPoints(points)} 分（满分 ${formatPoints(share)}）`;
  return { points, evidence: [{ text }] };
}

export const percentileRule: RuleDefinition<PercentileParameters> = {
  kind: RuleKind.PERCENTILE,
  description: '按百分位计分：在区域内报送该数的乡镇中，按高于其他乡镇的比例（持平计一半）得分；多项指标平分本项分值；未报送得 0 分',
  parameters: {
    metrics: choices(
      PERCENTILE_METRICS,
      '参与比较的指标；channels.used 为政府公报、政府网站、政务微博、政务微信、其他方式中数量大于 0 的渠道数',
      ['channels.totalActive', 'channels.used'],
    ),
  },
  cellPaths: ({ metrics }) => metrics.flatMap(metricCells),
  scorer: ({ metrics }, maxPoints, { subjects }) => {
    const share = maxPoints / metrics.length;
    const reports = subjects.flatMap(({ report }) => (report ? [report.data] : []));
    const isStated = (value: number | null): value is number => value !== null;
    const stated = metrics.map((metric) =>
      reports
        .map((data) => metricValue(data, metric))
        .filter(isStated)
        .sort((a, b) => a - b),
    );
    return ({ report }: ReportedSubject) => {
      const scores = metrics.map((metric, i) => metricScore(metric, share, stated[i], report.data));
      const evidence: Evidence[] = scores.flatMap((score) => score.evidence);
      return { points: roundPoints(scores.reduce((sum, score) => sum + score.points, 0)), evidence };
    };
  },
};
