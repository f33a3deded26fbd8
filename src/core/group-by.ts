/** Rows grouped by a key, each group in the order its rows came; `map` turns a row into what the group keeps. */
export function groupBy<T, K>(rows: Iterable<T>, key: (row: T) => K): Map<K, T[]>;
export function groupBy<T, K, U>(rows: Iterable<T>, key: (row: T) => K, map: (row: T) => U): Map<K, U[]>;
export function groupBy<T, K, U>(rows: Iterable<T>, key: (row: T) => K, map?: (row: T) => U): Map<K, (T | U)[]> {
  const groups = new Map<K, (T | U)[]>();
  for (const row of rows) {
    const value = map ? map(row) : row;
    const group = groups.get(key(row));
    if (group) group.push(value);
    else groups.set(key(row), [value]);
  }
  return groups;
}
