/**
 * Points lost per issue, for the criteria that count issues (missing parts, arithmetic
 * errors). An issue an evaluator dismissed costs nothing; it stays in the evidence, with
 * who dismissed it and why, so the score shows every decision that moved it.
 */
import { afterDeduction, formatPoints } from './points';
import type { Evidence, Score } from './rule';
import { isDismissed, type ReviewedIssue } from './subject';

/** `已由张三于 2020-03-01 复核排除：理由` */
export function dismissal(issue: ReviewedIssue): string {
  const review = issue.review!;
  const comment = review.comment ? `：${review.comment}` : '';
  return `已由${review.reviewer}于 ${review.decidedAt.toISOString().slice(0, 10)} 复核排除${comment}`;
}

export function deductPerIssue(issues: readonly ReviewedIssue[], perIssue: number, maxPoints: number, noneText: string): Score {
  const counted = issues.filter((issue) => !isDismissed(issue));
  const evidence: Evidence[] = issues.map((issue) => {
    const effect = isDismissed(issue) ? `${dismissal(issue)}，不扣分` : `扣 ${formatPoints(perIssue)} 分`;
    return { text: `${issue.issue.message}（${effect}）`, issue };
  });
  return {
    points: afterDeduction(maxPoints, counted.length * perIssue),
    evidence: evidence.length ? evidence : [{ text: noneText }],
  };
}
