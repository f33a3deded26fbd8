import { EntityManager } from 'typeorm';
import type { CellBudget } from '../../core/cell-budget';
import { comparisonPage } from './compare/run-comparison';
import type { RegionSummary } from './compare/spec';
import { REPORT_COUNT } from './metrics/derived-metrics';
import { NEW_RECEIVED_METRICS, NewReceivedTotal, newReceivedTotal } from './new-received';

export interface ZeroApplicationTownship {
  township: RegionSummary;
  newReceived: NewReceivedTotal;
}

/**
 * Townships under the region whose reports received no applications in `year` and in each
 * of the `years` − 1 years before: 本年新收 总计 is 0, or it is blank and the row's cells add
 * up to 0 (then `derived`). A township without a report in any of those years, or whose row
 * states nothing, is not in it. A comparison filtered on derived.newReceivedTotal = 0.
 */
export async function zeroApplicationTownships(
  manager: EntityManager,
  regionCode: string,
  year: number,
  years = 1,
  cells: CellBudget | null = null,
): Promise<ZeroApplicationTownship[]> {
  const [total] = NEW_RECEIVED_METRICS;
  const rows = await comparisonPage(manager, {
    cells,
    metrics: NEW_RECEIVED_METRICS,
    years: [year],
    regionCode,
    where: [{ metric: total, op: 'EQ', value: 0, years }],
    previous: false,
  });
  // All rank 1 (every value is 0), so the rows come in code order.
  return rows.map((row) => ({ township: row.region, newReceived: newReceivedTotal(row.values[0].value, row.values[1].value) }));
}

/** Townships under the region with no report for `year`, in code order: a comparison filtered on derived.reportCount = 0. */
export async function missingReports(
  manager: EntityManager,
  regionCode: string,
  year: number,
  cells: CellBudget | null = null,
): Promise<RegionSummary[]> {
  const rows = await comparisonPage(manager, {
    cells,
    metrics: [REPORT_COUNT],
    years: [year],
    regionCode,
    where: [{ metric: REPORT_COUNT, op: 'EQ', value: 0 }],
    includeMissing: true,
    previous: false,
  });
  return rows.map((row) => row.region);
}
