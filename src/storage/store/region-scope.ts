import { EntityManager } from 'typeorm';
import { Region, RegionLevel } from '../../../entities';
import { normalizeRegionCode } from '../../core/region-code';
import { ancestorColumn, unknownRegion } from './regions';

/** A region (null: the whole country) and the number of townships under it, which bounds what a question about it reads. */
export interface RegionScope<R extends Region | null = Region> {
  region: R;
  townships: number;
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

/** The region a code names (any form people type) with the number of its townships, in one statement, or UNKNOWN_REGION. */
export async function requireRegionScope(manager: EntityManager, input: string): Promise<RegionScope> {
  const code = normalizeRegionCode(input);
  if (!code) throw unknownRegion(input);
  const { entities, raw } = await manager
    .createQueryBuilder(Region, 'r')
    .addSelect(townshipCountSql(manager), 'township_count')
    .where('r.code = :code', { code })
    .getRawAndEntities<{ township_count: number | string }>();
  if (!entities.length) throw unknownRegion(input);
  return { region: entities[0], townships: Number(raw[0].township_count) };
}

/** The whole country and the number of its townships: one statement. */
export async function countryScope(manager: EntityManager): Promise<RegionScope<null>> {
  return { region: null, townships: await manager.count(Region, { where: { level: RegionLevel.TOWNSHIP } }) };
}
