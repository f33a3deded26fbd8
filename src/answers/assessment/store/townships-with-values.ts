/** What the assessment's loaders' statements share: the townships under a region joined to their read model rows. */
import { Region } from '../../../../entities';
import { SqlNames } from '../../../storage/db/sql-names';
import { sql, type Sql } from '../../../storage/db/sql';
import { REPORT_VALUES_TABLE } from '../../../storage/db/report-values-layout';
import { regionCodeColumn, townshipUnderSql } from '../../../storage/store/regions';

/**
 * The read model's rows of `years` (alias `alias`) of township t under `region`: a JOIN … ON.
 * The region's code is matched on the read model too: an inner join then starts from its
 * index range, not from every row of the years.
 */
export function readModelJoin(names: SqlNames, alias: 'rv' | 'pv', region: Region, years: readonly number[], join: 'inner' | 'left'): Sql {
  const row = (column: string) => sql`${sql.constant(alias)}.${names.quote(column)}`;
  const on = sql`${row('year')} IN (${sql.list(years)}) AND ${row('township_code')} = t.${names.column(Region, 'code')} AND ${row(regionCodeColumn(region.level))} = ${sql.value(region.code)}`;
  return sql`${join === 'inner' ? sql`JOIN` : sql`LEFT JOIN`} ${names.quote(REPORT_VALUES_TABLE)} ${sql.constant(alias)} ON ${on}`;
}

/**
 * The townships under `region` (alias t) joined to their read model rows of `years` (alias
 * rv), and then to `rows` (joins on t or rv): the FROM … WHERE of a statement.
 */
export function townshipsWithValues(
  names: SqlNames,
  region: Region,
  years: readonly number[],
  join: 'inner' | 'left',
  rows: readonly Sql[] = [],
): Sql {
  return sql.join(
    [
      sql`FROM ${names.table(Region)} t ${readModelJoin(names, 'rv', region, years, join)}`,
      ...rows,
      sql`WHERE ${townshipUnderSql(names, region)}`,
    ],
    sql`\n`,
  );
}
