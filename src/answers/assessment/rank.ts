/**
 * Competition ranks (1, 1, 3) of `values`, highest first: a township's rank is one more than
 * the number of townships with a strictly higher value, so ties share a rank.
 */
export function competitionRanks(values: readonly number[]): number[] {
  const descending = [...values].sort((a, b) => b - a);
  // Each value's first position, in one pass: searching per value was quadratic.
  const rankOf = new Map<number, number>();
  descending.forEach((value, i) => {
    if (!rankOf.has(value)) rankOf.set(value, i + 1);
  });
  return values.map((value) => rankOf.get(value)!);
}
