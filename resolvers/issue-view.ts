import { issueFingerprint } from '../src/checks/issue-fingerprint';
import type { ReportData, ReportIssue, Severity } from '../src/reading/template/report-data';
import { IssueSeverity, IssueType } from './types/issue.type';

/** The GraphQL enum of each severity: a new severity fails to compile until it is named here. */
const SEVERITY: Record<Severity, IssueSeverity> = { error: IssueSeverity.ERROR, warning: IssueSeverity.WARNING, info: IssueSeverity.INFO };

/** An issue of a township's report for a year as the GraphQL Issue type shows it. */
export function issueView(townshipCode: string, year: number, issue: ReportIssue, fingerprint: string): IssueType {
  return { townshipCode, year, ...issue, severity: SEVERITY[issue.severity], fingerprint };
}

/** Every issue of a report, fingerprinted against the report's own values. */
export function reportIssueViews(townshipCode: string, year: number, data: ReportData): IssueType[] {
  return data.issues.map((issue) => issueView(townshipCode, year, issue, issueFingerprint(issue, data)));
}
