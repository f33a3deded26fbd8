/**
 * report.late: a report published after its deadline (report-deadline.ts: by the body that
 * publishes it, 《政府信息公开条例》第四十九条); assessments deduct points for late publication.
 * The message says which deadline applied.
 */
import { deadlineOf } from './report-deadline';
import type { Rule } from './rule';

const DAY_MS = 24 * 60 * 60 * 1000;

/** Milliseconds of a YYYY-MM-DD day at UTC midnight, or null for anything else. */
function parseDay(text: string): number | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  return match ? Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])) : null;
}

export const reportLate: Rule = {
  id: 'report.late',
  severity: 'warning',
  check: (data, { townshipDeadline }) => {
    const { year, publishedOn } = data;
    const published = publishedOn === null ? null : parseDay(publishedOn);
    const applied = deadlineOf(data, townshipDeadline);
    if (applied === null || published === null) return [];
    const { date: deadline, basis } = applied;
    const daysLate = Math.round((published - parseDay(deadline)!) / DAY_MS);
    if (daysLate <= 0) return [];
    return [
      {
        message: `${year!}年度报告发布于 ${publishedOn}，晚于${basis} ${deadline} 共 ${daysLate} 天（《政府信息公开条例》第四十九条）`,
        cells: ['publishedOn'],
      },
    ];
  },
};
