/** Keys (codes, ids) per IN (…) list: far below every engine's limit on bound parameters. */
export const KEYS_PER_STATEMENT = 1000;

/** Consecutive runs of `items`, each of at most `maxRows` items and, past its first, `maxBytes` bytes. */
export function chunks<T>(items: readonly T[], maxRows: number, bytesOf: (item: T) => number = () => 0, maxBytes = Infinity): T[][] {
  const runs: T[][] = [];
  let bytes = 0;
  for (const item of items) {
    const last = runs[runs.length - 1];
    const size = bytesOf(item);
    if (last && last.length < maxRows && bytes + size <= maxBytes) {
      last.push(item);
      bytes += size;
    } else {
      runs.push([item]);
      bytes = size;
    }
  }
  return runs;
}
