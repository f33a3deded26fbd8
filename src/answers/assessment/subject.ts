/**
 * What the scoring engine is given about each township of the region: no database, no
 * GraphQL, so that every rule can be tested with plain data.
 */
import type { ReportDeadline } from '../../checks/report-deadline';
import type { ReportData, ReportIssue } from '../../reading/template/report-data';
import type { SimilarReport } from './similarity/most-similar';

export enum ReviewStatus {
  CONFIRMED = 'CONFIRMED',
  DISMISSED = 'DISMISSED',
}

/** An evaluator's decision on an issue. */
export interface IssueDecision {
  status: ReviewStatus;
  comment: string;
  reviewer: string;
  decidedAt: Date;
}

/** An issue of the report with its fingerprint and the decision on it, if any. */
export interface ReviewedIssue {
  issue: ReportIssue;
  fingerprint: string;
  review: IssueDecision | null;
}

export interface TownshipRef {
  code: string;
  name: string;
}

export interface AssessedReport {
  data: ReportData;
  /** data.issues, in the same order, with fingerprints and decisions. */
  issues: ReviewedIssue[];
  /** Whether a narrative section holds more than whitespace: the loader reads the narrative's digest, and gives data without its text. */
  hasNarrative: boolean;
  /** The most similar other report (own previous year or a peer's this year), null when there is none. */
  mostSimilar: SimilarReport | null;
  /** The date the township's county (city, province) set for its report, when one did: what report.late took too. */
  townshipDeadline?: ReportDeadline;
}

/** A rectification notice of the township's report, as the RECTIFICATION rule sees it. */
export interface NoticeStanding {
  id: number;
  dueDate: string;
  /** Not accepted (nor archived) by its due date, as of the day the assessment is computed. */
  missedDueDate: boolean;
}

export interface AssessmentSubject<T extends TownshipRef = TownshipRef> {
  township: T;
  /** The township's rectification notices for the year (none when not loaded). */
  notices?: readonly NoticeStanding[];
  /** The current version of the township's report for the year, null when it has none. */
  report: AssessedReport | null;
}

/** A subject that has a report: what rules score. */
export type ReportedSubject<T extends TownshipRef = TownshipRef> = AssessmentSubject<T> & { report: AssessedReport };

export const isDismissed = (issue: ReviewedIssue): boolean => issue.review?.status === ReviewStatus.DISMISSED;
