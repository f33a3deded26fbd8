import { EntityManager } from 'typeorm';
import { Report, ReportVersion } from '../../entities';
import { ReportData, TemplateVersion } from '../template/report-data';
import { RowTable, VersionToLoad, loadReportData } from './load-report';

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
    template: version.template as TemplateVersion,
    publishedOn: version.publishedOn,
    notApplicable: version.notApplicable,
  };
}

/** The report of a township and year with its current version, or null when there is none. */
export async function findCurrentReport(manager: EntityManager, townshipCode: string, year: number): Promise<CurrentReport | null> {
  const row = await manager
    .createQueryBuilder(Report, 'report')
    .innerJoinAndMapOne('report.version', ReportVersion, 'version', 'version.id = report.currentVersionId')
    .where('report.townshipCode = :townshipCode AND report.year = :year', { townshipCode, year })
    .getOne();
  if (!row) return null;
  const { version, ...report } = row as Report & { version: ReportVersion };
  return { report: report as Report, version };
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
