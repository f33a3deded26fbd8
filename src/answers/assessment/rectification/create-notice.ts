/**
 * An evaluator turns confirmed issues of the current version of a township's report into a
 * rectification notice: the issues (by fingerprint), a due date and a comment.
 */
import { EntityManager } from 'typeorm';
import { NoticeState } from '../../../../entities';
import { checkDate } from '../../../core/china-date';
import { HubError } from '../../../core/errors';
import { checkYear } from '../../../core/report-year';
import { issueFingerprint } from '../../../checks/issue-fingerprint';
import { findCurrentReport, loadCurrentData } from '../../../storage/store/current-report';
import { addStep, insertNotice, loadNotices, StoredNotice } from '../../../storage/store/rectification-store';
import { stepTime } from '../../../storage/store/rectification-versions';
import { requireTownship } from '../../../storage/store/regions';
import { loadDecisions, reviewKeyString } from '../review/review-store';
import { ReviewStatus } from '../subject';

export interface NoticeRequest {
  townshipCode: string;
  year: number;
  fingerprints: readonly string[];
  dueDate: string;
  comment: string;
  /** The token's holder. */
  actor: string;
}

function badFingerprint(fingerprint: string, why: string): HubError {
  return new HubError('BAD_USER_INPUT', `fingerprints：问题「${fingerprint}」${why}`, { field: 'fingerprints', value: fingerprint });
}

export async function createNotice(manager: EntityManager, request: NoticeRequest): Promise<StoredNotice> {
  const township = await requireTownship(manager, request.townshipCode);
  const year = checkYear(request.year);
  const dueDate = checkDate(request.dueDate, 'dueDate');
  const fingerprints = [...new Set(request.fingerprints)];
  if (!fingerprints.length) throw new HubError('BAD_USER_INPUT', 'fingerprints：整改通知至少包含一个问题', { field: 'fingerprints' });
  const current = await findCurrentReport(manager, township.code, year);
  const data = current && (await loadCurrentData(manager, township.code, year));
  if (!current || !data) throw new HubError('NOT_FOUND', `${township.name}没有 ${year} 年度报告`, { townshipCode: township.code, year });
  const issues = new Map(data.issues.map((issue) => [issueFingerprint(issue, data), issue]));
  const decisions = await loadDecisions(
    manager,
    fingerprints.map((fingerprint) => ({ townshipCode: township.code, year, fingerprint })),
  );
  const items = fingerprints.map((fingerprint) => {
    const issue = issues.get(fingerprint);
    if (!issue) throw badFingerprint(fingerprint, `不是${township.name} ${year} 年度报告当前版本的问题`);
    if (decisions.get(reviewKeyString({ townshipCode: township.code, year, fingerprint }))?.status !== ReviewStatus.CONFIRMED)
      throw badFingerprint(fingerprint, '尚未确认');
    return { fingerprint, rule: issue.rule, message: issue.message, cells: issue.cells };
  });
  const comment = request.comment.trim();
  const id = await insertNotice(manager, {
    townshipCode: township.code,
    year,
    reportId: current.report.id,
    dueDate,
    comment,
    createdBy: request.actor,
    items,
  });
  await addStep(manager, id, { state: NoticeState.OPEN, actor: request.actor, at: stepTime(), note: comment || `限 ${dueDate} 前整改` });
  const [notice] = await loadNotices(manager, { ids: [id] });
  return notice;
}
