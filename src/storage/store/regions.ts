import { EntityManager, SelectQueryBuilder } from 'typeorm';
import { Region, RegionLevel } from '../../../entities';
import { HubError } from '../../core/errors';
import { normalizeRegionCode } from '../../core/region-code';
import { quoteInput } from '../../core/quote-input';
import { sql, type Sql } from '../db/sql';
import type { SqlNames } from '../db/sql-names';

async function findRegion(manager: EntityManager, input: string): Promise<Region | null> {
  const code = normalizeRegionCode(input);
  return code ? manager.findOne(Region, { where: { code } }) : null;
}

/** The error for a code that names no region, quoting at most the start of it. */
export function unknownRegion(input: string): HubError {
  const quoted = quoteInput(input);
  return new HubError('UNKNOWN_REGION', `区划代码「${quoted}」不存在`, { regionCode: quoted });
}

/** The region a code names, in any of the forms people type, or UNKNOWN_REGION. */
export async function requireRegion(manager: EntityManager, input: string): Promise<Region> {
  const region = await findRegion(manager, input);
  if (!region) throw unknownRegion(input);
  return region;
}

/** The township a code names, or UNKNOWN_TOWNSHIP (also for a code of a county or city). */
export async function requireTownship(manager: EntityManager, input: string): Promise<Region> {
  const region = await findRegion(manager, input);
  if (!region || region.level !== RegionLevel.TOWNSHIP) {
    const what = region ? `是${region.name}，不是乡镇级区划` : '不存在';
    const quoted = quoteInput(input);
    throw new HubError('UNKNOWN_TOWNSHIP', `乡镇代码「${quoted}」${what}`, { townshipCode: quoted });
  }
  return region;
}

/**
 * The column of a township row that holds the code of an ancestor at `level`. Identifiers
 * come from this switch only, never from input.
 */
export function ancestorColumn(level: RegionLevel): string {
  switch (level) {
    case RegionLevel.PROVINCE:
      return 'province_code';
    case RegionLevel.CITY:
      return 'city_code';
    case RegionLevel.COUNTY:
      return 'county_code';
    case RegionLevel.TOWNSHIP:
      return 'code';
    default: {
      const unknown: never = level;
      throw new Error(`unknown region level ${String(unknown)}`);
    }
  }
}

/** The read model's (report_values) column that holds a region's code at `level`: filtering on it is a range of its index. */
export function regionCodeColumn(level: RegionLevel): string {
  return level === RegionLevel.TOWNSHIP ? 'township_code' : ancestorColumn(level);
}

/** Restricts a query over `alias` (the regions table) to the townships under `region`. */
export function whereTownshipUnder<T extends object>(query: SelectQueryBuilder<T>, alias: string, region: Region): SelectQueryBuilder<T> {
  return query
    .where(`${alias}.level = :townshipLevel`, { townshipLevel: RegionLevel.TOWNSHIP })
    .andWhere(`${alias}.${ancestorColumn(region.level)} = :regionCode`, { regionCode: region.code });
}

/** whereTownshipUnder for a statement written as Sql: the townships under `region`, of the regions table as alias t. */
export function townshipUnderSql(names: SqlNames, region: Region): Sql {
  return sql`t.${names.column(Region, 'level')} = ${sql.value(RegionLevel.TOWNSHIP)} AND t.${names.quote(ancestorColumn(region.level))} = ${sql.value(region.code)}`;
}

/** The name of every province, city and county by code: what a township's ancestors are called. One statement. */
export async function higherRegionNames(manager: EntityManager): Promise<Map<string, string>> {
  const rows = await manager
    .createQueryBuilder(Region, 'r')
    .select(['r.code', 'r.name'])
    .where('r.level != :township', { township: RegionLevel.TOWNSHIP })
    .getMany();
  return new Map(rows.map((row) => [row.code, row.name]));
}

/**
 * Every township under `region` (the whole country when null), in code order; with `year`,
 * only the codes valid in it (what a picker offers for that year). One statement.
 */
export function townshipsUnder(manager: EntityManager, region: Region | null, year?: number): Promise<Region[]> {
  const query = manager.createQueryBuilder(Region, 't');
  if (region) whereTownshipUnder(query, 't', region);
  else query.where('t.level = :level', { level: RegionLevel.TOWNSHIP });
  if (year !== undefined) whereValidIn(query, 't', year);
  return query.orderBy('t.code').getMany();
}

/** Restricts a query over `alias` (the regions table) to the codes valid in `year`, as validIn does row by row. */
export function whereValidIn<T extends object>(query: SelectQueryBuilder<T>, alias: string, year: number): SelectQueryBuilder<T> {
  return query
    .andWhere(`(${alias}.validFrom IS NULL OR ${alias}.validFrom <= :validYear)`, { validYear: year })
    .andWhere(`(${alias}.validTo IS NULL OR ${alias}.validTo >= :validYear)`);
}

/** Whether a region's code is valid in `year` (a region loaded before validity was recorded is valid in every year). */
export function validIn(region: Pick<Region, 'validFrom' | 'validTo'>, year: number): boolean {
  return (region.validFrom === null || region.validFrom <= year) && (region.validTo === null || region.validTo >= year);
}

/** The codes valid in `year` that stand for `township`'s: its successors after it, its predecessors or origin before it. */
async function validInstead(manager: EntityManager, township: Region, year: number): Promise<Region[]> {
  if (township.validTo !== null && year > township.validTo) {
    const next = township.mergedInto ?? township.renamedTo;
    const successor = next ? await manager.findOne(Region, { where: { code: next } }) : null;
    if (!successor) return [];
    return validIn(successor, year) ? [successor] : validInstead(manager, successor, year);
  }
  const before = await manager.find(Region, {
    where: [{ mergedInto: township.code }, { renamedTo: township.code }, { code: township.splitFrom ?? '' }],
  });
  return before.filter((region) => validIn(region, year));
}

/**
 * A township whose code is not valid in `year` (retired before it, or created after it):
 * UNKNOWN_TOWNSHIP naming the code valid that year, so a report is filed under the code of
 * its year. Statements only on this error path.
 */
export async function requireValidIn(manager: EntityManager, township: Region, year: number): Promise<Region> {
  if (validIn(township, year)) return township;
  const instead = await validInstead(manager, township, year);
  const valid = instead.map((region) => `${region.name}（${region.code}）`).join('、');
  const span = `${township.validFrom ?? ''}–${township.validTo ?? ''}`;
  throw new HubError(
    'UNKNOWN_TOWNSHIP',
    `乡镇代码「${township.code}」（${township.name}）在 ${year} 年无效（有效年度 ${span}）${valid ? `，${year} 年应报在 ${valid} 名下` : ''}`,
    { townshipCode: township.code, year, validCodes: instead.map((region) => region.code) },
  );
}
