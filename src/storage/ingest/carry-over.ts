import { EntityManager } from 'typeorm';
import { yearsCarryOver } from '../../checks/years-carry-over';
import { ReportData } from '../../reading/template/report-data';
import { findCurrentReport, versionToLoad } from '../store/current-report';
import { loadReportData } from '../store/load-report';
import { writeReportValues } from '../store/report-values';
import { replaceRuleIssues } from '../store/rule-issues';

/**
 * `years.carryOver` compares a year with the year before. When the earlier year arrives
 * (or changes) after the later one, the later report's finding must follow: this re-runs
 * the rule for the next year's current version and replaces its findings.
 */
export async function refreshNextYearCarryOver(
  manager: EntityManager,
  townshipCode: string,
  year: number,
  data: ReportData,
): Promise<void> {
  const next = await findCurrentReport(manager, townshipCode, year + 1);
  if (!next) return;
  const toLoad = versionToLoad(year + 1, next.version);
  // The rule reads table 3; the issues are read to append after them.
  const nextData = (await loadReportData(manager, [toLoad], ['applicationCounts', 'issues'])).get(toLoad.versionId)!;
  const findings = yearsCarryOver.check(nextData, { previous: data });
  await replaceRuleIssues(manager, next.version.id, nextData.issues.length, yearsCarryOver, findings);
  await writeReportValues(manager, [{ townshipCode, year: year + 1 }]);
}
