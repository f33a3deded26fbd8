import { EntityManager } from 'typeorm';
import { Region, RegionLevel } from '../../../../entities';
import { HubError } from '../../../core/errors';
import { REGION_LEVELS } from '../../../storage/store/region-seed';
import { requireRegion } from '../../../storage/store/regions';
import type { Metric } from '../metrics/metric';
import type { ComparisonSpec } from './spec';
import { checkSpec, type CheckedSpec } from './validate';

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

/** Checks the spec, then looks the region up (one statement; none for the whole country). */
export async function planComparison(manager: EntityManager, spec: ComparisonSpec): Promise<ComparisonPlan> {
  const checked = checkSpec(spec);
  const region = spec.regionCode === null || spec.regionCode === undefined ? null : await requireRegion(manager, spec.regionCode);
  const filtered = checked.where.map((condition) => condition.metric).filter((metric) => !checked.shown.includes(metric));
  return {
    ...checked,
    region,
    groupBy: checkGroupBy(region, spec.groupBy ?? RegionLevel.TOWNSHIP),
    computed: [...checked.shown, ...new Set(filtered)],
    previous: spec.previous ?? true,
    totals: spec.totals ?? true,
  };
}
