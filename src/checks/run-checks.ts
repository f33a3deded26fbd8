/**
 * Runs every consistency rule (勾稽关系 and completeness) on a report. Issues come in rule
 * order, then in each rule's cell order (template order), so the same report always yields
 * the same list.
 */
import type { ReportData, ReportIssue } from '../reading/template/report-data';
import { applicationsIdentity } from './applications-identity';
import { applicationsOutcomeTotal } from './applications-outcome-total';
import { applicationsRowTotal } from './applications-row-total';
import { applicationsSubtotals } from './applications-subtotals';
import { cellsBlank } from './cells-blank';
import { cellsNegative } from './cells-negative';
import { channelsNarrative } from './channels-narrative';
import { litigationTotal } from './litigation-total';
import { narrativeApplications } from './narrative-applications';
import { narrativeCases } from './narrative-cases';
import { narrativeDisclosure } from './narrative-disclosure';
import { reportChangedAfterDeadline } from './report-changed-after-deadline';
import { reportLate } from './report-late';
import { reportSections } from './report-sections';
import { reviewTotal } from './review-total';
import type { CheckContext, Rule } from './rule';
import { yearsCarryOver } from './years-carry-over';

/** In RULE_IDS order. */
export const RULES: readonly Rule[] = [
  applicationsIdentity,
  applicationsRowTotal,
  applicationsOutcomeTotal,
  applicationsSubtotals,
  reviewTotal,
  litigationTotal,
  cellsBlank,
  cellsNegative,
  channelsNarrative,
  narrativeApplications,
  narrativeDisclosure,
  narrativeCases,
  reportLate,
  reportChangedAfterDeadline,
  reportSections,
  yearsCarryOver,
];

/**
 * The rules that need more than the document: the year before, the deadline a county set, the
 * version current at the deadline. The others judge the document alone, so they can run where
 * it is read (a parse worker), off the thread that stores it.
 */
const CONTEXT_RULES: ReadonlySet<Rule> = new Set([reportLate, reportChangedAfterDeadline, yearsCarryOver]);

function issuesOf(rule: Rule, data: ReportData, context: CheckContext): ReportIssue[] {
  return rule.check(data, context).map(({ message, cells }) => ({ rule: rule.id, severity: rule.severity, message, cells }));
}

/** The issues of every rule that judges the document alone, in rule order. */
export function runDocumentChecks(data: ReportData): ReportIssue[] {
  return RULES.flatMap((rule) => (CONTEXT_RULES.has(rule) ? [] : issuesOf(rule, data, {})));
}

/**
 * Every rule's issues, in rule order. `documentIssues`: what runDocumentChecks found on this
 * document where it was read (its rules are then not run again here).
 */
export function runChecks(data: ReportData, context: CheckContext = {}, documentIssues?: readonly ReportIssue[]): ReportIssue[] {
  return RULES.flatMap((rule) =>
    documentIssues && !CONTEXT_RULES.has(rule) ? documentIssues.filter((issue) => issue.rule === rule.id) : issuesOf(rule, data, context),
  );
}
