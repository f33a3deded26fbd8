import { EntityManager } from 'typeorm';
import { HubError } from '../../../core/errors';
import { planOnScope, type ComparisonPlan } from './plan';
import { toRows, toTotals, type RawRow } from './result-rows';
import type { ComparisonResult, ComparisonSpec } from './spec';
import { SqlNames } from '../../../storage/db/sql-names';
import { generationText } from '../../../storage/store/region-generation';
import { lookUpScope, rememberedScope, type Scope } from '../../../storage/store/remembered-scopes';
import { comparisonStatement } from './statements';
import { checkSpec, type CheckedSpec } from './validate';

/** An answer and the region tree's generation its statement read (null: it returned no row to carry one). */
interface Answer {
  result: ComparisonResult;
  generation: string | null;
}

/** The page of rows, the count of all of them and (when the plan asks) the totals: one statement, however many townships. */
async function comparisonResult(manager: EntityManager, plan: ComparisonPlan): Promise<Answer> {
  const { sql, params } = comparisonStatement(plan, new SqlNames(manager.connection));
  const raw: RawRow[] = await manager.query(sql, params);
  const result = { ...toRows(plan, raw), totals: plan.totals ? toTotals(plan, raw) : null };
  return { result, generation: raw.length ? generationText(raw[0].region_generation) : null };
}

const answerOn = (manager: EntityManager, spec: ComparisonSpec, checked: CheckedSpec, scope: Scope): Promise<Answer> =>
  comparisonResult(manager, planOnScope(spec, checked, scope));

/**
 * On the scope remembered from an earlier request: the answer when its statement read the same
 * region tree, else null. Planning on it may refuse (a group level, the cell budget) only
 * where the current scope would: a refusal is left to a fresh lookup to confirm.
 */
async function rememberedAnswer(manager: EntityManager, spec: ComparisonSpec, checked: CheckedSpec): Promise<ComparisonResult | null> {
  const remembered = rememberedScope(manager, spec.regionCode);
  if (!remembered) return null;
  let plan: ComparisonPlan;
  try {
    plan = planOnScope(spec, checked, remembered);
  } catch (error) {
    if (error instanceof HubError) return null;
    throw error;
  }
  const answer = await comparisonResult(manager, plan);
  if (answer.generation === remembered.generation) return answer.result;
  if (answer.generation !== null) return null;
  // No row carried the generation: the answer stands if the tree is still the one remembered
  // (else, rarely, the caller looks the region up once more).
  const current = await lookUpScope(manager, spec.regionCode);
  return current.generation === remembered.generation ? answer.result : null;
}

/**
 * Answers a comparison: one statement when the region's scope (its level, township count and
 * successions) is remembered from an earlier request and the statement confirms the tree has
 * not changed since; else the region lookup first, then the statement — two. Each statement
 * run takes its cells from the request's budget, so an answer run again after a change of the
 * tree counts twice.
 */
export async function runComparison(manager: EntityManager, spec: ComparisonSpec): Promise<ComparisonResult> {
  const checked = checkSpec(spec);
  const answer = await rememberedAnswer(manager, spec, checked);
  if (answer) return answer;
  return (await answerOn(manager, spec, checked, await lookUpScope(manager, spec.regionCode))).result;
}
