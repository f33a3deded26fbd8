import { EntityManager } from 'typeorm';
import { HubError } from '../../../core/errors';
import { planOnScope, type ComparisonPlan } from './plan';
import { pageRows, toRows, toTotals, type RawRow } from './result-rows';
import type { ComparisonResult, ComparisonRow, ComparisonSpec } from './spec';
import { generationText } from '../../../storage/store/region-generation';
import { lookUpScope, rememberedScope } from '../../../storage/store/remembered-scopes';
import { cachedComparisonStatement } from './statement-cache';
import { checkSpec, type CheckedSpec } from './validate';

/** What a comparison's rows are read into, and whether its statement counts every row of the selection for it. */
interface Reading<T> {
  counted: boolean;
  read(plan: ComparisonPlan, raw: RawRow[]): T;
}

/** The page of rows, the count of all of them and (when the plan asks) the totals. */
const RESULT: Reading<ComparisonResult> = {
  counted: true,
  read: (plan, raw) => ({ ...toRows(plan, raw), totals: plan.totals ? toTotals(plan, raw) : null }),
};

/** The page of rows alone. */
const PAGE: Reading<ComparisonRow[]> = { counted: false, read: pageRows };

/** An answer and the region tree's generation its statement read (null: it returned no row to carry one). */
interface Answer<T> {
  result: T;
  generation: string | null;
}

/** One statement, however many townships. */
async function answerOf<T>(manager: EntityManager, plan: ComparisonPlan, reading: Reading<T>): Promise<Answer<T>> {
  const { sql, params } = cachedComparisonStatement(plan, manager.connection);
  const raw: RawRow[] = await manager.query(sql, params);
  return { result: reading.read(plan, raw), generation: raw.length ? generationText(raw[0].region_generation) : null };
}

/**
 * On the scope remembered from an earlier request: the answer when its statement read the same
 * region tree, else null. Planning on it may refuse (a group level, the cell budget) only
 * where the current scope would: a refusal is left to a fresh lookup to confirm.
 */
async function rememberedAnswer<T>(
  manager: EntityManager,
  spec: ComparisonSpec,
  checked: CheckedSpec,
  reading: Reading<T>,
): Promise<T | null> {
  const remembered = rememberedScope(manager, spec.regionCode);
  if (!remembered) return null;
  let plan: ComparisonPlan;
  try {
    plan = planOnScope(spec, checked, remembered, reading.counted);
  } catch (error) {
    if (error instanceof HubError) return null;
    throw error;
  }
  const answer = await answerOf(manager, plan, reading);
  if (answer.generation === remembered.generation) return answer.result;
  if (answer.generation !== null) return null;
  // No row carried the generation: the answer stands if the tree is still the one remembered
  // (else, rarely, the caller looks the region up once more).
  const current = await lookUpScope(manager, spec.regionCode);
  return current.generation === remembered.generation ? answer.result : null;
}

/**
 * One statement when the region's scope (its level, township count and successions) is
 * remembered from an earlier request and the statement confirms the tree has not changed
 * since; else the region lookup first, then the statement — two. Each statement run takes its
 * cells from the request's budget, so an answer run again after a change of the tree counts twice.
 */
async function answer<T>(manager: EntityManager, spec: ComparisonSpec, reading: Reading<T>): Promise<T> {
  const checked = checkSpec(spec);
  const remembered = await rememberedAnswer(manager, spec, checked, reading);
  if (remembered !== null) return remembered;
  const scope = await lookUpScope(manager, spec.regionCode);
  return (await answerOf(manager, planOnScope(spec, checked, scope, reading.counted), reading)).result;
}

/** Answers a comparison: its page of rows, the count of all of them and (unless `totals: false`) the totals per year. */
export function runComparison(manager: EntityManager, spec: ComparisonSpec): Promise<ComparisonResult> {
  return answer(manager, spec, RESULT);
}

/**
 * A comparison's page of rows alone, for a ranking shown without its length or totals: its
 * statement ranks the selection and keeps the page, without numbering or counting every row.
 */
export function comparisonPage(manager: EntityManager, spec: Omit<ComparisonSpec, 'totals'>): Promise<ComparisonRow[]> {
  return answer(manager, spec, PAGE);
}
