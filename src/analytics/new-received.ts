import { EntityManager } from 'typeorm';
import { ApplicationCount, Report } from '../../entities';
import { APPLICANT_PARTS } from '../template/report-data';

/** A township's number of new applications for a year, and whether it had to be derived. */
export interface NewReceivedTotal {
  value: number | null;
  /** True when the report leaves 总计 blank and the value is the sum of the row's cells. */
  derived: boolean;
}

/**
 * SQL for the 总计 of a table-3 row over alias `ac`: the stated total, else the sum of the
 * applicant cells the report gives, else NULL (nothing stated). Built from the fixed column
 * list, never from input; TypeORM turns the property paths into quoted column names.
 */
export function statedOrDerivedTotalSql(alias: string): string {
  const parts = APPLICANT_PARTS.map((key) => `${alias}.${key}`);
  return (
    `CASE WHEN ${alias}.total IS NOT NULL THEN ${alias}.total ` +
    `WHEN ${parts.map((part) => `${part} IS NULL`).join(' AND ')} THEN NULL ` +
    `ELSE ${parts.map((part) => `COALESCE(${part}, 0)`).join(' + ')} END`
  );
}

/** newReceived totals for `code:year` keys, in one statement. */
export async function loadNewReceivedTotals(manager: EntityManager, keys: readonly string[]): Promise<Map<string, NewReceivedTotal>> {
  const pairs = keys.map((key) => key.split(':'));
  const rows: { code: string; year: number; value: number | null; stated: number | null }[] = await manager
    .createQueryBuilder(Report, 'r')
    .innerJoin(ApplicationCount, 'ac', 'ac.versionId = r.currentVersionId AND ac.rowKey = :row', { row: 'newReceived' })
    .select('r.townshipCode', 'code')
    .addSelect('r.year', 'year')
    .addSelect(statedOrDerivedTotalSql('ac'), 'value')
    .addSelect('ac.total', 'stated')
    .where('r.townshipCode IN (:...codes)', { codes: [...new Set(pairs.map(([code]) => code))] })
    .andWhere('r.year IN (:...years)', { years: [...new Set(pairs.map(([, year]) => Number(year)))] })
    .getRawMany();
  return new Map(
    rows.map((row) => [
      `${row.code}:${Number(row.year)}`,
      { value: row.value === null ? null : Number(row.value), derived: row.stated === null && row.value !== null },
    ]),
  );
}
