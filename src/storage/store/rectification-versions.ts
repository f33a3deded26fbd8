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
import { addStep, loadNotices, NoticeItem, StoredNotice, updateItem } from './rectification-store';

/** Who a step made by a new version is recorded as when no token uploaded it (the CLI, the demo). */
export const NEW_VERSION_ACTOR = '上传新版本';

function itemAfter(item: NoticeItem, present: ReadonlySet<string>, versionNumber: number): NoticeItem {
  if (!present.has(item.fingerprint))
    return item.state === ItemState.RESOLVED ? item : { ...item, state: ItemState.RESOLVED, resolvedByVersion: versionNumber };
  return item.state === ItemState.RESOLVED ? { ...item, state: ItemState.OPEN, resolvedByVersion: null } : item;
}

/** Now, to the millisecond: what the steps' datetime(3) keeps. */
export const stepTime = (): Date => new Date();

/** A township's newly stored version, as the notices waiting for it need to see it. */
export interface NewVersion {
  townshipCode: string;
  year: number;
  data: ReportData;
  versionNumber: number;
  /** The token that uploaded it; null for the CLI and the demo. */
  uploadedBy: string | null;
}

/**
 * Applies newly stored versions to their notices: one statement finds the waiting notices of
 * all of them (a batch of a thousand reports costs what one does when no notice waits).
 */
export async function applyVersionsToNotices(manager: EntityManager, versions: readonly NewVersion[]): Promise<void> {
  if (!versions.length) return;
  const townshipCodes = [...new Set(versions.map((version) => version.townshipCode))];
  const waiting = await loadNotices(manager, { townshipCodes, states: [NoticeState.OPEN, NoticeState.RETURNED] });
  for (const version of versions) {
    const notices = waiting.filter((notice) => notice.townshipCode === version.townshipCode && notice.year === version.year);
    for (const notice of notices) await applyVersion(manager, notice, version);
  }
}

async function applyVersion(manager: EntityManager, notice: StoredNotice, version: NewVersion): Promise<void> {
  const { data, versionNumber } = version;
  const present = new Set(data.issues.map((issue) => issueFingerprint(issue, data)));
  const items = notice.items.map((item) => itemAfter(item, present, versionNumber));
  const changed = items.filter((item, i) => item.state !== notice.items[i].state);
  for (const item of changed) await updateItem(manager, item);
  if (items.some((item) => item.state === ItemState.OPEN)) return;
  const resolved = items.filter((item) => item.state === ItemState.RESOLVED).length;
  const note = `第 ${versionNumber} 版已整改 ${resolved} 项问题，其余已说明`;
  const actor = version.uploadedBy ?? NEW_VERSION_ACTOR;
  await addStep(manager, notice.id, { state: NoticeState.SUBMITTED, actor, at: stepTime(), note });
}
