/**
 * ORIGINALITY: assessments penalise a report that repeats last year's or another unit's
 * (雷同). The narrative is compared with the township's own report of the year before and
 * with every other township's report of the year in the region (similarity/); when the most
 * similar one is above `threshold`, `deduction` is lost and that report is named.
 */
import { fraction, points } from '../parameters';
import { deductedScore } from '../points';
import { RuleKind } from '../rule-kind';
import type { RuleDefinition, Score } from '../rule';
import type { ReportedSubject } from '../subject';

export interface OriginalityParameters {
  threshold: number;
  deduction: number;
}

function score(parameters: OriginalityParameters, maxPoints: number, names: Map<string, string>, { report }: ReportedSubject): Score {
  const { threshold, deduction } = parameters;
  const deducted = (why: string) => deductedScore(maxPoints, deduction, why);
  const similar = report.mostSimilar;
  if (!report.hasNarrative) return deducted('报告没有叙述部分，无法认定为原创');
  if (!similar) return { points: maxPoints, evidence: [{ text: '没有可比对的本乡镇上年报告或同年其他乡镇报告' }] };
  const other = `${names.get(similar.townshipCode) ?? similar.townshipCode} ${similar.year} 年度报告`;
  const measured = `叙述部分与${other}最相似，相似度 ${similar.similarity}`;
  if (similar.similarity <= threshold) return { points: maxPoints, evidence: [{ text: `${measured}，未超过阈值 ${threshold}` }] };
  return deducted(`${measured}，超过阈值 ${threshold}`);
}

/** Similarities are compared rounded to 2 decimals: one up to 0.005 below a threshold can round to above it. */
const ROUNDING = 0.005;

/**
 * The lowest similarity that can cost points under these criteria: below every originality
 * threshold by the rounding of the similarity compared (below 1 when no criterion judges originality).
 */
export function similarityFloor(criteria: readonly { kind: RuleKind; parameters: Readonly<Record<string, unknown>> }[]): number {
  const thresholds = criteria.flatMap(({ kind, parameters }) =>
    kind === RuleKind.ORIGINALITY && typeof parameters.threshold === 'number' ? [parameters.threshold] : [],
  );
  return Math.max(0, Math.min(1, ...thresholds) - ROUNDING);
}

export const originality: RuleDefinition<OriginalityParameters> = {
  kind: RuleKind.ORIGINALITY,
  description: '内容原创：叙述部分（5 字符片段的 Jaccard 相似度）与本乡镇上年报告或同年其他乡镇报告的最高相似度超过阈值时扣分',
  parameters: {
    threshold: fraction('相似度阈值', 0.8),
    deduction: points('超过阈值扣分', 5),
  },
  scorer: (parameters, maxPoints, { subjects }) => {
    const names = new Map(subjects.map(({ township }) => [township.code, township.name]));
    return (subject) => score(parameters, maxPoints, names, subject);
  },
};
