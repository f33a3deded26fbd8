/**
 * The SQL of a comparison: a chain of CTEs that the rows statement and the totals statement
 * share, so both see exactly the same selection.
 *
 *   years    the years asked, back far enough for `previous` and consecutive-year conditions
 *   townships (counties, cities, provinces only) per region of the groupBy level × year, how
 *            many townships' codes are valid: the count a missing report is one of
 *   cells    by township: one row per township × year its code is valid, what each township's
 *            current report says, one row of the read model report_values (a LEFT JOIN, so a
 *            township without a report is a row of NULLs, never a lost row), read once for the
 *            scope and the years by an index range and joined on a key; with the year before,
 *            also a row (own = 0) per township retired into a successor, in its last year,
 *            under the successor's code, so that the successor's year before sums its
 *            predecessors. By county, city or province: the read model's rows of the scope whose
 *            township was valid that year, read alone (its region codes and years of validity
 *            are beside its values), not joined to every township-year of the regions
 *   grouped  one row per region of the groupBy level × year: summed parts, report counts (by
 *            county, city or province, summed per township codes first, then per region)
 *   valued   each metric's value from its summed parts (ratios recomputed here)
 *   windowed the year before's values (LAG) and, per consecutive-year condition, in how many
 *            of the last N years it held (a sliding SUM)
 *   shown    the years asked, filtered (on a value, the year before's or the change)
 *
 * Each CTE reads only the one before it, once. That straight line matters: MariaDB does not
 * share a CTE between references, so a self-join (the year before, the year N before) made it
 * compute the whole chain again per reference, lateral per region. Window functions over
 * contiguous years (every region has a row for every year of `years`) say the same in one pass.
 *
 * Every value is a bound parameter; identifiers come from entity metadata and switches.
 */
import { Region, RegionLevel } from '../../../../entities';
import { narrowIndexReading, type NarrowIndex } from '../../../storage/db/report-values-layout';
import { sql, type Sql, type Statement } from '../../../storage/db/sql';
import type { SqlNames } from '../../../storage/db/sql-names';
import { ancestorColumn, regionCodeColumn } from '../../../storage/store/regions';
import { valueWithoutReport } from '../metrics/formula';
import type { Metric } from '../metrics/metric';
import { partSuffixes, rowParts, valueFromParts, type PartSuffix } from './metric-parts';
import type { ComparisonPlan } from './plan';
import { ReportCells } from './report-cells';
import type { ValueOf } from './spec';
import type { CheckedCondition, ValueOp } from './validate';

/** The region columns each row carries, selected as region0, region1 … */
export const REGION_FIELDS = [
  'code',
  'name',
  'level',
  'parentCode',
  'provinceCode',
  'cityCode',
  'countyCode',
  'validFrom',
  'validTo',
  'mergedInto',
  'renamedTo',
  'splitFrom',
] as const;

/** The result column of a metric's value (prefix m) or the year before's (p): the column's name, as read from a row. */
export function metricColumn(plan: ComparisonPlan, metric: Metric, prefix: 'm' | 'p' = 'm'): `${'m' | 'p'}${number}` {
  const index = plan.computed.indexOf(metric);
  if (index < 0) throw new Error(`metric ${metric.key} is not computed by this plan`);
  return `${prefix}${index}`;
}

/** A column made of a generated name and a part's suffix (m0_n, c1_s …). */
export const partColumn = (column: `${string}${number}`, suffix: PartSuffix): Sql => sql.constant(`${column}${suffix}`);

function comparisonOperator(op: ValueOp): Sql {
  switch (op) {
    case 'EQ':
      return sql`=`;
    case 'NE':
      return sql`<>`;
    case 'GT':
      return sql`>`;
    case 'GTE':
      return sql`>=`;
    case 'LT':
      return sql`<`;
    case 'LTE':
      return sql`<=`;
    default: {
      const unknown: never = op;
      throw new Error(`unknown operator ${String(unknown)}`);
    }
  }
}

/** The largest LIMIT both databases take (a signed 64-bit count). */
const EVERY_ROW = sql`9223372036854775807`;

/** A region's rows in year order: with every year present, the row before is the year before. */
const REGION_YEARS = sql`PARTITION BY region_code ORDER BY yr`;

/** Whether a code valid from `validFrom` to `validTo` (NULL: open) is valid in `year`. */
const validInSql = (validFrom: Sql, validTo: Sql, year: Sql) =>
  sql`(${validFrom} IS NULL OR ${validFrom} <= ${year}) AND (${validTo} IS NULL OR ${validTo} >= ${year})`;

/**
 * A group's code as the townships and the reports of a county, city or province are joined on
 * it: '' for a township with no code at that level (a county a region import hangs directly
 * under its province has no city), so that its reports still meet its group.
 */
const groupCode = (key: Sql) => sql`COALESCE(${key}, '')`;

/** A metric's part summed over a group's townships (see summedParts). */
interface SummedPart {
  name: Sql;
  part: Sql;
  withoutReport: number | null;
}

/** A column of summedPerGroup: its name, and its aggregate over the rows summed. */
interface SummedColumn {
  name: Sql;
  value: Sql;
}

/** A township's levels above it, in the order the indexes it is read by hold their codes. */
const TOWNSHIP_ANCESTORS = [RegionLevel.PROVINCE, RegionLevel.CITY, RegionLevel.COUNTY] as const;

/** The CTEs a statement adds after the shared chain, by name. */
export type MoreCtes = { ranked: Sql } | Record<string, never>;

const list = (fragments: readonly Sql[]) => sql.join(fragments, sql`, `);
const lines = (fragments: readonly Sql[]) => sql.join(fragments, sql`\n`);

export class ComparisonSql {
  private readonly report: ReportCells;

  constructor(
    readonly plan: ComparisonPlan,
    readonly names: SqlNames,
  ) {
    this.report = new ReportCells(names);
  }

  /** Finishes a statement that selects from `shown` (and from `more` CTEs over it). */
  statement(select: Sql, more: MoreCtes = {}): Statement {
    return sql.statement(sql`${this.withClause(more)}\n${select}`);
  }

  column(metric: Metric, prefix: 'm' | 'p' = 'm'): Sql {
    return sql.constant(metricColumn(this.plan, metric, prefix));
  }

  /** The number of a metric a condition or the order reads, from a row of `windowed` (through `alias`, e.g. `s.`). */
  valueSql(metric: Metric, of: ValueOf, alias: Sql = sql``): Sql {
    switch (of) {
      case 'VALUE':
        return sql`${alias}${this.column(metric)}`;
      case 'PREVIOUS':
        return sql`${alias}${this.column(metric, 'p')}`;
      case 'DELTA':
        return sql`(${alias}${this.column(metric)} - ${alias}${this.column(metric, 'p')})`;
      default: {
        const unknown: never = of;
        throw new Error(`unknown value kind ${String(unknown)}`);
      }
    }
  }

  private withClause(more: MoreCtes): Sql {
    const ctes: [Sql, Sql][] = [
      [sql`years`, this.yearsSql()],
      ...(this.groupsTownships ? ([[sql`townships`, this.townshipsSql()]] as [Sql, Sql][]) : []),
      [sql`cells`, this.groupsTownships ? this.reportRowsSql() : this.cellsSql()],
      [sql`grouped`, this.groupedSql()],
      [sql`valued`, this.valuedSql()],
      [sql`windowed`, this.windowedSql()],
      [sql`shown`, this.shownSql()],
      ...('ranked' in more ? ([[sql`ranked`, more.ranked]] as [Sql, Sql][]) : []),
    ];
    return sql`WITH ${sql.join(
      ctes.map(([name, body]) => sql`${name} AS (\n${body}\n)`),
      sql`,\n`,
    )}`;
  }

  /** The first and last year read: back far enough for `previous` and consecutive-year conditions. */
  private yearRange(): [number, number] {
    const { years, where, previous } = this.plan;
    const lookback = Math.max(previous ? 1 : 0, ...where.map((condition) => condition.years - 1));
    return [years[0] - lookback, years[years.length - 1]];
  }

  /** Contiguous, so that "the year before" and "the last N years" are always the rows before. */
  private yearsRead(): number[] {
    const [first, last] = this.yearRange();
    return Array.from({ length: last - first + 1 }, (_, i) => first + i);
  }

  private yearsSql(): Sql {
    return sql.join(
      this.yearsRead().map((year) => sql`SELECT ${sql.value(year)} AS yr`),
      sql` UNION ALL `,
    );
  }

  private regionColumn(property: string): Sql {
    return sql`t.${this.names.column(Region, property)}`;
  }

  /**
   * The code of the row a township counts toward, from `column`, its code of a level: in its
   * region (regionAncestor) or in its row of `cells` (cellsAncestor), which hold the same codes.
   */
  private groupKeySql(column: (level: RegionLevel) => Sql): Sql {
    const level = this.plan.groupBy;
    switch (level) {
      case RegionLevel.TOWNSHIP:
      case RegionLevel.PROVINCE:
        return column(level);
      case RegionLevel.CITY:
        // A township of a county directly under its province (省直辖县, which a region import can make) counts its county as its city.
        return sql`COALESCE(${column(RegionLevel.CITY)}, ${column(RegionLevel.COUNTY)})`;
      case RegionLevel.COUNTY:
        // A township of a city without counties (东莞, 中山, 儋州) counts its city as its county.
        return sql`COALESCE(${column(RegionLevel.COUNTY)}, ${column(RegionLevel.CITY)})`;
      default: {
        const unknown: never = level;
        throw new Error(`unknown region level ${String(unknown)}`);
      }
    }
  }

  /** A township's code of `level` in the regions table, as alias t. */
  private regionAncestor = (level: RegionLevel): Sql => sql`t.${this.names.quote(ancestorColumn(level))}`;

  /**
   * A township's code of `level` in a row of `cells`, which carries its province's, city's and
   * county's under the read model's names.
   */
  private cellsAncestor = (level: RegionLevel): Sql => this.names.quote(regionCodeColumn(level));

  /** Whether rows are counties, cities or provinces, each summing its townships (which then never follow successors). */
  private get groupsTownships(): boolean {
    return this.plan.groupBy !== RegionLevel.TOWNSHIP;
  }

  /**
   * Whether rows follow townships through merges and new codes: township rows with the year
   * before, where a township of the selection has a successor (else the plain, faster chain).
   */
  get followsSuccessors(): boolean {
    return this.plan.groupBy === RegionLevel.TOWNSHIP && this.plan.previous && this.plan.successions;
  }

  private partsSql(): Sql {
    return list(
      this.plan.computed.flatMap((metric, i) =>
        [...this.report.parts(metric)].map(([suffix, part]) => sql`${part} AS ${partColumn(`c${i}`, suffix)}`),
      ),
    );
  }

  /** The read model's column holding the scope's code, and the code; null for the whole country. */
  private readModelScope(): { column: string; code: string } | null {
    const { region } = this.plan;
    return region && { column: regionCodeColumn(region.level), code: region.code };
  }

  /**
   * Forces the narrowest index holding every column read so far and the scope's, if one ranges
   * the scope: the country's year is a range of the primary key and of a narrow index alike, and
   * MariaDB takes the key's wide rows.
   */
  private narrowIndex(): Sql {
    const index = this.rowsIndex();
    return index ? this.names.forceIndex(index.name) : sql``;
  }

  private rowsIndex(): NarrowIndex | null {
    const scope = this.readModelScope()?.column ?? null;
    return narrowIndexReading([...this.report.columnsRead, ...(scope ? [scope] : [])], scope);
  }

  /**
   * Whether the read model's rows of a county, city or province come in the order of their year
   * and township codes: from a narrow index whose key holds them in that order, chosen by the
   * columns the cells' SQL, built before, has named.
   */
  private rowsInCodeOrder(): boolean {
    const key = this.rowsIndex()?.columns ?? [];
    return ['year', ...TOWNSHIP_ANCESTORS.map(regionCodeColumn)].every((column, i) => key[i] === column);
  }

  private underRegionSql(): Sql[] {
    const { region } = this.plan;
    return region ? [sql`AND t.${this.names.quote(ancestorColumn(region.level))} = ${sql.value(region.code)}`] : [];
  }

  /** The regions' townships under the scope. */
  private scopeTownshipsSql(): Sql[] {
    return [sql`WHERE ${this.regionColumn('level')} = ${sql.value(RegionLevel.TOWNSHIP)}`, ...this.underRegionSql()];
  }

  /** The regions' townships under the scope whose code is valid in the year `y.yr`. */
  private validTownshipsSql(): Sql[] {
    return [...this.scopeTownshipsSql(), sql`AND ${validInSql(this.regionColumn('validFrom'), this.regionColumn('validTo'), sql`y.yr`)}`];
  }

  /**
   * How many townships' codes are valid per group and year read: the scope's townships read once
   * and counted for every year in the same pass, instead of grouping each township × year (for
   * the country's two years, twice the time); a group without a valid township in a year has no
   * row for it.
   */
  private townshipsSql(): Sql {
    const years = this.yearsRead();
    const [validFrom, validTo] = [this.regionColumn('validFrom'), this.regionColumn('validTo')];
    const perYear = years.map((year, i): SummedColumn => ({
      name: sql.constant(`n${i}`),
      value: sql`SUM(CASE WHEN ${validInSql(validFrom, validTo, sql.value(year))} THEN 1 ELSE 0 END)`,
    }));
    const count = sql`CASE y.yr ${sql.join(
      years.map((year, i) => sql`WHEN ${sql.value(year)} THEN g.${sql.constant(`n${i}`)}`),
      sql` `,
    )} END`;
    const regions = lines([sql`FROM ${this.names.table(Region)} t`, ...this.scopeTownshipsSql()]);
    return lines([
      sql`SELECT g.region_code, y.yr AS yr, ${count} AS township_count`,
      // The regions' covering index (level, province_code, city_code, county_code …) holds the country's and a province's
      // townships in code order; a city's or a county's are few either way.
      sql`FROM (${this.summedPerGroup(regions, this.regionAncestor, [], perYear, true)}) g CROSS JOIN years y`,
      sql`WHERE ${count} > 0`,
    ]);
  }

  /**
   * Sums per group (and per column of `alongside`). Rows that come in the order of their township
   * codes of province, city and county (after the year, or the level), as the regions' covering
   * index and the read model's headline index hold them, are summed in two steps: per those
   * codes first, which streams without a temporary table, then per group, over those few
   * thousand sums. Grouped by the group's code at once, the country's 82,704 report-years of two
   * years went through a temporary table: 50 of the statement's 138 ms. Rows in another order
   * are summed per group at once: a first step would then need a temporary table of its own, and
   * cost the country's comparison 60 ms more.
   */
  private summedPerGroup(from: Sql, code: (level: RegionLevel) => Sql, alongside: Sql[], sums: SummedColumn[], inCodeOrder: boolean): Sql {
    const region = sql`${groupCode(this.groupKeySql(code))} AS region_code`;
    if (!inCodeOrder) {
      const summed = sums.map(({ name, value }) => sql`${value} AS ${name}`);
      return sql`SELECT ${list([region, ...alongside, ...summed])} ${from} GROUP BY ${list([sql`region_code`, ...alongside])}`;
    }
    const ancestors = TOWNSHIP_ANCESTORS.map(code);
    const perCodes = lines([
      sql`SELECT ${list([region, ...alongside, ...sums.map(({ name, value }) => sql`${value} AS ${name}`)])}`,
      from,
      sql`GROUP BY ${list([...alongside, ...ancestors])}`,
    ]);
    const summed = sums.map(({ name }) => sql`SUM(${name}) AS ${name}`);
    return sql`SELECT ${list([sql`region_code`, ...alongside, ...summed])} FROM (${perCodes}) s GROUP BY ${list([sql`region_code`, ...alongside])}`;
  }

  /**
   * The read model's rows of the scope over the years read whose township's code was valid in
   * their year (a report stays stored when a later region import retires its township): per
   * year a range of the primary key, or of a narrow index holding every column read, for a
   * province or the country on MariaDB, else of one level's (code, year) index, each row counted
   * toward its group by its own region codes.
   */
  private reportRowsSql(): Sql {
    const year = this.report.column('year');
    const scope = this.readModelScope();
    const codes = TOWNSHIP_ANCESTORS.map((level) => sql`${this.report.column(regionCodeColumn(level))} AS ${this.cellsAncestor(level)}`);
    const select = sql`SELECT ${list(codes)}, ${year} AS yr, ${this.report.column('report_id')} AS report_id, ${this.partsSql()}`;
    const where = [
      sql`WHERE ${year} IN (${list(this.yearsRead().map(sql.value))})`,
      ...(scope ? [sql`AND ${this.report.column(scope.column)} = ${sql.value(scope.code)}`] : []),
      sql`AND ${validInSql(this.report.column('township_valid_from'), this.report.column('township_valid_to'), year)}`,
    ];
    // Every column read is named by now: the FROM can say which index holds them all.
    return lines([select, sql`FROM ${this.report.table()} rv${this.narrowIndex()}`, ...where]);
  }

  private cellsSql(): Sql {
    const own = this.followsSuccessors ? sql`1 AS own, ` : sql``;
    const select = sql`SELECT ${this.groupKeySql(this.regionAncestor)} AS region_code, y.yr AS yr, ${own}${this.report.column('report_id')} AS report_id, ${this.partsSql()}`;
    const on = sql`${this.report.column('year')} = y.yr AND ${this.report.column('township_code')} = ${this.regionColumn('code')}`;
    const owned = [
      select,
      sql`FROM ${this.names.table(Region)} t CROSS JOIN years y`,
      // After the select and the join condition: the scope's rows carry the columns they read.
      sql`LEFT JOIN (${this.scopeRowsSql()}) rv ON ${on}`,
      ...this.validTownshipsSql(),
    ];
    return lines(this.followsSuccessors ? [...owned, sql`UNION ALL`, ...this.predecessorCellsSql()] : owned);
  }

  /**
   * The read model's rows of the scope over the years read, with only the columns the cells
   * have read: per year, a range of the primary key (year, province_code, township_code), or of
   * a narrow index holding every column read, for a province or the country on MariaDB, else of
   * one level's (code, year) index. A LIMIT that cuts nothing keeps the optimiser from merging
   * it into the join: read once into a temporary table, it is joined on a key of its own
   * (MariaDB's derived key, SQLite's automatic index), not by one descent of report_values'
   * primary key per township-year, which cost a province twice its range read.
   */
  private scopeRowsSql(): Sql {
    const scope = this.readModelScope();
    const columns = [...this.report.columnsRead].map((name) => this.names.quote(name));
    const years = this.yearsRead().map(sql.value);
    const where = [sql`${this.names.quote('year')} IN (${list(years)})`];
    if (scope) where.push(sql`${this.names.quote(scope.column)} = ${sql.value(scope.code)}`);
    return lines([
      sql`SELECT ${list(columns)} FROM ${this.report.table()}${this.narrowIndex()}`,
      // Years listed, not a BETWEEN: each year and the province are then one range of the key.
      sql`WHERE ${sql.join(where, sql` AND `)}`,
      sql`LIMIT ${EVERY_ROW}`,
    ]);
  }

  /** Each township retired (merged or recoded) within the years read, in its last year, under its successor's code. */
  private predecessorCellsSql(): Sql[] {
    const successor = sql`COALESCE(${this.regionColumn('mergedInto')}, ${this.regionColumn('renamedTo')})`;
    const validTo = this.regionColumn('validTo');
    const [first, last] = this.yearRange();
    const { region } = this.plan;
    return [
      sql`SELECT ${successor} AS region_code, ${validTo} AS yr, 0 AS own, ${this.report.column('report_id')} AS report_id, ${this.partsSql()}`,
      sql`FROM ${this.names.table(Region)} t`,
      sql`LEFT JOIN ${this.report.table()} rv ON ${this.report.column('year')} = ${validTo} AND ${this.report.column('township_code')} = ${this.regionColumn('code')}`,
      sql`WHERE ${this.regionColumn('level')} = ${sql.value(RegionLevel.TOWNSHIP)} AND ${successor} IS NOT NULL`,
      sql`AND ${validTo} BETWEEN ${sql.value(first)} AND ${sql.value(last)}`,
      // A township's own predecessors are not under it: they name it as their successor.
      ...(region?.level === RegionLevel.TOWNSHIP ? [sql`AND ${successor} = ${sql.value(region.code)}`] : this.underRegionSql()),
    ];
  }

  /**
   * Each summed part of every metric (m{i}{suffix}) from the cells' parts (c{i}{suffix}): a
   * township counts toward a ratio only when its report states both parts. `withoutReport` is
   * what a township without a report adds to the part, the same rule over a row of NULLs (null:
   * nothing).
   */
  private summedParts(): SummedPart[] {
    return this.plan.computed.flatMap((metric, i) => {
      const parts = rowParts(metric);
      const withoutReport = new Map(parts.map(([suffix, formula]) => [suffix, valueWithoutReport(formula)]));
      return parts.map(([suffix]) => {
        const others = parts.map(([other]) => other).filter((other) => other !== suffix);
        const cell = partColumn(`c${i}`, suffix);
        const stated = others.map((other) => sql`${partColumn(`c${i}`, other)} IS NOT NULL`);
        return {
          name: partColumn(`m${i}`, suffix),
          part: stated.length ? sql`CASE WHEN ${sql.join(stated, sql` AND `)} THEN ${cell} END` : cell,
          withoutReport: others.every((other) => withoutReport.get(other) !== null) ? withoutReport.get(suffix)! : null,
        };
      });
    });
  }

  /** Township rows are the cells themselves: no GROUP BY, which would sort every cell for nothing. */
  private groupedSql(): Sql {
    if (this.groupsTownships) return this.groupedTownshipsSql();
    const own = this.followsSuccessors ? sql`own, ` : sql``;
    const counts = sql`CASE WHEN report_id IS NULL THEN 0 ELSE 1 END AS report_count, CASE WHEN report_id IS NULL THEN 1 ELSE 0 END AS missing_count`;
    const parts = this.summedParts().map(({ name, part }) => sql`${part} AS ${name}`);
    return sql`SELECT region_code, yr, ${own}${counts}, ${list(parts)}\nFROM cells`;
  }

  /** A county, city or province: its valid townships, with the sums of the reports among them and what the others add. */
  private groupedTownshipsSql(): Sql {
    const sums = this.summedParts();
    const reported = this.summedPerGroup(
      sql`FROM cells`,
      this.cellsAncestor,
      [sql`yr`],
      [{ name: sql`report_count`, value: sql`COUNT(*)` }, ...sums.map(({ name, part }) => ({ name, value: sql`SUM(${part})` }))],
      this.rowsInCodeOrder(),
    );
    const missing = sql`(n.township_count - COALESCE(c.report_count, 0))`;
    const summed = ({ name, withoutReport }: SummedPart) =>
      withoutReport === null
        ? sql`c.${name} AS ${name}`
        : sql`CASE WHEN ${missing} = 0 THEN c.${name} ELSE COALESCE(c.${name}, 0) + ${missing} * ${sql.value(withoutReport)} END AS ${name}`;
    return lines([
      sql`SELECT n.region_code, n.yr, COALESCE(c.report_count, 0) AS report_count, ${missing} AS missing_count, ${list(sums.map(summed))}`,
      sql`FROM townships n LEFT JOIN (${reported}) c ON c.region_code = n.region_code AND c.yr = n.yr`,
    ]);
  }

  private valuedSql(): Sql {
    const values = this.plan.computed.map(
      (metric, i) => sql`${valueFromParts(metric, (suffix) => partColumn(`m${i}`, suffix))} AS ${sql.constant(`m${i}`)}`,
    );
    return sql`SELECT grouped.*, ${list(values)} FROM grouped`;
  }

  private conditionSql(condition: CheckedCondition, column: Sql): Sql {
    switch (condition.op) {
      case 'IS_NULL':
        return sql`${column} IS NULL`;
      case 'NOT_NULL':
        return sql`${column} IS NOT NULL`;
      default:
        return sql`${column} ${comparisonOperator(condition.op)} ${sql.value(condition.value)}`;
    }
  }

  /**
   * The year before's value and parts of every metric, as p{i} and p{i}{suffix}. Following
   * successors, they are the sums of every row of the region's year before (its own and its
   * predecessors'), a ratio from the summed parts.
   */
  private previousSql(): Sql[] {
    if (!this.plan.previous) return [];
    if (!this.followsSuccessors) {
      const lag = (current: Sql, previous: Sql) => sql`LAG(${current}) OVER (${REGION_YEARS}) AS ${previous}`;
      return this.plan.computed.flatMap((metric, i) => [
        lag(sql.constant(`m${i}`), sql.constant(`p${i}`)),
        ...partSuffixes(metric).map((suffix) => lag(partColumn(`m${i}`, suffix), partColumn(`p${i}`, suffix))),
      ]);
    }
    const yearBefore = (part: Sql) => sql`SUM(${part}) OVER (${REGION_YEARS} RANGE BETWEEN 1 PRECEDING AND 1 PRECEDING)`;
    return this.plan.computed.flatMap((metric, i) => [
      sql`${valueFromParts(metric, (suffix) => yearBefore(partColumn(`m${i}`, suffix)))} AS ${sql.constant(`p${i}`)}`,
      ...partSuffixes(metric).map((suffix) => sql`${yearBefore(partColumn(`m${i}`, suffix))} AS ${partColumn(`p${i}`, suffix)}`),
    ]);
  }

  /** held{k}: in how many of the last N years (this one included) condition k held. */
  private heldSql(): Sql[] {
    return this.plan.where.flatMap((condition, k) => {
      if (condition.years === 1) return [];
      const own = this.followsSuccessors ? sql`own = 1 AND ` : sql``;
      const held = sql`CASE WHEN ${own}${this.conditionSql(condition, this.column(condition.metric))} THEN 1 ELSE 0 END`;
      // RANGE, by year: a successor's rows of its predecessors (own = 0) share a year with its own.
      const frame = sql`RANGE BETWEEN ${sql.value(condition.years - 1)} PRECEDING AND CURRENT ROW`;
      return [sql`SUM(${held}) OVER (${REGION_YEARS} ${frame}) AS ${sql.constant(`held${k}`)}`];
    });
  }

  private windowedSql(): Sql {
    return sql`SELECT ${list([sql`valued.*`, ...this.previousSql(), ...this.heldSql()])} FROM valued`;
  }

  private filterSql(condition: CheckedCondition, k: number): Sql {
    return condition.years === 1
      ? this.conditionSql(condition, this.valueSql(condition.metric, condition.of))
      : sql`${sql.constant(`held${k}`)} = ${sql.value(condition.years)}`;
  }

  private shownSql(): Sql {
    const filters = [
      sql`yr IN (${list(this.plan.years.map(sql.value))})`,
      ...(this.followsSuccessors ? [sql`own = 1`] : []),
      ...(this.plan.includeMissing ? [] : [sql`report_count > 0`]),
      ...this.plan.where.map((condition, k) => this.filterSql(condition, k)),
    ];
    return sql`SELECT * FROM windowed WHERE ${sql.join(filters, sql` AND `)}`;
  }
}
