import { ruleName } from '../../src/checks/rule-names.js';
import { el } from '../lib/dom.js';
import { errorText } from '../lib/format.js';
import { IssueView } from './report-fields.js';

const SEVERITY_LABELS: Record<IssueView['severity'], string> = { ERROR: '错误', WARNING: '警告', INFO: '提示' };
const REVIEW_LABELS = { CONFIRMED: '已确认', DISMISSED: '已排除' } as const;

/** Records an evaluator's decision; resolves to the issue as it now stands. */
export type ReviewIssue = (issue: IssueView, status: 'CONFIRMED' | 'DISMISSED', comment: string) => Promise<IssueView>;

function reviewText(issue: IssueView): string {
  const review = issue.review;
  if (review === undefined) return '';
  return review ? `${REVIEW_LABELS[review.status]}（${review.reviewer}${review.comment ? `：${review.comment}` : ''}）` : '待复核';
}

/** 确认 and 排除 with a reason field; the item redraws itself with the decision. */
function reviewControls(issue: IssueView, review: ReviewIssue, redraw: (issue: IssueView) => void): HTMLElement {
  const comment = el('input', { type: 'text', placeholder: '理由（排除时必填）', class: 'review-comment' });
  const message = el('span', { class: 'error-text' });
  const decide = (status: 'CONFIRMED' | 'DISMISSED') => () => {
    void review(issue, status, comment.value.trim())
      .then(redraw)
      .catch((error: unknown) => {
        message.textContent = errorText(error);
      });
  };
  return el(
    'span',
    { class: 'review-controls' },
    comment,
    el('button', { type: 'button', onclick: decide('CONFIRMED') }, '确认'),
    el('button', { type: 'button', onclick: decide('DISMISSED') }, '排除'),
    message,
  );
}

function issueItem(issue: IssueView, number: number, review: ReviewIssue | undefined): HTMLLIElement {
  const item = el('li', { class: `issue ${issue.severity.toLowerCase()}`, 'data-rule': issue.rule });
  const draw = (current: IssueView) =>
    item.replaceChildren(
      el('span', { class: 'issue-number' }, `[${number}]`),
      el('span', { class: `badge ${current.severity.toLowerCase()}` }, SEVERITY_LABELS[current.severity]),
      el('span', { class: 'rule-name', title: current.rule }, ruleName(current.rule)),
      el('span', { class: 'issue-message' }, current.message),
      el('span', { class: 'review-status' }, reviewText(current)),
      ...(review ? [reviewControls(current, review, draw)] : []),
    );
  draw(issue);
  return item;
}

/** Every issue, numbered as the cells refer to them; with review controls when `review` is given. */
export function issueList(issues: IssueView[], review?: ReviewIssue): HTMLElement {
  if (issues.length === 0) return el('p', { class: 'ok' }, '未发现问题。');
  return el('ol', { class: 'issues' }, ...issues.map((issue, i) => issueItem(issue, i + 1, review)));
}
