import { EntityManager } from 'typeorm';
import { ReportIssueRecord } from '../../../entities';
import { yearsCarryOver } from '../../checks/years-carry-over';
import { ReportData } from '../../reading/template/report-data';
import { findCurrentReport, versionToLoad } from '../store/current-report';
import { loadReportData } from '../store/load-report';
import { issueRows } from '../store/report-rows';
import { writeReportValues } from '../store/report-values';
import { insertRows } from '../store/save-report';

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
  const versionId = next.version.id;
  await manager.delete(ReportIssueRecord, { versionId, rule: yearsCarryOver.id });
  const last = nextData.issues.length;
  const issues = yearsCarryOver.check(nextData, { previous: data }).map(({ message, cells }) => ({
    rule: yearsCarryOver.id,
    severity: yearsCarryOver.severity,
    message,
    cells,
  }));
  const rows = issueRows(issues).map((row, index) => ({ ...row, versionId, position: last + index }));
  await insertRows(manager, ReportIssueRecord, rows);
  await writeReportValues(manager, [{ townshipCode, year: year + 1 }]);
}
