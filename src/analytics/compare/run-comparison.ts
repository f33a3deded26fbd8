import { EntityManager } from 'typeorm';
import { planComparison, type ComparisonPlan } from './plan';
import { toRows, toTotals, type RawRow } from './result-rows';
import type { ComparisonResult, ComparisonRow, ComparisonSpec, ComparisonTotal } from './spec';
import { SqlNames } from './sql-names';
import type { Statement } from './sql-params';
import { rowsStatement, totalsStatement } from './statements';

function run(manager: EntityManager, { sql, params }: Statement): Promise<RawRow[]> {
  return manager.query(sql, params);
}

/** The page of rows and the count of all of them: one statement, however many townships. */
export async function comparisonRows(manager: EntityManager, plan: ComparisonPlan): Promise<{ rows: ComparisonRow[]; totalCount: number }> {
  return toRows(plan, await run(manager, rowsStatement(plan, new SqlNames(manager.connection))));
}

/** The totals of the whole selection per year: one statement. */
export async function comparisonTotals(manager: EntityManager, plan: ComparisonPlan): Promise<ComparisonTotal[]> {
  return toTotals(plan, await run(manager, totalsStatement(plan, new SqlNames(manager.connection))));
}

/**
 * Answers a comparison: region lookup, rows, and (unless `totals: false`) totals — three
 * statements at most, whatever the number of townships, years or metrics.
 */
export async function runComparison(manager: EntityManager, spec: ComparisonSpec): Promise<ComparisonResult> {
  const plan = await planComparison(manager, spec);
  const { rows, totalCount } = await comparisonRows(manager, plan);
  const totals = spec.totals === false ? null : await comparisonTotals(manager, plan);
  return { rows, totalCount, totals };
}
