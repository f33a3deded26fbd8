import { Region, RegionLevel } from '../../../../entities';
import { HubError } from '../../../core/errors';
import { REGION_LEVELS } from '../../../storage/store/region-seed';
import type { Scope } from '../../../storage/store/remembered-scopes';
import type { Metric } from '../metrics/metric';
import type { ComparisonSpec } from './spec';
import { spendCells, type CheckedSpec } from './validate';

/** A checked spec with its region: everything the SQL is built from. */
export interface ComparisonPlan extends CheckedSpec {
  /** null: every township of the country. */
  region: Region | null;
  groupBy: RegionLevel;
  /** The shown metrics, then those only filtered on: a metric's position names its SQL columns. */
  computed: Metric[];
  /** Whether rows and totals carry the year before's values. */
  previous: boolean;
  /** Whether the totals per year are computed. */
  totals: boolean;
  /**
   * Whether the statement counts every row of the selection (and finds each year's totals):
   * else it reads the page alone, as a ranking shown without its length needs (no count).
   */
  counted: boolean;
  /** Whether a township of the selection has a successor: township rows then sum predecessors into the year before. */
  successions: boolean;
}

const LEVEL_WORDS: Record<RegionLevel, string> = {
  [RegionLevel.PROVINCE]: '省级',
  [RegionLevel.CITY]: '地市级',
  [RegionLevel.COUNTY]: '县级',
  [RegionLevel.TOWNSHIP]: '乡镇级',
};

/** A row would stand for a region wider than the selection, with only part of its townships. */
function checkGroupBy(region: Region | null, groupBy: RegionLevel): RegionLevel {
  if (region && REGION_LEVELS.indexOf(groupBy) < REGION_LEVELS.indexOf(region.level)) {
    throw new HubError('BAD_USER_INPUT', `${region.name}是${LEVEL_WORDS[region.level]}区划，不能按${LEVEL_WORDS[groupBy]}分组`, {
      regionCode: region.code,
      groupBy,
    });
  }
  return groupBy;
}

/**
 * The plan of a checked spec on its region's scope (read or remembered: see run-comparison.ts);
 * takes the cells it reads from the request's budget (`spec.cells`). Uncounted, it has no totals.
 */
export function planOnScope(
  spec: ComparisonSpec,
  checked: CheckedSpec,
  { region, townships, successions }: Scope,
  counted: boolean,
): ComparisonPlan {
  const groupBy = checkGroupBy(region, spec.groupBy ?? RegionLevel.TOWNSHIP);
  const filtered = checked.where.map((condition) => condition.metric).filter((metric) => !checked.shown.includes(metric));
  const computed = [...checked.shown, ...new Set(filtered)];
  // A condition or an order on the year before or the change reads the year before, asked for or not.
  const readsYearBefore = [...checked.where, checked.orderBy].some(({ of }) => of !== 'VALUE');
  const previous = (spec.previous ?? true) || readsYearBefore;
  if (spec.cells) spendCells(spec.cells, checked, computed.length, previous, townships);
  const totals = counted && (spec.totals ?? true);
  return { ...checked, region, groupBy, computed, previous, totals, counted, successions };
}
