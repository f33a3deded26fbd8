import { EntityManager } from 'typeorm';
import { Region, RegionLevel } from '../../../entities';
import { normalizeRegionCode } from '../../core/region-code';
import { REGION_GENERATION, generationText } from './region-generation';
import { ancestorColumn, unknownRegion } from './regions';

/** A region (null: the whole country) and the number of townships under it, which bounds what a question about it reads. */
export interface RegionScope<R extends Region | null = Region> {
  region: R;
  townships: number;
  /** Whether a township under it was ever merged into or recoded as another: comparisons then follow successors. */
  successions: boolean;
  /** The region tree's generation these facts were read at (REGION_GENERATION). */
  generation: string;
}

const LEVELS_ABOVE_TOWNSHIP = [RegionLevel.PROVINCE, RegionLevel.CITY, RegionLevel.COUNTY] as const;

/**
 * The townships under the region row `r`, counted on the index of its level, as SQL: a
 * township counts itself.
 */
function townshipCountSql(manager: EntityManager): string {
  const table = manager.connection.driver.escape(manager.connection.getMetadata(Region).tableName);
  const count = (level: RegionLevel) =>
    `WHEN '${level}' THEN (SELECT COUNT(*) FROM ${table} t WHERE t.level = '${RegionLevel.TOWNSHIP}' AND t.${ancestorColumn(level)} = r.code)`;
  return `CASE r.level ${LEVELS_ABOVE_TOWNSHIP.map(count).join(' ')} ELSE 1 END`;
}

/** Whether a region `s` with a successor is under the region row `r` (a township: `s`'s successor is it), as SQL; on the successor indexes. */
function successionsSql(manager: EntityManager): string {
  const table = manager.connection.driver.escape(manager.connection.getMetadata(Region).tableName);
  const exists = (condition: string) =>
    `CASE WHEN EXISTS (SELECT 1 FROM ${table} s WHERE (s.merged_into IS NOT NULL OR s.renamed_to IS NOT NULL) AND ${condition}) THEN 1 ELSE 0 END`;
  const under = (level: RegionLevel) => `WHEN '${level}' THEN ${exists(`s.${ancestorColumn(level)} = r.code`)}`;
  return `CASE r.level ${LEVELS_ABOVE_TOWNSHIP.map(under).join(' ')} ELSE ${exists('(s.merged_into = r.code OR s.renamed_to = r.code)')} END`;
}

/** The region a code names (any form people type) with the number of its townships and the tree's generation, in one statement, or UNKNOWN_REGION. */
export async function requireRegionScope(manager: EntityManager, input: string): Promise<RegionScope> {
  const code = normalizeRegionCode(input);
  if (!code) throw unknownRegion(input);
  const { entities, raw } = await manager
    .createQueryBuilder(Region, 'r')
    .addSelect(townshipCountSql(manager), 'township_count')
    .addSelect(successionsSql(manager), 'successions')
    .addSelect(REGION_GENERATION, 'region_generation')
    .where('r.code = :code', { code })
    .getRawAndEntities<{ township_count: number | string; successions: number | string; region_generation: unknown }>();
  if (!entities.length) throw unknownRegion(input);
  const [facts] = raw;
  return {
    region: entities[0],
    townships: Number(facts.township_count),
    successions: Number(facts.successions) === 1,
    generation: generationText(facts.region_generation),
  };
}

/** The whole country, the number of its townships, whether any has a successor and the tree's generation: one statement. */
export async function countryScope(manager: EntityManager): Promise<RegionScope<null>> {
  const [row] = await manager
    .createQueryBuilder(Region, 't')
    .select('COUNT(*)', 'townships')
    .addSelect('SUM(CASE WHEN t.mergedInto IS NOT NULL OR t.renamedTo IS NOT NULL THEN 1 ELSE 0 END)', 'successions')
    .addSelect(REGION_GENERATION, 'region_generation')
    .where('t.level = :level', { level: RegionLevel.TOWNSHIP })
    .getRawMany<{ townships: number | string; successions: number | string | null; region_generation: unknown }>();
  return {
    region: null,
    townships: Number(row.townships),
    successions: Number(row.successions ?? 0) > 0,
    generation: generationText(row.region_generation),
  };
}
