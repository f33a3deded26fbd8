/**
 * report.late: the report for year Y is due by 31 January of Y+1 (《政府信息公开条例》第五十条);
 * assessments deduct points for late publication.
 */
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
  check: ({ year, publishedOn }) => {
    const published = publishedOn === null ? null : parseDay(publishedOn);
    if (year === null || published === null) return [];
    const deadline = Date.UTC(year + 1, 0, 31);
    const daysLate = Math.round((published - deadline) / DAY_MS);
    if (daysLate <= 0) return [];
    return [
      {
        message: `${year}年度报告发布于 ${publishedOn}，晚于法定期限 ${year + 1}-01-31 共 ${daysLate} 天（《政府信息公开条例》第五十条）`,
        cells: ['publishedOn'],
      },
    ];
  },
};
