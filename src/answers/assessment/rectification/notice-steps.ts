/**
 * The steps of a notice after it is made: the township answers issues and submits; the
 * evaluator accepts, returns (with a reason) or archives. Each step checks the state it
 * starts from and records who (the token's holder) and when.
 */
import { EntityManager } from 'typeorm';
import { ItemState, NoticeState } from '../../../../entities';
import { chinaDay } from '../../../core/china-date';
import { HubError } from '../../../core/errors';
import { quoteInput } from '../../../core/quote-input';
import { addStep, loadNotices, StoredNotice, updateItem } from '../../../storage/store/rectification-store';
import { stepTime } from '../../../storage/store/rectification-versions';

export const NOTICE_STATE_NAMES: Record<NoticeState, string> = {
  OPEN: '待整改',
  SUBMITTED: '已提交',
  ACCEPTED: '已通过',
  RETURNED: '已退回',
  ARCHIVED: '已归档',
};

/** The notice with this id, or NOT_FOUND. */
export async function requireNotice(manager: EntityManager, id: number): Promise<StoredNotice> {
  const [notice] = Number.isSafeInteger(id) ? await loadNotices(manager, { ids: [id] }) : [];
  if (!notice) throw new HubError('NOT_FOUND', `整改通知 ${id} 不存在`, { id });
  return notice;
}

function requireState(notice: StoredNotice, allowed: readonly NoticeState[], action: string): void {
  if (allowed.includes(notice.state)) return;
  const from = allowed.map((state) => NOTICE_STATE_NAMES[state]).join('或');
  throw new HubError(
    'BAD_USER_INPUT',
    `整改通知 ${notice.id} 当前为「${NOTICE_STATE_NAMES[notice.state]}」，只有${from}的通知才能${action}`,
    {
      id: notice.id,
      state: notice.state,
    },
  );
}

function requireText(value: string, field: string, what: string): string {
  const text = value.trim();
  if (!text) throw new HubError('BAD_USER_INPUT', `${field}：${what}不能为空`, { field });
  return text;
}

const WAITING = [NoticeState.OPEN, NoticeState.RETURNED];

async function step(manager: EntityManager, notice: StoredNotice, state: NoticeState, actor: string, note: string): Promise<StoredNotice> {
  const settles = (state === NoticeState.ACCEPTED || state === NoticeState.ARCHIVED) && notice.settledOn === null;
  await addStep(manager, notice.id, { state, actor, at: stepTime(), note }, settles ? chinaDay() : undefined);
  return requireNotice(manager, notice.id);
}

/** The township explains why an issue stays as it is. */
export async function answerIssue(
  manager: EntityManager,
  notice: StoredNotice,
  fingerprint: string,
  explanation: string,
): Promise<StoredNotice> {
  requireState(notice, WAITING, '答复');
  const item = notice.items.find((candidate) => candidate.fingerprint === fingerprint);
  if (!item) {
    throw new HubError('NOT_FOUND', `整改通知 ${notice.id} 没有指纹为「${quoteInput(fingerprint)}」的问题`, { id: notice.id, fingerprint });
  }
  const text = requireText(explanation, 'explanation', '情况说明');
  await updateItem(manager, { id: item.id, state: ItemState.ANSWERED, explanation: text, resolvedByVersion: null });
  return requireNotice(manager, notice.id);
}

/** The township hands the notice back once no issue is left open (each resolved by a new version or answered). */
export async function submitNotice(manager: EntityManager, notice: StoredNotice, actor: string, note: string): Promise<StoredNotice> {
  requireState(notice, WAITING, '提交');
  const open = notice.items.filter((item) => item.state === ItemState.OPEN);
  if (open.length) {
    const messages = open.map((item) => item.message).join('；');
    throw new HubError('BAD_USER_INPUT', `整改通知 ${notice.id} 还有 ${open.length} 个问题未整改或说明：${messages}`, {
      id: notice.id,
      open: open.map((item) => item.fingerprint),
    });
  }
  return step(manager, notice, NoticeState.SUBMITTED, actor, note.trim() || '已整改并提交');
}

export function acceptNotice(manager: EntityManager, notice: StoredNotice, actor: string, note: string): Promise<StoredNotice> {
  requireState(notice, [NoticeState.SUBMITTED], '通过');
  return step(manager, notice, NoticeState.ACCEPTED, actor, note.trim() || '整改通过');
}

/** Back to the township with the evaluator's reason: answered issues are open again (their explanations kept). */
export async function returnNotice(manager: EntityManager, notice: StoredNotice, actor: string, reason: string): Promise<StoredNotice> {
  requireState(notice, [NoticeState.SUBMITTED], '退回');
  const text = requireText(reason, 'reason', '退回理由');
  for (const item of notice.items.filter((candidate) => candidate.state === ItemState.ANSWERED)) {
    await updateItem(manager, { id: item.id, state: ItemState.OPEN, explanation: item.explanation, resolvedByVersion: null });
  }
  return step(manager, notice, NoticeState.RETURNED, actor, text);
}

export function archiveNotice(manager: EntityManager, notice: StoredNotice, actor: string, note: string): Promise<StoredNotice> {
  requireState(notice, [NoticeState.ACCEPTED], '归档');
  return step(manager, notice, NoticeState.ARCHIVED, actor, note.trim() || '归档');
}
