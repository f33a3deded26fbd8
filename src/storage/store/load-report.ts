import { EntityManager, EntityTarget, In, ObjectLiteral } from 'typeorm';
import {
  ApplicationCount,
  CaseOutcome,
  DisclosureItem,
  NarrativeCount,
  NarrativeSection,
  PublicationCount,
  ReportIssueRecord,
} from '../../../entities';
import { ReportData } from '../../reading/template/report-data';
import { chunks } from './chunks';
import { ReportRows, VersionFacts, fromRows } from './report-rows';

export interface VersionToLoad extends VersionFacts {
  versionId: number;
}

/** A row of one of a version's tables. */
interface VersionRow extends ObjectLiteral {
  versionId: number;
}

/**
 * Entity of each list, and the column that orders a list whose order is its content. Keyed
 * rows come in any order: fromRows puts them in the template's.
 */
const ROW_SOURCES: { [K in keyof ReportRows]: [EntityTarget<VersionRow>, 'position'?] } = {
  disclosureItems: [DisclosureItem],
  applicationCounts: [ApplicationCount],
  caseOutcomes: [CaseOutcome],
  publicationCounts: [PublicationCount],
  narrativeSections: [NarrativeSection],
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
  for (const chunk of chunks(ids, VERSIONS_PER_STATEMENT)) {
    for (const key of tables) {
      const [entity, orderColumn] = ROW_SOURCES[key];
      const rows = await manager.find(entity, {
        where: { versionId: In(chunk) },
        ...(orderColumn ? { order: { [orderColumn]: 'ASC' } } : {}),
      });
      for (const row of rows) (rowsByVersion.get(row.versionId)![key] as object[]).push(row);
    }
  }
  return new Map(versions.map((version) => [version.versionId, fromRows(version, rowsByVersion.get(version.versionId)!)]));
}

export interface TownshipYear {
  townshipCode: string;
  year: number;
}

/** Key of a township's year in maps of township-years. */
export const reportKey = ({ townshipCode, year }: TownshipYear): string => `${townshipCode}/${year}`;
