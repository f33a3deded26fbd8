/**
 * An evaluator's decision on an issue of the current version of a township's report. The
 * issue is named by its fingerprint, which must be one of the current version's issues;
 * dismissing needs a reason, since it takes the issue out of the assessment.
 */
import { EntityManager } from 'typeorm';
import { HubError } from '../../../core/errors';
import { checkYear } from '../../../core/report-year';
import { loadCurrentData } from '../../../storage/store/current-report';
import { requireTownship } from '../../../storage/store/regions';
import type { ReportIssue } from '../../../reading/template/report-data';
import { IssueDecision, ReviewStatus } from '../subject';
import { issueFingerprint } from '../../../checks/issue-fingerprint';
import { ReviewKey, saveDecision } from './review-store';

export interface ReviewRequest {
  townshipCode: string;
  year: number;
  fingerprint: string;
  status: ReviewStatus;
  comment: string | null;
  reviewer: string;
}

export interface ReviewedIssueResult {
  key: ReviewKey;
  issue: ReportIssue;
  decision: IssueDecision;
}

/** Now, to the second: what every database keeps of a datetime column. */
const now = (): Date => new Date(Math.floor(Date.now() / 1000) * 1000);

export async function reviewIssue(manager: EntityManager, request: ReviewRequest): Promise<ReviewedIssueResult> {
  const township = await requireTownship(manager, request.townshipCode);
  const year = checkYear(request.year);
  const comment = request.comment?.trim() ?? '';
  if (request.status === ReviewStatus.DISMISSED && !comment) {
    throw new HubError('BAD_USER_INPUT', 'comment：排除问题须说明理由', { field: 'comment' });
  }
  const data = await loadCurrentData(manager, township.code, year);
  if (!data) throw new HubError('NOT_FOUND', `${township.name}没有 ${year} 年度报告`, { townshipCode: township.code, year });
  const issue = data.issues.find((candidate) => issueFingerprint(candidate, data) === request.fingerprint);
  if (!issue) {
    throw new HubError('NOT_FOUND', `${township.name} ${year} 年度报告的当前版本没有指纹为「${request.fingerprint}」的问题`, {
      townshipCode: township.code,
      year,
      fingerprint: request.fingerprint,
    });
  }
  const key = { townshipCode: township.code, year, fingerprint: request.fingerprint };
  const decision = { status: request.status, comment, reviewer: request.reviewer, decidedAt: now() };
  await saveDecision(manager, key, decision);
  return { key, issue, decision };
}
