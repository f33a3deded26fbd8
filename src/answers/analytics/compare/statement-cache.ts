/**
 * A comparison's statement, built once per plan and data source while kept. Building it (some
 * hundred SQL fragments joined, identifiers quoted) was a sixth of the hub's CPU for a city
 * dashboard's uncached `compare`, which asks the same few plans again and again. A statement is
 * a function of its plan and the database's dialect alone, so one kept cannot be stale: the
 * plan's whole content is its key, serialised with each metric named by its key (metrics are
 * the registry's, fixed for the process), and a field added to the plan joins the key by itself.
 */
import { LRUCache } from 'lru-cache';
import type { DataSource } from 'typeorm';
import type { Statement } from '../../../storage/db/sql';
import { SqlNames } from '../../../storage/db/sql-names';
import type { Metric } from '../metrics/metric';
import type { ComparisonPlan } from './plan';
import { comparisonStatement } from './statements';

/** Plans kept per data source: a dashboard's operations, many times over. */
const PLANS_KEPT = 500;

const kept = new WeakMap<DataSource, LRUCache<string, Statement>>();

const isMetric = (value: unknown): value is Metric =>
  typeof value === 'object' && value !== null && 'aggregation' in value && 'key' in value && 'templates' in value;

/** The plan as text: every field, a metric by its key. */
export const planKey = (plan: ComparisonPlan): string =>
  JSON.stringify(plan, (_field, value: unknown) => (isMetric(value) ? `metric:${value.key}` : value));

/** comparisonStatement(plan) on `dataSource`'s dialect; callers must not change what it returns. */
export function cachedComparisonStatement(plan: ComparisonPlan, dataSource: DataSource): Statement {
  let statements = kept.get(dataSource);
  if (!statements) {
    statements = new LRUCache<string, Statement>({ max: PLANS_KEPT });
    kept.set(dataSource, statements);
  }
  const key = planKey(plan);
  let statement = statements.get(key);
  if (!statement) {
    statement = comparisonStatement(plan, new SqlNames(dataSource));
    statements.set(key, statement);
  }
  return statement;
}
