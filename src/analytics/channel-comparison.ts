import { EntityManager } from 'typeorm';
import { PublicationCount, Region, Report } from '../../entities';
import { whereTownshipUnder } from '../store/regions';
import { CHANNEL_KEYS, ChannelKey } from '../template/report-data';
import { rankDescending } from './rank';

/** The township columns each row carries. */
const TOWNSHIP_COLUMNS = ['code', 'name', 'countyCode', 'cityCode', 'provinceCode'] as const;

export interface ChannelRow extends Record<ChannelKey, number | null> {
  township: Pick<Region, (typeof TOWNSHIP_COLUMNS)[number]>;
  code: string;
  /** Whether the township has a report for the year. */
  reported: boolean;
  rank: number;
}

/**
 * One row per township under `region`: its channel counts for `year` (null where the report
 * gives none, all null where there is no report), ranked by `orderBy`, highest first, ties
 * sharing a rank, nulls last. One statement: the database pivots the counts.
 */
export async function channelComparison(manager: EntityManager, region: Region, year: number, orderBy: ChannelKey): Promise<ChannelRow[]> {
  const query = manager
    .createQueryBuilder(Region, 't')
    .leftJoin(Report, 'r', 'r.townshipCode = t.code AND r.year = :year', { year })
    .leftJoin(PublicationCount, 'pc', 'pc.versionId = r.currentVersionId')
    .select('MAX(r.id)', 'reportId');
  for (const column of TOWNSHIP_COLUMNS) query.addSelect(`t.${column}`, column).addGroupBy(`t.${column}`);
  // Channel keys are the fixed list, each bound as a parameter; nothing from input reaches SQL text.
  CHANNEL_KEYS.forEach((key, index) => {
    query.addSelect(`MAX(CASE WHEN pc.metric = :metric${index} THEN pc.value END)`, key).setParameter(`metric${index}`, `channels.${key}`);
  });
  whereTownshipUnder(query, 't', region);
  const raw: Record<string, string | number | null>[] = await query.getRawMany();
  const rows = raw.map((row) => {
    const counts = Object.fromEntries(CHANNEL_KEYS.map((key) => [key, row[key] === null ? null : Number(row[key])]));
    const township = Object.fromEntries(TOWNSHIP_COLUMNS.map((column) => [column, row[column]])) as ChannelRow['township'];
    return { township, code: township.code, reported: row.reportId !== null, rank: 0, ...counts } as ChannelRow;
  });
  return rankDescending(rows, (row) => row[orderBy]);
}
