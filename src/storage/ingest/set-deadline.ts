/**
 * Setting or clearing a region's date for its townships' reports. `report.late` is stored with
 * each version, so a change re-checks, in the same transaction, the current version of every
 * report of the townships under the region: their stored findings, the read model and every
 * answer cached before (the data generation) follow at once. Earlier versions keep the findings
 * of their day; `report.changedAfterDeadline` stays as it was judged at the upload (an edit is
 * weighed against the deadline in force when it was made).
 */
import { DataSource, EntityManager } from 'typeorm';
import { Region, RegionLevel } from '../../../entities';
import { isMonthDay } from '../../checks/report-deadline';
import { reportLate } from '../../checks/report-late';
import { HubError } from '../../core/errors';
import { versionToLoad } from '../store/current-report';
import { currentVersionsUnder } from '../store/current-versions';
import { countWrite } from '../store/data-generation';
import { NamedDeadlineSetting, storeDeadlineSetting, townshipDeadlines } from '../store/deadline-settings';
import { loadReportData } from '../store/load-report';
import { writeReportValues } from '../store/report-values';
import { requireRegion } from '../store/regions';
import { replaceRuleIssues } from '../store/rule-issues';
import { transactionWithRetry } from './retry-transaction';

export interface DeadlineChange {
  /** The setting now in force on the region; null when cleared. */
  setting: NamedDeadlineSetting | null;
  /** Stored reports whose report.late finding changed. */
  recheckedReports: number;
}

function checkSetting(region: Region, monthDay: string | null): void {
  if (region.level === RegionLevel.TOWNSHIP) {
    throw new HubError('BAD_USER_INPUT', `${region.name}（${region.code}）是乡镇：期限由其上级县（市、区）、市或省设定`, {
      regionCode: region.code,
    });
  }
  if (monthDay !== null && !isMonthDay(monthDay)) {
    throw new HubError('BAD_USER_INPUT', `monthDay「${monthDay}」不是报告年度次年的有效月日（MM-DD，如 01-31；不可为 02-29）`, {
      monthDay,
    });
  }
}

const sameFindings = (a: readonly { message: string }[], b: readonly { message: string }[]): boolean =>
  a.length === b.length && a.every((finding, i) => finding.message === b[i].message);

/** Re-runs report.late on the current version of every report under `region`; how many changed. */
async function recheckLate(manager: EntityManager, region: Region): Promise<number> {
  const current = await currentVersionsUnder(manager, region);
  const deadlines = await townshipDeadlines(manager, [...new Map(current.map((c) => [c.township.code, c.township])).values()]);
  const data = await loadReportData(
    manager,
    current.map(({ report, version }) => versionToLoad(report.year, version)),
    ['issues'],
  );
  const changed = [];
  for (const { township, report, version } of current) {
    const stored = data.get(version.id)!;
    const findings = reportLate.check(stored, { townshipDeadline: deadlines.get(township.code) });
    if (
      sameFindings(
        findings,
        stored.issues.filter((issue) => issue.rule === reportLate.id),
      )
    )
      continue;
    await replaceRuleIssues(manager, version.id, stored.issues.length, reportLate, findings);
    changed.push({ townshipCode: township.code, year: report.year });
  }
  await writeReportValues(manager, changed);
  return changed.length;
}

/** Sets (monthDay MM-DD) or clears (null) the date a province, city or county sets for its townships' reports. */
export async function setTownshipDeadline(
  dataSource: DataSource,
  regionCode: string,
  monthDay: string | null,
  setBy: string,
): Promise<DeadlineChange> {
  const region = await requireRegion(dataSource.manager, regionCode);
  checkSetting(region, monthDay);
  return transactionWithRetry(dataSource, async (manager) => {
    const setting = await storeDeadlineSetting(manager, region, monthDay, setBy);
    const recheckedReports = await recheckLate(manager, region);
    // The setting changes answers (ON_TIME, report.late) even where no stored finding moved.
    await countWrite(manager, `deadline/${region.code}`);
    return { setting, recheckedReports };
  });
}
