import { EntityManager, In } from 'typeorm';
import { Region, RegionLevel, Report, ReportVersion } from '../../../entities';
import { KEYS_PER_STATEMENT, chunks } from './chunks';
import { whereTownshipUnder } from './regions';

/** A stored report's current version, with its township. */
export interface CurrentVersion {
  township: Region;
  report: Report;
  version: ReportVersion;
}

type Joined = Report & { township: Region; version: ReportVersion };

/**
 * The current version of every report of the townships under `region` (the whole country
 * when null), of one year or all, in township and year order; documents are not read. One
 * statement.
 */
export async function currentVersionsUnder(manager: EntityManager, region: Region | null, year?: number): Promise<CurrentVersion[]> {
  const query = manager
    .createQueryBuilder(Report, 'r')
    .innerJoinAndMapOne('r.version', ReportVersion, 'v', 'v.id = r.currentVersionId')
    .innerJoinAndMapOne('r.township', Region, 't', 't.code = r.townshipCode');
  if (region) whereTownshipUnder(query, 't', region);
  else query.where('t.level = :level', { level: RegionLevel.TOWNSHIP });
  if (year !== undefined) query.andWhere('r.year = :year', { year });
  const rows = (await query.orderBy('r.townshipCode').addOrderBy('r.year').getMany()) as Joined[];
  return rows.map(({ township, version, ...report }) => ({ township, report, version }));
}

/** The stored documents of these versions, by version id: one statement per 1,000. */
export async function loadDocuments(manager: EntityManager, versionIds: readonly number[]): Promise<Map<number, Buffer>> {
  const documents = new Map<number, Buffer>();
  for (const chunk of chunks(versionIds, KEYS_PER_STATEMENT)) {
    const rows = await manager.find(ReportVersion, { where: { id: In(chunk) }, select: { id: true, document: true } });
    for (const row of rows) documents.set(row.id, row.document);
  }
  return documents;
}
