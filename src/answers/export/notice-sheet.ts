/**
 * The list of rectification notices as a city sends it round: one line per issue of each
 * notice, with the township, the issue, the due date, the states and the dates of the steps.
 */
import { NoticeState } from '../../../entities';
import { ruleName } from '../../checks/rule-names';
import { NOTICE_STATE_NAMES } from '../assessment/rectification/notice-steps';
import { isOverdue } from '../assessment/rectification/overdue';
import type { StoredNotice } from '../../storage/store/rectification-store';
import { chinaDay } from '../../core/china-date';
import type { Sheet, SheetCell } from './comparison-table';

const ITEM_STATE_NAMES = { OPEN: '未整改', RESOLVED: '已在新版本中整改', ANSWERED: '已说明' } as const;

const HEADERS = [
  '乡镇代码',
  '乡镇',
  '年度',
  '通知编号',
  '问题',
  '问题说明',
  '问题状态',
  '情况说明',
  '整改期限',
  '通知状态',
  '是否逾期',
  '下发日期',
  '提交日期',
  '通过日期',
];

/** The China day of the notice's last step into `state`, null when it never got there. */
function dayOf(notice: StoredNotice, state: NoticeState): string | null {
  const step = notice.steps.filter((candidate) => candidate.state === state).at(-1);
  return step ? chinaDay(step.at) : null;
}

function rows(notice: StoredNotice, townshipName: string, today: string): SheetCell[][] {
  const dates = [dayOf(notice, NoticeState.OPEN), dayOf(notice, NoticeState.SUBMITTED), dayOf(notice, NoticeState.ACCEPTED)];
  const facts = [NOTICE_STATE_NAMES[notice.state], isOverdue(notice, today) ? '逾期' : '', ...dates];
  return notice.items.map((item) => [
    notice.townshipCode,
    townshipName,
    notice.year,
    notice.id,
    ruleName(item.rule),
    item.message,
    ITEM_STATE_NAMES[item.state],
    item.explanation,
    notice.dueDate,
    ...facts,
  ]);
}

export function noticeSheet(notices: readonly StoredNotice[], townshipNames: ReadonlyMap<string, string>, filter: string): Sheet {
  const today = chinaDay();
  return {
    headers: HEADERS,
    rows: notices.flatMap((notice) => rows(notice, townshipNames.get(notice.townshipCode) ?? notice.townshipCode, today)),
    percent: HEADERS.map(() => false),
    filter,
  };
}
