/**
 * A report as the report view shows it, for report, previewReport and uploadReport alike: the
 * ReportFields fragment (web/graphql/report.graphql), with its template checked.
 */
import { TEMPLATE_VERSIONS, TemplateVersion } from '../../src/reading/template/report-data.js';
import type { IssueFieldsFragment, ReportFieldsFragment, ReviewedIssueFieldsFragment } from '../graphql/operations.js';

export type Cell = number | null;

/** An issue; its review is undefined where the reviews were not read (no evaluator's token). */
export type IssueView = IssueFieldsFragment & Partial<Pick<ReviewedIssueFieldsFragment, 'review'>>;

/** The report as a document asked for it, its issues with or without their reviews. */
export type ReportAnswer = Omit<ReportFieldsFragment, 'issues'> & { issues: IssueView[] };

/** The same, with the template the tables are laid out by. */
export type ReportView = Omit<ReportAnswer, 'template'> & { template: TemplateVersion };

/** The schema gives the template as a string; the tables exist for the two the hub reads, and another is said, not guessed. */
export function checkedReport(report: ReportAnswer): ReportView {
  const template = TEMPLATE_VERSIONS.find((known) => known === report.template);
  if (!template) throw new Error(`未知的报告模板「${report.template}」`);
  return { ...report, template };
}

/** The cell a ReportData path names, undefined where the report has no such table or row. */
export function cellAt(report: ReportView, path: string): Cell | undefined {
  let node: unknown = report;
  for (const key of path.split('.')) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string, unknown>)[key];
  }
  return typeof node === 'number' || node === null ? node : undefined;
}
