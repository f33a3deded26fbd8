/**
 * What a consistency rule is. Rules return findings; the runner stamps them with the rule's
 * id and severity, so a rule cannot report under another rule's name.
 */
import type { ReportData, Severity } from '../reading/template/report-data';
import type { ReportDeadline } from './report-deadline';

/** Stable rule ids: a contract with clients, stored issues and assessments. */
export const RULE_IDS = [
  'applications.identity',
  'applications.rowTotal',
  'applications.outcomeTotal',
  'applications.subtotals',
  'review.total',
  'litigation.total',
  'cells.blank',
  'cells.negative',
  'channels.narrative',
  'narrative.applications',
  'narrative.disclosure',
  'narrative.cases',
  'report.late',
  'report.changedAfterDeadline',
  'report.sections',
  'years.carryOver',
] as const;
export type RuleId = (typeof RULE_IDS)[number];
/** The rules comparing counts the prose states with tables 2–4. */
export type NarrativeRuleId = Extract<RuleId, `narrative.${string}`>;

export interface CheckContext {
  /** The same body's report for the year before, when the hub has it. */
  previous?: ReportData | null;
  /** The date a township's county set for its townships' reports, when it set one (default: 31 January). */
  townshipDeadline?: ReportDeadline;
  /**
   * The version current at the report's publication deadline, given only when this report is a
   * township's upload made after that deadline (not a re-read of a stored document).
   */
  atDeadline?: VersionAtDeadline | null;
}

/** A stored version as it stood at the deadline (`deadline`, YYYY-MM-DD): its number and data. */
export interface VersionAtDeadline {
  deadline: string;
  versionNumber: number;
  data: ReportData;
}

/** One violation: a Chinese message naming table, row, column and numbers, and the cells involved. */
export interface Finding {
  message: string;
  /** Full ReportData paths, e.g. `applications.newReceived.total`. */
  cells: string[];
}

export interface Rule {
  id: RuleId;
  severity: Severity;
  check(data: ReportData, context: CheckContext): Finding[];
}
