/**
 * The scoring engine: a rubric and the region's townships in, each township's points per
 * criterion with evidence, total and rank out. Pure and deterministic: townships are taken
 * in code order and points kept to 2 decimals, so the same data and rubric give the same
 * scores. A township with no report scores 0 on the whole rubric and is listed all the same.
 */
import { competitionRanks } from './rank';
import { roundPoints } from './points';
import type { CriterionSpec } from './rubric';
import type { Score } from './rule';
import type { RuleKind } from './rule-kind';
import { ruleOf } from './rules';
import type { AssessmentSubject, ReportedSubject, TownshipRef } from './subject';

export interface CriterionResult extends Score {
  key: string;
  label: string;
  kind: RuleKind;
  maxPoints: number;
}

export interface AssessmentResult<T extends TownshipRef = TownshipRef> {
  township: T;
  reported: boolean;
  total: number;
  maxTotal: number;
  /** By total, highest first; ties share a rank. */
  rank: number;
  criteria: CriterionResult[];
}

const hasReport = <T extends TownshipRef>(subject: AssessmentSubject<T>): subject is ReportedSubject<T> => subject.report !== null;

export function assess<T extends TownshipRef>(
  criteria: readonly CriterionSpec[],
  year: number,
  subjects: readonly AssessmentSubject<T>[],
): AssessmentResult<T>[] {
  const ordered = [...subjects].sort((a, b) => a.township.code.localeCompare(b.township.code));
  const region = { year, subjects: ordered };
  const scorers = criteria.map(({ kind, parameters, maxPoints }) => ruleOf(kind).scorer(parameters, maxPoints, region));
  const missing: Score = { points: 0, evidence: [{ text: `未发布 ${year} 年度报告，整个考核得 0 分` }] };
  const maxTotal = roundPoints(criteria.reduce((sum, criterion) => sum + criterion.maxPoints, 0));
  const scored = ordered.map((subject) => {
    const results = criteria.map(({ key, label, kind, maxPoints }, i) => ({
      key,
      label,
      kind,
      maxPoints,
      ...(hasReport(subject) ? scorers[i](subject) : missing),
    }));
    const total = roundPoints(results.reduce((sum, result) => sum + result.points, 0));
    return { township: subject.township, reported: hasReport(subject), total, maxTotal, criteria: results };
  });
  const ranks = competitionRanks(scored.map((result) => result.total));
  return scored
    .map((result, i) => ({ ...result, rank: ranks[i] }))
    .sort((a, b) => a.rank - b.rank || a.township.code.localeCompare(b.township.code));
}
