/**
 * The SQL of a comparison: a chain of CTEs that the rows statement and the totals statement
 * share, so both see exactly the same selection.
 *
 *   years    the years asked, back far enough for `previous` and consecutive-year conditions
 *   cells    one row per township × year its code is valid: what each township's current report
 *            says, one row of the read model report_values (a LEFT JOIN, so a township without a
 *            report is a row of NULLs, never a lost row); by township with the year before, also
 *            a row (own = 0) per township retired into a successor, in its last year, under the
 *            successor's code, so that the successor's year before sums its predecessors
 *   grouped  one row per region of the groupBy level × year: summed parts, report counts
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
import { ancestorColumn } from '../../../storage/store/regions';
import type { Metric } from '../metrics/metric';
import { partSuffixes, valueFromParts } from './metric-parts';
import type { ComparisonPlan } from './plan';
import { ReportCells } from './report-cells';
import type { SqlNames } from './sql-names';
import { SqlParams, type Statement } from './sql-params';
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

/** The result column of a metric's value (prefix m) or the year before's (p). */
export function metricColumn(plan: ComparisonPlan, metric: Metric, prefix: 'm' | 'p' = 'm'): string {
  const index = plan.computed.indexOf(metric);
  if (index < 0) throw new Error(`metric ${metric.key} is not computed by this plan`);
  return `${prefix}${index}`;
}

function comparisonOperator(op: ValueOp): string {
  switch (op) {
    case 'EQ':
      return '=';
    case 'NE':
      return '<>';
    case 'GT':
      return '>';
    case 'GTE':
      return '>=';
    case 'LT':
      return '<';
    case 'LTE':
      return '<=';
    default: {
      const unknown: never = op;
      throw new Error(`unknown operator ${String(unknown)}`);
    }
  }
}

/** A region's rows in year order: with every year present, the row before is the year before. */
const REGION_YEARS = 'PARTITION BY region_code ORDER BY yr';

export class ComparisonSql {
  readonly params = new SqlParams();
  private readonly report: ReportCells;

  constructor(
    readonly plan: ComparisonPlan,
    readonly names: SqlNames,
  ) {
    this.report = new ReportCells(names);
  }

  /** Finishes a statement that selects from `shown` (and from `more` CTEs over it). */
  statement(select: string, more: Record<string, string> = {}): Statement {
    return this.params.statement(`${this.withClause(more)}\n${select}`);
  }

  column(metric: Metric, prefix: 'm' | 'p' = 'm'): string {
    return metricColumn(this.plan, metric, prefix);
  }

  /** The number of a metric a condition or the order reads, from a row of `windowed` (through `alias`, e.g. `s.`). */
  valueSql(metric: Metric, of: ValueOf, alias = ''): string {
    switch (of) {
      case 'VALUE':
        return `${alias}${this.column(metric)}`;
      case 'PREVIOUS':
        return `${alias}${this.column(metric, 'p')}`;
      case 'DELTA':
        return `(${alias}${this.column(metric)} - ${alias}${this.column(metric, 'p')})`;
      default: {
        const unknown: never = of;
        throw new Error(`unknown value kind ${String(unknown)}`);
      }
    }
  }

  private withClause(more: Record<string, string>): string {
    const ctes = {
      years: this.yearsSql(),
      cells: this.cellsSql(),
      grouped: this.groupedSql(),
      valued: this.valuedSql(),
      windowed: this.windowedSql(),
      shown: this.shownSql(),
      ...more,
    };
    return `WITH ${Object.entries(ctes)
      .map(([name, sql]) => `${name} AS (\n${sql}\n)`)
      .join(',\n')}`;
  }

  private bind = (value: string | number): string => this.params.bind(value);

  /** The first and last year read: back far enough for `previous` and consecutive-year conditions. */
  private yearRange(): [number, number] {
    const { years, where, previous } = this.plan;
    const lookback = Math.max(previous ? 1 : 0, ...where.map((condition) => condition.years - 1));
    return [years[0] - lookback, years[years.length - 1]];
  }

  /** Contiguous, so that "the year before" and "the last N years" are always the rows before. */
  private yearsSql(): string {
    const [first, last] = this.yearRange();
    const all = Array.from({ length: last - first + 1 }, (_, i) => first + i);
    return all.map((year) => `SELECT ${this.bind(year)} AS yr`).join(' UNION ALL ');
  }

  private regionColumn(property: string): string {
    return `t.${this.names.column(Region, property)}`;
  }

  /** The code of the row a township counts toward. */
  private groupKeySql(): string {
    const level = this.plan.groupBy;
    const column = (at: RegionLevel) => `t.${this.names.quote(ancestorColumn(at))}`;
    switch (level) {
      case RegionLevel.TOWNSHIP:
      case RegionLevel.CITY:
      case RegionLevel.PROVINCE:
        return column(level);
      case RegionLevel.COUNTY:
        // A township of a city without counties (东莞, 中山, 儋州) counts its city as its county.
        return `COALESCE(${column(RegionLevel.COUNTY)}, ${column(RegionLevel.CITY)})`;
      default: {
        const unknown: never = level;
        throw new Error(`unknown region level ${String(unknown)}`);
      }
    }
  }

  /**
   * Whether rows follow townships through merges and new codes: township rows with the year
   * before, where a township of the selection has a successor (else the plain, faster chain).
   */
  get followsSuccessors(): boolean {
    return this.plan.groupBy === RegionLevel.TOWNSHIP && this.plan.previous && this.plan.successions;
  }

  private partsSql(): string {
    return this.plan.computed
      .flatMap((metric, i) => [...this.report.parts(metric)].map(([suffix, sql]) => `${sql} AS c${i}${suffix}`))
      .join(', ');
  }

  private underRegionSql(): string[] {
    const { region } = this.plan;
    return region ? [`AND t.${this.names.quote(ancestorColumn(region.level))} = ${this.bind(region.code)}`] : [];
  }

  private cellsSql(): string {
    const validFrom = this.regionColumn('validFrom');
    const validTo = this.regionColumn('validTo');
    const own = this.followsSuccessors ? '1 AS own, ' : '';
    const owned = [
      `SELECT ${this.groupKeySql()} AS region_code, y.yr AS yr, ${own}${this.report.column('report_id')} AS report_id, ${this.partsSql()}`,
      `FROM ${this.names.table(Region)} t CROSS JOIN years y`,
      `LEFT JOIN ${this.report.table()} rv ON ${this.report.column('year')} = y.yr AND ${this.report.column('township_code')} = ${this.regionColumn('code')}`,
      `WHERE ${this.regionColumn('level')} = ${this.bind(RegionLevel.TOWNSHIP)}`,
      `AND (${validFrom} IS NULL OR ${validFrom} <= y.yr) AND (${validTo} IS NULL OR ${validTo} >= y.yr)`,
      ...this.underRegionSql(),
    ];
    return this.followsSuccessors ? [...owned, 'UNION ALL', ...this.predecessorCellsSql()].join('\n') : owned.join('\n');
  }

  /** Each township retired (merged or recoded) within the years read, in its last year, under its successor's code. */
  private predecessorCellsSql(): string[] {
    const successor = `COALESCE(${this.regionColumn('mergedInto')}, ${this.regionColumn('renamedTo')})`;
    const validTo = this.regionColumn('validTo');
    const [first, last] = this.yearRange();
    return [
      `SELECT ${successor} AS region_code, ${validTo} AS yr, 0 AS own, ${this.report.column('report_id')} AS report_id, ${this.partsSql()}`,
      `FROM ${this.names.table(Region)} t`,
      `LEFT JOIN ${this.report.table()} rv ON ${this.report.column('year')} = ${validTo} AND ${this.report.column('township_code')} = ${this.regionColumn('code')}`,
      `WHERE ${this.regionColumn('level')} = ${this.bind(RegionLevel.TOWNSHIP)} AND ${successor} IS NOT NULL`,
      `AND ${validTo} BETWEEN ${this.bind(first)} AND ${this.bind(last)}`,
      // A township's own predecessors are not under it: they name it as their successor.
      ...(this.plan.region?.level === RegionLevel.TOWNSHIP
        ? [`AND ${successor} = ${this.bind(this.plan.region.code)}`]
        : this.underRegionSql()),
    ];
  }

  /**
   * A township counts toward a ratio only when its report states both parts. Township rows
   * are the cells themselves: no GROUP BY, which would sort every cell for nothing.
   */
  private groupedSql(): string {
    const byTownship = this.plan.groupBy === RegionLevel.TOWNSHIP;
    const sum = (sql: string) => (byTownship ? sql : `SUM(${sql})`);
    const sums = this.plan.computed.flatMap((metric, i) => {
      const suffixes = partSuffixes(metric);
      return suffixes.map((suffix) => {
        const others = suffixes.filter((other) => other !== suffix).map((other) => `c${i}${other} IS NOT NULL`);
        const part = others.length ? `CASE WHEN ${others.join(' AND ')} THEN c${i}${suffix} END` : `c${i}${suffix}`;
        return `${sum(part)} AS m${i}${suffix}`;
      });
    });
    const counts = byTownship
      ? 'CASE WHEN report_id IS NULL THEN 0 ELSE 1 END AS report_count, CASE WHEN report_id IS NULL THEN 1 ELSE 0 END AS missing_count'
      : 'COUNT(report_id) AS report_count, COUNT(*) - COUNT(report_id) AS missing_count';
    const own = this.followsSuccessors ? 'own, ' : '';
    return [
      `SELECT region_code, yr, ${own}${counts}, ${sums.join(', ')}`,
      `FROM cells${byTownship ? '' : ' GROUP BY region_code, yr'}`,
    ].join('\n');
  }

  private valuedSql(): string {
    const values = this.plan.computed.map((metric, i) => `${valueFromParts(metric, (suffix) => `m${i}${suffix}`)} AS m${i}`);
    return `SELECT grouped.*, ${values.join(', ')} FROM grouped`;
  }

  private conditionSql(condition: CheckedCondition, column: string): string {
    switch (condition.op) {
      case 'IS_NULL':
        return `${column} IS NULL`;
      case 'NOT_NULL':
        return `${column} IS NOT NULL`;
      default:
        return `${column} ${comparisonOperator(condition.op)} ${this.bind(condition.value)}`;
    }
  }

  /**
   * The year before's value and parts of every metric, as p{i} and p{i}{suffix}. Following
   * successors, they are the sums of every row of the region's year before (its own and its
   * predecessors'), a ratio from the summed parts.
   */
  private previousSql(): string[] {
    if (!this.plan.previous) return [];
    if (!this.followsSuccessors) {
      return this.plan.computed.flatMap((metric, i) =>
        [`m${i}`, ...partSuffixes(metric).map((suffix) => `m${i}${suffix}`)].map(
          (column) => `LAG(${column}) OVER (${REGION_YEARS}) AS p${column.slice(1)}`,
        ),
      );
    }
    const yearBefore = (sql: string) => `SUM(${sql}) OVER (${REGION_YEARS} RANGE BETWEEN 1 PRECEDING AND 1 PRECEDING)`;
    return this.plan.computed.flatMap((metric, i) => [
      `${valueFromParts(metric, (suffix) => yearBefore(`m${i}${suffix}`))} AS p${i}`,
      ...partSuffixes(metric).map((suffix) => `${yearBefore(`m${i}${suffix}`)} AS p${i}${suffix}`),
    ]);
  }

  /** held{k}: in how many of the last N years (this one included) condition k held. */
  private heldSql(): string[] {
    return this.plan.where.flatMap((condition, k) => {
      if (condition.years === 1) return [];
      const own = this.followsSuccessors ? 'own = 1 AND ' : '';
      const held = `CASE WHEN ${own}${this.conditionSql(condition, this.column(condition.metric))} THEN 1 ELSE 0 END`;
      // RANGE, by year: a successor's rows of its predecessors (own = 0) share a year with its own.
      const frame = `RANGE BETWEEN ${this.bind(condition.years - 1)} PRECEDING AND CURRENT ROW`;
      return [`SUM(${held}) OVER (${REGION_YEARS} ${frame}) AS held${k}`];
    });
  }

  private windowedSql(): string {
    return `SELECT ${['valued.*', ...this.previousSql(), ...this.heldSql()].join(', ')} FROM valued`;
  }

  private filterSql(condition: CheckedCondition, k: number): string {
    return condition.years === 1
      ? this.conditionSql(condition, this.valueSql(condition.metric, condition.of))
      : `held${k} = ${this.bind(condition.years)}`;
  }

  private shownSql(): string {
    const filters = [
      `yr IN (${this.plan.years.map(this.bind).join(', ')})`,
      ...(this.followsSuccessors ? ['own = 1'] : []),
      ...(this.plan.includeMissing ? [] : ['report_count > 0']),
      ...this.plan.where.map((condition, k) => this.filterSql(condition, k)),
    ];
    return `SELECT * FROM windowed WHERE ${filters.join(' AND ')}`;
  }
}
