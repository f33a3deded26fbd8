import { EntityManager } from 'typeorm';
import { planComparison, type ComparisonPlan } from './plan';
import { toRows, toTotals, type RawRow } from './result-rows';
import type { ComparisonResult, ComparisonSpec } from './spec';
import { SqlNames } from '../../../storage/db/sql-names';
import { comparisonStatement } from './statements';

/** The page of rows, the count of all of them and (when the plan asks) the totals: one statement, however many townships. */
export async function comparisonResult(manager: EntityManager, plan: ComparisonPlan): Promise<ComparisonResult> {
  const { sql, params } = comparisonStatement(plan, new SqlNames(manager.connection));
  const raw: RawRow[] = await manager.query(sql, params);
  return { ...toRows(plan, raw), totals: plan.totals ? toTotals(plan, raw) : null };
}

/**
 * Answers a comparison: region lookup, then rows with totals — two statements, whatever the
 * number of townships, years or metrics.
 */
export async function runComparison(manager: EntityManager, spec: ComparisonSpec): Promise<ComparisonResult> {
  return comparisonResult(manager, await planComparison(manager, spec));
}
