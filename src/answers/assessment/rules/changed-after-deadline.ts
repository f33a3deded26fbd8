/**
 * CHANGED_AFTER_DEADLINE: a report whose current version changed, after the deadline, values
 * published by it (report.changedAfterDeadline: a township's upload after the deadline) costs
 * `deduction` once, however many cells changed: one edit of a count moves its totals too. The
 * evidence lists every changed cell; an evaluator who dismissed all of them (say a correction
 * the city asked for) leaves the points whole.
 */
import { dismissal } from '../issue-deductions';
import { points } from '../parameters';
import { deductedScore } from '../points';
import { RuleKind } from '../rule-kind';
import type { RuleDefinition, Score } from '../rule';
import { isDismissed, type ReportedSubject } from '../subject';

export interface ChangedAfterDeadlineParameters {
  deduction: number;
}

function score({ deduction }: ChangedAfterDeadlineParameters, maxPoints: number, { report }: ReportedSubject): Score {
  const changes = report.issues.filter((issue) => issue.issue.rule === 'report.changedAfterDeadline');
  if (!changes.length) return { points: maxPoints, evidence: [{ text: '期限后未改动已发布的数据' }] };
  const counted = changes.filter((issue) => !isDismissed(issue));
  const evidence = changes.map((issue) => ({
    text: isDismissed(issue) ? `${issue.issue.message}（${dismissal(issue)}）` : issue.issue.message,
    issue,
  }));
  if (!counted.length) return { points: maxPoints, evidence };
  const deducted = deductedScore(maxPoints, deduction, `期限后改动了 ${counted.length} 处已发布的数据`);
  return { points: deducted.points, evidence: [...deducted.evidence, ...evidence] };
}

export const changedAfterDeadline: RuleDefinition<ChangedAfterDeadlineParameters> = {
  kind: RuleKind.CHANGED_AFTER_DEADLINE,
  description: '发布后不改动：期限后上传的新版本改动了期限时已发布的数据（未被复核排除的）扣分，不论改动几处只扣一次',
  parameters: { deduction: points('期限后改动已发布数据扣分', 5) },
  scorer: (parameters, maxPoints) => (subject) => score(parameters, maxPoints, subject),
};
