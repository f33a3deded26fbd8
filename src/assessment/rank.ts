/**
 * Competition ranks (1, 1, 3) of `values`, highest first: a township's rank is one more than
 * the number of townships with a strictly higher value, so ties share a rank.
 */
export function competitionRanks(values: readonly number[]): number[] {
  const descending = [...values].sort((a, b) => b - a);
  return values.map((value) => descending.findIndex((other) => other === value) + 1);
}
