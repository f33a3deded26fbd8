/**
 * Orders rows by a value, highest first, and numbers them by exactly that value: ties share
 * a rank (1, 2, 2, 4), and rows without a value come last, sharing the rank after the last
 * valued row. Rows with equal values keep code order, so the answer is deterministic.
 */
export function rankDescending<T extends { code: string; rank: number }>(rows: T[], value: (row: T) => number | null): T[] {
  const sorted = [...rows].sort((a, b) => {
    const va = value(a);
    const vb = value(b);
    if (va === vb) return a.code < b.code ? -1 : a.code > b.code ? 1 : 0;
    if (va === null) return 1;
    if (vb === null) return -1;
    return vb - va;
  });
  sorted.forEach((row, index) => {
    const previous = sorted[index - 1];
    row.rank = previous && value(previous) === value(row) ? previous.rank : index + 1;
  });
  return sorted;
}
