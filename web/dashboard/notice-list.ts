import { el, fill } from '../lib/dom.js';
import { gql } from '../lib/graphql.js';
import { AcceptNoticeDocument, RegionNoticesDocument, ReturnNoticeDocument } from '../graphql/operations.js';
import { NoticeActions, NoticeView, noticeCard } from '../notices/notice-card.js';
import type { ReviewAccess } from './report-panel.js';
import type { Selection } from './selection.js';

/** The evaluator accepts a submitted notice or returns it with a reason. */
const EVALUATOR_ACTIONS: NoticeActions = {
  accept: async (notice) => (await gql(AcceptNoticeDocument, { input: { id: notice.id } })).acceptRectificationNotice,
  sendBack: async (notice, reason) =>
    (await gql(ReturnNoticeDocument, { input: { id: notice.id, note: reason } })).returnRectificationNotice,
};

function group(title: string, notices: NoticeView[], actions: NoticeActions, empty: string): HTMLElement {
  return el(
    'div',
    { class: 'notice-group' },
    el('h3', {}, `${title}（${notices.length}）`),
    ...(notices.length ? notices.map((notice) => noticeCard(notice, actions)) : [el('p', { class: 'meta' }, empty)]),
  );
}

/**
 * The region's rectification notices of the year that need the city: overdue ones (not
 * accepted by their due date, as of today) and submitted ones waiting for an evaluator, who
 * may accept or return them here. Read only with a token that may read the assessment.
 */
export async function drawNotices(target: HTMLElement, { regionCode, year }: Selection, access: ReviewAccess): Promise<void> {
  if (!access.readsReviews) return fill(target, el('p', { class: 'meta' }, '填写评审令牌后显示整改通知。'));
  const [overdue, submitted] = await Promise.all([
    gql(RegionNoticesDocument, { filter: { regionCode, year, overdue: true } }),
    gql(RegionNoticesDocument, { filter: { regionCode, year, state: 'SUBMITTED' } }),
  ]);
  const actions = access.decides ? EVALUATOR_ACTIONS : {};
  fill(
    target,
    group('待审核', submitted.rectificationNotices, actions, '没有待审核的整改通知。'),
    group('逾期未通过', overdue.rectificationNotices, actions, '没有逾期的整改通知。'),
  );
}
