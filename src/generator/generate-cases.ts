/**
 * Table 4 (行政复议、行政诉讼) for one township-year: usually all zeros, now and then a case
 * or two, and none in a year without applications (cases arise from answered applications).
 * Each case is dealt to one result column, so total is the sum by construction.
 */
import { CASE_GROUPS, type CaseGroup, type CaseOutcome } from '../reading/template/report-data';
import type { Random } from './random';

type CaseResult = Exclude<keyof CaseOutcome, 'total'>;

const RESULT_WEIGHTS: Record<CaseResult, number> = { maintained: 6, corrected: 1, other: 2, pending: 1 };

/** How often a group has any case at all, and at most how many. */
const CASE_LIMITS: Record<CaseGroup, { chance: number; max: number }> = {
  review: { chance: 0.3, max: 3 },
  litigationDirect: { chance: 0.15, max: 2 },
  litigationAfterReview: { chance: 0.07, max: 1 },
};

function generateOutcome(rng: Random, group: CaseGroup, hadApplications: boolean): CaseOutcome {
  const { chance, max } = CASE_LIMITS[group];
  const total = hadApplications && rng.chance(chance) ? rng.int(1, max) : 0;
  const results: Record<CaseResult, number> = { maintained: 0, corrected: 0, other: 0, pending: 0 };
  for (let i = 0; i < total; i++) results[rng.weighted(RESULT_WEIGHTS)]++;
  return { ...results, total };
}

export function generateCases(rng: Random, hadApplications: boolean): Record<CaseGroup, CaseOutcome> {
  const cases = {} as Record<CaseGroup, CaseOutcome>;
  for (const group of CASE_GROUPS) cases[group] = generateOutcome(rng, group, hadApplications);
  return cases;
}
