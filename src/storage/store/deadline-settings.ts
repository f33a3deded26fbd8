/**
 * The dates regions set for their townships' reports (《政府信息公开条例》第四十九条: by the date
 * the county sets). A township takes the nearest setting above it: its county's, else its
 * city's, else its province's; without any, the default of report-deadline.ts (31 January).
 */
import { EntityManager } from 'typeorm';
import { DeadlineSetting, Region } from '../../../entities';
import { type ReportDeadline, regionDeadline } from '../../checks/report-deadline';
import { sql } from '../db/sql';
import { SqlNames } from '../db/sql-names';
import { KEYS_PER_STATEMENT, chunks } from './chunks';
import { rawEntityColumns, rawEntityReader, rawRows } from './raw-entity';

/** A setting with the name of the region that set it. */
export interface NamedDeadlineSetting {
  region: Region;
  monthDay: string;
  setBy: string;
  setAt: Date;
}

/** The regions above a township, nearest first. */
const regionsAbove = (township: Region): string[] =>
  [township.countyCode, township.cityCode, township.provinceCode].filter((code): code is string => code !== null);

/** The settings of `codes` with their regions: one statement per 1,000 codes, read as raw rows (an assessment runs it). */
async function settingsOf(manager: EntityManager, codes: readonly string[]): Promise<NamedDeadlineSetting[]> {
  const names = new SqlNames(manager.connection);
  const columns = [
    ...rawEntityColumns(manager.connection, DeadlineSetting, 's', 's_'),
    ...rawEntityColumns(manager.connection, Region, 'r', 'r_'),
  ];
  const settingOf = rawEntityReader(manager.connection, DeadlineSetting, 's_');
  const regionOf = rawEntityReader(manager.connection, Region, 'r_');
  const found: NamedDeadlineSetting[] = [];
  for (const chunk of chunks([...new Set(codes)], KEYS_PER_STATEMENT)) {
    const rows = await rawRows<Record<string, unknown>>(
      manager,
      sql.join(
        [
          sql`SELECT ${sql.join(columns, sql`, `)}`,
          sql`FROM ${names.table(DeadlineSetting)} s JOIN ${names.table(Region)} r ON r.${names.column(Region, 'code')} = s.${names.column(DeadlineSetting, 'regionCode')}`,
          sql`WHERE s.${names.column(DeadlineSetting, 'regionCode')} IN (${sql.list(chunk)})`,
        ],
        sql`\n`,
      ),
    );
    for (const row of rows) {
      const { monthDay, setBy, setAt } = settingOf(row);
      found.push({ region: regionOf(row), monthDay, setBy, setAt });
    }
  }
  return found;
}

/**
 * Each township's deadline where a region above it set one, by township code (the others take
 * the default). One statement for any number of townships.
 */
export async function townshipDeadlines(manager: EntityManager, townships: readonly Region[]): Promise<Map<string, ReportDeadline>> {
  const settings = new Map((await settingsOf(manager, townships.flatMap(regionsAbove))).map((s) => [s.region.code, s]));
  const deadlines = new Map<string, ReportDeadline>();
  for (const township of townships) {
    const nearest = regionsAbove(township)
      .map((code) => settings.get(code))
      .find((setting) => setting !== undefined);
    if (nearest) deadlines.set(township.code, regionDeadline(nearest.monthDay, nearest.region.name));
  }
  return deadlines;
}

/** Every region's setting, in code order. */
export async function listDeadlineSettings(manager: EntityManager): Promise<NamedDeadlineSetting[]> {
  const codes = (await manager.find(DeadlineSetting, { select: { regionCode: true } })).map((s) => s.regionCode);
  return (await settingsOf(manager, codes)).sort((a, b) => a.region.code.localeCompare(b.region.code));
}

/** Sets (or with null clears) a region's date for its townships. Run it inside the transaction that re-checks their reports. */
export async function storeDeadlineSetting(
  manager: EntityManager,
  region: Region,
  monthDay: string | null,
  setBy: string,
): Promise<NamedDeadlineSetting | null> {
  if (monthDay === null) {
    await manager.delete(DeadlineSetting, { regionCode: region.code });
    return null;
  }
  const setAt = new Date();
  await manager.upsert(DeadlineSetting, { regionCode: region.code, monthDay, setBy, setAt }, ['regionCode']);
  return { region, monthDay, setBy, setAt };
}
