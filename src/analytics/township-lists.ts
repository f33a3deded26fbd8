import { EntityManager } from 'typeorm';
import { ApplicationCount, Region, RegionLevel, Report } from '../../entities';
import { whereTownshipUnder } from '../store/regions';
import { NewReceivedTotal, statedOrDerivedTotalSql } from './new-received';

export interface ZeroApplicationTownship {
  township: Region;
  newReceived: NewReceivedTotal;
}

/**
 * Townships under `region` whose report for `year` received no applications: 本年新收 总计
 * is 0, or it is blank and the row's cells add up to 0 (then `derived`). Townships without
 * a report, or whose row states nothing, are not in it. One statement.
 */
export async function zeroApplicationTownships(manager: EntityManager, region: Region, year: number): Promise<ZeroApplicationTownship[]> {
  const total = statedOrDerivedTotalSql('ac');
  const query = manager
    .createQueryBuilder(Region, 't')
    .innerJoin(Report, 'r', 'r.townshipCode = t.code AND r.year = :year', { year })
    .innerJoin(ApplicationCount, 'ac', 'ac.versionId = r.currentVersionId AND ac.rowKey = :row', { row: 'newReceived' })
    .addSelect('ac.total', 'stated');
  whereTownshipUnder(query, 't', region).andWhere(`(${total}) = 0`).orderBy('t.code');
  const { entities, raw } = await query.getRawAndEntities<{ t_code: string; stated: number | null }>();
  const stated = new Map(raw.map((row) => [row.t_code, row.stated]));
  return entities.map((township) => ({ township, newReceived: { value: 0, derived: stated.get(township.code) === null } }));
}

/** Townships under `region` with no report for `year`. One statement. */
export async function missingReports(manager: EntityManager, region: Region, year: number): Promise<Region[]> {
  const query = manager
    .createQueryBuilder(Region, 't')
    .leftJoin(Report, 'r', 'r.townshipCode = t.code AND r.year = :year', { year });
  return whereTownshipUnder(query, 't', region).andWhere('r.id IS NULL').orderBy('t.code').getMany();
}

/** Every township under `region` (the whole country when null), in code order. One statement. */
export function townshipsUnder(manager: EntityManager, region: Region | null): Promise<Region[]> {
  const query = manager.createQueryBuilder(Region, 't');
  if (region) whereTownshipUnder(query, 't', region);
  else query.where('t.level = :level', { level: RegionLevel.TOWNSHIP });
  return query.orderBy('t.code').getMany();
}
