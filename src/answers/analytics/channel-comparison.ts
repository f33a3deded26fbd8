import { EntityManager } from 'typeorm';
import type { CellBudget } from '../../core/cell-budget';
import { CHANNEL_KEYS, ChannelKey } from '../../reading/template/report-data';
import { comparisonPage } from './compare/run-comparison';
import type { ComparisonRow, RegionSummary } from './compare/spec';

export interface ChannelRow extends Record<ChannelKey, number | null> {
  township: RegionSummary;
  /** Whether the township has a report for the year. */
  reported: boolean;
  rank: number;
}

const channelMetric = (key: ChannelKey): string => `channels.${key}`;

export interface ChannelComparisonSpec {
  /** null: every township of the country. */
  regionCode: string | null;
  year: number;
  orderBy: ChannelKey;
  /** A page of the ranking; no limit: every township. */
  limit?: number | null;
  offset?: number | null;
  maxPageSize?: number | null;
  /** The request's bound on cells read. */
  cells?: CellBudget | null;
}

/**
 * One row per township under the region: its channel counts for `year` (null where the
 * report gives none, all null where there is no report), ranked by `orderBy`, highest first,
 * ties sharing a rank, nulls last. A comparison of the channel metrics, without totals.
 */
export async function channelComparison(
  manager: EntityManager,
  { regionCode, year, orderBy, ...page }: ChannelComparisonSpec,
): Promise<ChannelRow[]> {
  const rows = await comparisonPage(manager, {
    ...page,
    metrics: CHANNEL_KEYS.map(channelMetric),
    years: [year],
    regionCode,
    orderBy: { metric: channelMetric(orderBy), direction: 'DESC' },
    includeMissing: true,
    previous: false,
  });
  return rows.map(channelRow);
}

/** The counts are set on the row itself: building them as entries and spreading them cost a page of 100 rows seven times as much. */
function channelRow({ region, reportCount, rank, values }: ComparisonRow): ChannelRow {
  const row = { township: region, reported: reportCount > 0, rank } as ChannelRow;
  CHANNEL_KEYS.forEach((key, i) => {
    row[key] = values[i].value;
  });
  return row;
}
