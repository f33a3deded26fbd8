import { byId, el, fill } from '../lib/dom.js';
import { errorText } from '../lib/format.js';
import { gql } from '../lib/graphql.js';
import { AnswerNoticeIssueDocument, MyNoticesDocument, SubmitNoticeDocument } from '../graphql/operations.js';
import { NoticeActions, noticeCard } from '../notices/notice-card.js';

/** The clerk answers an issue with an explanation, or hands the notice back once nothing is left open. */
const CLERK_ACTIONS: NoticeActions = {
  answer: async (notice, fingerprint, explanation) =>
    (await gql(AnswerNoticeIssueDocument, { input: { id: notice.id, fingerprint, explanation } })).answerRectificationIssue,
  submit: async (notice) => (await gql(SubmitNoticeDocument, { input: { id: notice.id } })).submitRectificationNotice,
};

/**
 * The token's townships' rectification notices (an UPLOADER's only): what to fix, by when,
 * the cells and messages; archived ones are left out. Drawn again after an upload, which
 * may have resolved issues.
 */
export async function drawNotices(isUploader: boolean): Promise<void> {
  const card = byId('notices-card');
  card.hidden = !isUploader;
  if (!isUploader) return;
  const target = byId('notices');
  try {
    const notices = (await gql(MyNoticesDocument, {})).me.notices.filter((notice) => notice.state !== 'ARCHIVED');
    if (!notices.length) return fill(target, el('p', { class: 'meta' }, '暂无整改通知。'));
    fill(target, ...notices.map((notice) => noticeCard(notice, CLERK_ACTIONS)));
  } catch (error) {
    fill(target, el('p', { class: 'error-text' }, errorText(error)));
  }
}
