import type { ReportData } from '../../../reading/template/report-data';
import type { IssueDecision, ReviewedIssue } from '../subject';
import { issueFingerprint } from '../../../checks/issue-fingerprint';
import { reviewKeyString } from './review-store';

/** A report's issues with their fingerprints and the decisions found for them. */
export function reviewedIssues(
  townshipCode: string,
  year: number,
  data: ReportData,
  decisions: ReadonlyMap<string, IssueDecision>,
): ReviewedIssue[] {
  return data.issues.map((issue) => {
    const fingerprint = issueFingerprint(issue, data);
    return { issue, fingerprint, review: decisions.get(reviewKeyString({ townshipCode, year, fingerprint })) ?? null };
  });
}
