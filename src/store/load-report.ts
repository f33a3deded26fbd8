import { EntityManager, EntityTarget, In, ObjectLiteral } from 'typeorm';
import {
  ApplicationCount,
  CaseOutcome,
  DisclosureItem,
  NarrativeCount,
  NarrativeSection,
  PublicationCount,
  Report,
  ReportIssueRecord,
  ReportVersion,
} from '../../entities';
import { ReportData } from '../template/report-data';
import { ReportRows, VersionFacts, fromRows } from './report-rows';

export interface VersionToLoad extends VersionFacts {
  versionId: number;
}

/** Entity of each list and the column that orders it. */
const ROW_SOURCES: { [K in keyof ReportRows]: [EntityTarget<ObjectLiteral>, string] } = {
  disclosureItems: [DisclosureItem, 'id'],
  applicationCounts: [ApplicationCount, 'id'],
  caseOutcomes: [CaseOutcome, 'id'],
  publicationCounts: [PublicationCount, 'id'],
  narrativeSections: [NarrativeSection, 'id'],
  narrativeCounts: [NarrativeCount, 'position'],
  issues: [ReportIssueRecord, 'position'],
};

function emptyRows(): ReportRows {
  return {
    disclosureItems: [],
    applicationCounts: [],
    caseOutcomes: [],
    publicationCounts: [],
    narrativeSections: [],
    narrativeCounts: [],
    issues: [],
  };
}

export type RowTable = keyof ReportRows;
const ALL_ROW_TABLES = Object.keys(ROW_SOURCES) as RowTable[];

/**
 * Version ids bound in one statement: SQLite refuses more than 32,766 parameters. Every
 * province's reports of two years fit (the largest, 四川, has 3,111 townships); only the country
 * takes a few statements per table.
 */
const VERSIONS_PER_STATEMENT = 30_000;

/**
 * ReportData of many versions at once: one statement per row table up to 30,000 versions,
 * so a list of reports costs the same as one. A caller that needs only some tables
 * (the carry-over check reads table 3) names them and skips the other statements.
 */
export async function loadReportData(
  manager: EntityManager,
  versions: readonly VersionToLoad[],
  tables: readonly RowTable[] = ALL_ROW_TABLES,
): Promise<Map<number, ReportData>> {
  const ids = versions.map((version) => version.versionId);
  const rowsByVersion = new Map<number, ReportRows>(ids.map((id) => [id, emptyRows()]));
  for (let start = 0; start < ids.length; start += VERSIONS_PER_STATEMENT) {
    const chunk = ids.slice(start, start + VERSIONS_PER_STATEMENT);
    for (const key of tables) {
      const [entity, orderColumn] = ROW_SOURCES[key];
      const rows = await manager.find(entity, { where: { versionId: In(chunk) }, order: { [orderColumn]: 'ASC' } });
      for (const row of rows) (rowsByVersion.get(row.versionId)![key] as object[]).push(row);
    }
  }
  return new Map(versions.map((version) => [version.versionId, fromRows(version, rowsByVersion.get(version.versionId)!)]));
}

export interface TownshipYear {
  townshipCode: string;
  year: number;
}

/** Key of a township's year in the maps below. */
export const reportKey = ({ townshipCode, year }: TownshipYear): string => `${townshipCode}/${year}`;

/** Keys (codes, ids) per IN (…) list: far below every engine's limit on bound parameters. */
export const KEYS_PER_STATEMENT = 1000;

/**
 * The current version of each of many township-years that has a report, by reportKey: one
 * statement per 1,000 townships, however many (the ingest of a batch checks a year against
 * the year before and refreshes the year after with it).
 */
export async function findCurrentVersions(manager: EntityManager, keys: readonly TownshipYear[]): Promise<Map<string, ReportVersion>> {
  const wanted = new Set(keys.map(reportKey));
  const codes = [...new Set(keys.map((key) => key.townshipCode))];
  const years = [...new Set(keys.map((key) => key.year))];
  const found = new Map<string, ReportVersion>();
  for (let start = 0; start < codes.length; start += KEYS_PER_STATEMENT) {
    const reports = await manager
      .createQueryBuilder(Report, 'report')
      .innerJoinAndMapOne('report.version', ReportVersion, 'version', 'version.id = report.currentVersionId')
      .where({ townshipCode: In(codes.slice(start, start + KEYS_PER_STATEMENT)), year: In(years) })
      .getMany();
    // Codes × years may name township-years nobody asked for.
    for (const report of reports as (Report & { version: ReportVersion })[]) {
      if (wanted.has(reportKey(report))) found.set(reportKey(report), report.version);
    }
  }
  return found;
}
