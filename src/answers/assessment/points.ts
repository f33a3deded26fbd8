import type { Score } from './rule';

/** Points are shown and added with 2 decimals, so the same data always gives the same total. */
export const roundPoints = (value: number): number => Math.round(value * 100) / 100;

/** What is left of `maxPoints` after deducting `deducted`, never below 0. */
export const afterDeduction = (maxPoints: number, deducted: number): number => roundPoints(Math.max(0, maxPoints - deducted));

/** `5`, `2.5`, `4.17`: as many decimals as the value has, at most 2. */
export const formatPoints = (value: number): string => String(roundPoints(value));

/** `maxPoints` less one deduction, its evidence saying why and how much. */
export const deductedScore = (maxPoints: number, deduction: number, why: string): Score => ({
  points: afterDeduction(maxPoints, deduction),
  evidence: [{ text: `${why}，扣 ${formatPoints(deduction)} 分` }],
});
