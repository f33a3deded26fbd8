/**
 * When a notice is late, against a day given by the caller (today in China at query time):
 * nothing is written for a notice to become overdue, so every answer that says so depends on
 * the day it is computed (the response cache keys on it).
 */
import { NoticeState } from '../../../../entities';
import type { StoredNotice } from '../../../storage/store/rectification-store';

type Dated = Pick<StoredNotice, 'state' | 'dueDate' | 'settledOn'>;

/** The evaluator has not accepted it (nor archived it) and its due date has passed. */
export function isOverdue(notice: Dated, today: string): boolean {
  return notice.state !== NoticeState.ACCEPTED && notice.state !== NoticeState.ARCHIVED && today > notice.dueDate;
}

/** It was not accepted by its due date: still open after it, or accepted later. */
export function missedDueDate(notice: Dated, today: string): boolean {
  return (notice.settledOn ?? today) > notice.dueDate;
}
