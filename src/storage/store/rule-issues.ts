import { EntityManager } from 'typeorm';
import { ReportIssueRecord } from '../../../entities';
import type { Finding, Rule } from '../../checks/rule';
import { issueRows } from './report-rows';
import { insertRows } from './save-report';

/**
 * Replaces a stored version's findings of one rule with `findings`, appended after its other
 * issues (`stored`: how many issues it had). For rules whose answer changes without a new
 * version: last year's report arriving, a region's deadline changing.
 */
export async function replaceRuleIssues(
  manager: EntityManager,
  versionId: number,
  stored: number,
  rule: Rule,
  findings: readonly Finding[],
): Promise<void> {
  await manager.delete(ReportIssueRecord, { versionId, rule: rule.id });
  const issues = findings.map(({ message, cells }) => ({ rule: rule.id, severity: rule.severity, message, cells }));
  const rows = issueRows(issues).map((row, index) => ({ ...row, versionId, position: stored + index }));
  await insertRows(manager, ReportIssueRecord, rows);
}
