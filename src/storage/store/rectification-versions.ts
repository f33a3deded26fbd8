/**
 * What a township's new uploaded version does to the notices waiting for it (OPEN or
 * RETURNED): an issue whose fingerprint is gone is resolved by that version, one that came
 * back is open again, and a notice with no open issue left is SUBMITTED by itself. Run in
 * the upload's transaction. A re-read of a stored document (REPARSE) never calls it: only
 * the township's own new document answers a notice.
 */
import { EntityManager } from 'typeorm';
import { ItemState, NoticeState } from '../../../entities';
import { issueFingerprint } from '../../checks/issue-fingerprint';
import type { ReportData } from '../../reading/template/report-data';
import { addStep, loadNotices, NoticeItem, updateItem } from './rectification-store';

/** Who a step made by a new version is recorded as. */
export const NEW_VERSION_ACTOR = '上传新版本';

function itemAfter(item: NoticeItem, present: ReadonlySet<string>, versionNumber: number): NoticeItem {
  if (!present.has(item.fingerprint))
    return item.state === ItemState.RESOLVED ? item : { ...item, state: ItemState.RESOLVED, resolvedByVersion: versionNumber };
  return item.state === ItemState.RESOLVED ? { ...item, state: ItemState.OPEN, resolvedByVersion: null } : item;
}

/** Now, to the millisecond: what the steps' datetime(3) keeps. */
export const stepTime = (): Date => new Date();

export async function applyVersionToNotices(
  manager: EntityManager,
  townshipCode: string,
  year: number,
  data: ReportData,
  versionNumber: number,
): Promise<void> {
  const waiting = await loadNotices(manager, { townshipCodes: [townshipCode], year, states: [NoticeState.OPEN, NoticeState.RETURNED] });
  if (!waiting.length) return;
  const present = new Set(data.issues.map((issue) => issueFingerprint(issue, data)));
  for (const notice of waiting) {
    const items = notice.items.map((item) => itemAfter(item, present, versionNumber));
    const changed = items.filter((item, i) => item.state !== notice.items[i].state);
    for (const item of changed) await updateItem(manager, item);
    const open = items.filter((item) => item.state === ItemState.OPEN).length;
    if (open === 0) {
      const resolved = items.filter((item) => item.state === ItemState.RESOLVED).length;
      const note = `第 ${versionNumber} 版已整改 ${resolved} 项问题，其余已说明`;
      await addStep(manager, notice.id, { state: NoticeState.SUBMITTED, actor: NEW_VERSION_ACTOR, at: stepTime(), note });
    }
  }
}
