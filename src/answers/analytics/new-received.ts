import { EntityManager } from 'typeorm';
import { loadReportValues } from './compare/report-values';
import { NEW_RECEIVED_TOTAL } from './metrics/derived-metrics';
import { requireMetric } from './metrics/registry';

/** A township's number of new applications for a year, and whether it had to be derived. */
export interface NewReceivedTotal {
  value: number | null;
  /** True when the report leaves 总计 blank and the value is the sum of the row's cells. */
  derived: boolean;
}

/** The metrics that answer it: the derived total, and the stated one to tell whether it was derived. */
export const NEW_RECEIVED_METRICS = [NEW_RECEIVED_TOTAL, 'applications.newReceived.total'] as const;

/** Its value from the two metrics' values. */
export function newReceivedTotal(value: number | null, stated: number | null): NewReceivedTotal {
  return { value, derived: stated === null && value !== null };
}

/** newReceived totals for `code:year` keys (reports only), in one statement. */
export async function loadNewReceivedTotals(manager: EntityManager, keys: readonly string[]): Promise<Map<string, NewReceivedTotal>> {
  const pairs = keys.map((key) => {
    const [code, year] = key.split(':');
    return { code, year: Number(year) };
  });
  const values = await loadReportValues(manager, NEW_RECEIVED_METRICS.map(requireMetric), pairs);
  return new Map([...values].map(([key, [value, stated]]) => [key, newReceivedTotal(value, stated)]));
}
