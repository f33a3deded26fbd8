/**
 * ON_TIME: a township's report for year Y is due by the date its county sets, 31 January of Y+1
 * by default (《政府信息公开条例》第四十九条): the deadline report.late takes (deadlineOf, with the
 * region's setting), so a score and the issue never disagree on the date. Late costs `lateDeduction`, more than `veryLateAfterDays` late costs `veryLateDeduction`.
 * A report that states no date cannot show it was on time and counts as late. When an
 * evaluator dismissed the report's `report.late` issue (say the site shows an earlier date
 * than the document), nothing is deducted.
 */
import { deadlineOf } from '../../../checks/report-deadline';
import { dismissal } from '../issue-deductions';
import { days, points } from '../parameters';
import { deductedScore } from '../points';
import { RuleKind } from '../rule-kind';
import type { RuleDefinition, Score } from '../rule';
import { isDismissed, type AssessedReport, type ReportedSubject } from '../subject';

export interface OnTimeParameters {
  lateDeduction: number;
  veryLateDeduction: number;
  veryLateAfterDays: number;
}

const DAY_MS = 24 * 60 * 60 * 1000;

function utcDay(text: string): number | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  return match ? Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])) : null;
}

function lateScore(parameters: OnTimeParameters, maxPoints: number, report: AssessedReport, daysLate: number, late: string): Score {
  const dismissed = report.issues.find((issue) => issue.issue.rule === 'report.late' && isDismissed(issue));
  if (dismissed) return { points: maxPoints, evidence: [{ text: `${late}（逾期问题${dismissal(dismissed)}，不扣分）`, issue: dismissed }] };
  if (daysLate <= parameters.veryLateAfterDays) return deductedScore(maxPoints, parameters.lateDeduction, late);
  return deductedScore(maxPoints, parameters.veryLateDeduction, `${late}，超过 ${parameters.veryLateAfterDays} 天`);
}

function score(parameters: OnTimeParameters, maxPoints: number, year: number, { report }: ReportedSubject): Score {
  const { date: deadline, basis } = deadlineOf({ ...report.data, year }, report.townshipDeadline)!;
  const { publishedOn } = report.data;
  const published = publishedOn === null ? null : utcDay(publishedOn);
  if (published === null)
    return deductedScore(maxPoints, parameters.lateDeduction, `报告未注明发布日期，无法认定在${basis} ${deadline} 前发布，按逾期处理`);
  const daysLate = Math.round((published - utcDay(deadline)!) / DAY_MS);
  if (daysLate <= 0) return { points: maxPoints, evidence: [{ text: `${publishedOn} 发布，未超过${basis} ${deadline}` }] };
  return lateScore(parameters, maxPoints, report, daysLate, `${publishedOn} 发布，晚于${basis} ${deadline} 共 ${daysLate} 天`);
}

export const onTime: RuleDefinition<OnTimeParameters> = {
  kind: RuleKind.ON_TIME,
  description:
    '按时发布：在《政府信息公开条例》第四十九条的期限（乡镇为县级人民政府设定的日期，未设定的为次年 1 月 31 日，与逾期发布问题所用期限相同）前发布得满分；逾期扣分，逾期超过规定天数扣更多；未注明发布日期按逾期处理',
  parameters: {
    lateDeduction: points('逾期扣分', 5),
    veryLateDeduction: points('严重逾期扣分', 10),
    veryLateAfterDays: days('逾期超过多少天为严重逾期', 30),
  },
  scorer:
    (parameters, maxPoints, { year }) =>
    (subject) =>
      score(parameters, maxPoints, year, subject),
};
