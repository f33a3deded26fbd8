/**
 * years.carryOver: what a body carried forward at the end of last year is what it carries
 * over into this year — this report's 上年结转 equals last year's 结转下年度, per column.
 * Runs only when the hub holds the previous year's report.
 */
import { APPLICANT_COLUMNS, applicationRow, type ApplicantColumn, type ReportData } from '../reading/template/report-data';
import { applicationCellPath, differs, formatDelta, formatNumber } from './helpers';
import { APPLICATION_SINGLE_ROW_LABELS, applicationColumnRef } from '../reading/template/cell-labels';
import type { Finding, Rule } from './rule';

function checkColumn(data: ReportData, previous: ReportData, column: ApplicantColumn): Finding[] {
  const current = applicationRow(data.applications, 'carriedOver')?.[column];
  const prior = applicationRow(previous.applications, 'carriedForward')?.[column];
  if (typeof current !== 'number' || typeof prior !== 'number' || !differs(current, prior)) return [];
  const priorYear = previous.year === null ? '上一' : String(previous.year);
  const labels = APPLICATION_SINGLE_ROW_LABELS;
  return [
    {
      message:
        `${applicationColumnRef(column)}：本年报告“${labels.carriedOver.short}” ${formatNumber(current)} ≠ ` +
        `${priorYear}年度报告“${labels.carriedForward.short}” ${formatNumber(prior)}${formatDelta(current, prior)}`,
      // Only this report's cell: the other operand lives in last year's report.
      cells: [applicationCellPath('carriedOver', column)],
    },
  ];
}

export const yearsCarryOver: Rule = {
  id: 'years.carryOver',
  severity: 'error',
  check: (data, { previous }) => (previous ? APPLICANT_COLUMNS.flatMap((column) => checkColumn(data, previous, column)) : []),
};
