import { EntityManager, In } from 'typeorm';
import { Report, ReportVersion } from '../../../entities';
import { ReportData } from '../../reading/template/report-data';
import { KEYS_PER_STATEMENT, chunks } from './chunks';
import { RowTable, TownshipYear, VersionToLoad, loadReportData, reportKey } from './load-report';
import { storedTemplate } from './stored-enums';

export interface CurrentReport {
  report: Report;
  version: ReportVersion;
}

/** Facts of a stored version that, with its rows, make up its ReportData. */
export function versionToLoad(year: number, version: ReportVersion): VersionToLoad {
  return {
    versionId: version.id,
    organization: version.organization,
    year,
    template: storedTemplate(version.template),
    publishedOn: version.publishedOn,
    notApplicable: version.notApplicable,
  };
}

/**
 * The report and current version of each of many township-years that has one, by reportKey:
 * one statement per 1,000 townships, however many (the ingest of a batch checks a year against
 * the year before and refreshes the year after with it).
 */
export async function findCurrentReports(manager: EntityManager, keys: readonly TownshipYear[]): Promise<Map<string, CurrentReport>> {
  const wanted = new Set(keys.map(reportKey));
  const years = [...new Set(keys.map((key) => key.year))];
  const found = new Map<string, CurrentReport>();
  for (const codes of chunks([...new Set(keys.map((key) => key.townshipCode))], KEYS_PER_STATEMENT)) {
    const rows = await manager
      .createQueryBuilder(Report, 'report')
      .innerJoinAndMapOne('report.version', ReportVersion, 'version', 'version.id = report.currentVersionId')
      .where({ townshipCode: In(codes), year: In(years) })
      .getMany();
    // Codes × years may name township-years nobody asked for.
    for (const { version, ...report } of rows as (Report & { version: ReportVersion })[]) {
      if (wanted.has(reportKey(report))) found.set(reportKey(report), { report: report, version });
    }
  }
  return found;
}

/** The report of a township and year with its current version, or null when there is none. */
export async function findCurrentReport(manager: EntityManager, townshipCode: string, year: number): Promise<CurrentReport | null> {
  const key = { townshipCode, year };
  return (await findCurrentReports(manager, [key])).get(reportKey(key)) ?? null;
}

/** The current ReportData of a township and year (only the named row tables, if given), or null. */
export async function loadCurrentData(
  manager: EntityManager,
  townshipCode: string,
  year: number,
  tables?: readonly RowTable[],
): Promise<ReportData | null> {
  const current = await findCurrentReport(manager, townshipCode, year);
  if (!current) return null;
  const toLoad = versionToLoad(year, current.version);
  return (await loadReportData(manager, [toLoad], tables)).get(toLoad.versionId)!;
}
