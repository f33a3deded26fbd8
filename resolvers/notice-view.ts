import { chinaDay } from '../src/core/china-date';
import { isOverdue } from '../src/answers/assessment/rectification/overdue';
import type { StoredNotice } from '../src/storage/store/rectification-store';
import { RectificationNoticeType } from './types/rectification.type';

/** A stored notice as the schema shows it, overdue as of today in China. */
export function noticeView(notice: StoredNotice, today: string = chinaDay()): RectificationNoticeType {
  const { items, steps, reportId: _reportId, ...fields } = notice;
  return { ...fields, overdue: isOverdue(notice, today), issues: items, history: steps };
}
