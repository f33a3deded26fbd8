import { ruleName } from '../../src/checks/rule-names.js';
import { el } from '../lib/dom.js';
import { downloadFile } from '../lib/download.js';
import { errorText } from '../lib/format.js';
import { NoticeFieldsFragment, NoticeIssueState, NoticeState } from '../graphql/operations.js';

export type NoticeView = NoticeFieldsFragment;
type Issue = NoticeView['issues'][number];

export const NOTICE_STATE_LABELS: Record<NoticeState, string> = {
  OPEN: '待整改',
  SUBMITTED: '已提交，待审核',
  ACCEPTED: '已通过',
  RETURNED: '已退回',
  ARCHIVED: '已归档',
};

const ISSUE_STATE_LABELS: Record<NoticeIssueState, string> = { OPEN: '未整改', RESOLVED: '已整改', ANSWERED: '已说明' };

/** What the reader may do with a notice; each resolves to the notice as it now stands. */
export interface NoticeActions {
  answer?: (notice: NoticeView, fingerprint: string, explanation: string) => Promise<NoticeView>;
  submit?: (notice: NoticeView) => Promise<NoticeView>;
  accept?: (notice: NoticeView) => Promise<NoticeView>;
  sendBack?: (notice: NoticeView, reason: string) => Promise<NoticeView>;
}

const waiting = (notice: NoticeView) => notice.state === 'OPEN' || notice.state === 'RETURNED';

/** A button running `act`; its error is said in `message`, its result redraws the card. */
function actButton(label: string, act: () => Promise<NoticeView>, redraw: (notice: NoticeView) => void, message: HTMLElement): HTMLElement {
  const run = () =>
    void act()
      .then(redraw)
      .catch((error: unknown) => {
        message.textContent = errorText(error);
      });
  return el('button', { type: 'button', onclick: run }, label);
}

function issueItem(notice: NoticeView, issue: Issue, actions: NoticeActions, redraw: (notice: NoticeView) => void, message: HTMLElement) {
  const version = issue.resolvedByVersion ? `（第 ${issue.resolvedByVersion} 版）` : '';
  const item = el(
    'li',
    { class: `notice-issue ${issue.state.toLowerCase()}`, 'data-fingerprint': issue.fingerprint },
    el('span', { class: 'badge' }, `${ISSUE_STATE_LABELS[issue.state]}${version}`),
    el('span', { class: 'rule-name', title: issue.rule }, ruleName(issue.rule)),
    el('span', { class: 'issue-message' }, issue.message),
    el('small', { class: 'meta' }, `单元格：${issue.cells.join('、')}`),
    issue.explanation && el('span', { class: 'explanation' }, `说明：${issue.explanation}`),
  );
  const answer = actions.answer;
  if (answer && waiting(notice) && issue.state !== 'RESOLVED') {
    const text = el('input', { type: 'text', class: 'notice-explanation', placeholder: '不需更正的，填写情况说明' });
    item.append(
      text,
      actButton('说明', () => answer(notice, issue.fingerprint, text.value), redraw, message),
    );
  }
  return item;
}

function controls(notice: NoticeView, actions: NoticeActions, redraw: (notice: NoticeView) => void, message: HTMLElement): HTMLElement[] {
  const { submit, accept, sendBack } = actions;
  if (submit && waiting(notice)) return [actButton('提交整改', () => submit(notice), redraw, message)];
  if (notice.state !== 'SUBMITTED' || !accept || !sendBack) return [];
  const reason = el('input', { type: 'text', class: 'notice-reason', placeholder: '退回理由（退回时必填）' });
  return [
    actButton('通过', () => accept(notice), redraw, message),
    reason,
    actButton('退回', () => sendBack(notice, reason.value), redraw, message),
  ];
}

/** 整改通知 Word: downloaded with the token (a plain link could not send it). */
function wordButton(notice: NoticeView, message: HTMLElement): HTMLElement {
  const download = () =>
    void downloadFile(`/export/notice.docx?id=${encodeURIComponent(notice.id)}`, `整改通知-${notice.id}.docx`).catch((error: unknown) => {
      message.textContent = errorText(error);
    });
  return el('button', { type: 'button', onclick: download }, '整改通知 Word');
}

/** A notice: what to fix and by when, each issue's cells and message, its history, and the reader's actions. */
export function noticeCard(notice: NoticeView, actions: NoticeActions = {}): HTMLElement {
  const card = el('article', { class: 'notice-card' });
  const draw = (current: NoticeView) => {
    const message = el('p', { class: 'error-text', role: 'alert' });
    const last = current.history[current.history.length - 1];
    card.dataset.state = current.state;
    card.dataset.id = current.id;
    card.replaceChildren(
      el(
        'h3',
        {},
        `${current.township?.name ?? current.townshipCode} ${current.year} 年度报告整改通知 `,
        el('span', { class: `badge notice-state ${current.state.toLowerCase()}` }, NOTICE_STATE_LABELS[current.state]),
        current.overdue && el('span', { class: 'badge error' }, '逾期'),
      ),
      el(
        'p',
        { class: 'meta' },
        [`整改期限：${current.dueDate}`, `下发：${current.createdBy}`, current.comment && `要求：${current.comment}`]
          .filter(Boolean)
          .join('；'),
      ),
      last && el('p', { class: 'meta notice-last-step' }, `最近：${NOTICE_STATE_LABELS[last.state]}（${last.actor}：${last.note}）`),
      el('ol', { class: 'notice-issues' }, ...current.issues.map((issue) => issueItem(current, issue, actions, draw, message))),
      el('div', { class: 'buttons' }, ...controls(current, actions, draw, message), wordButton(current, message)),
      message,
    );
  };
  draw(notice);
  return card;
}
