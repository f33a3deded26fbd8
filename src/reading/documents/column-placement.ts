/**
 * Places a row's values in the columns they stand under, when the row has fewer values than
 * its table has columns (a blank cell leaves nothing to read, in layout text and in PDFs drawn
 * without ruling). Of every way to leave columns blank, keeping the values in their order, the
 * one whose values stand nearest their columns wins, and only when it is clearly the nearest
 * (by half a column's spacing over the next way) and its values stand within half a spacing of
 * their columns on average. Otherwise the row is not placed at all: filling its columns left
 * to right would move a value into its neighbour's column, the one mistake no check can see.
 */

/** Blank cells a row may have for its values to be placed by position (more: too many ways to tell apart). */
const MAX_BLANK_COLUMNS = 3;

/**
 * The column index of each value (in order), or undefined when position does not tell.
 * `centres`: where each value stands; `columns`: where each column's values stand.
 */
export function columnsOfValues(centres: number[], columns: number[]): number[] | undefined {
  const blanks = columns.length - centres.length;
  // At most half the row blank: a row of one value under three columns is more likely a narrower table's.
  if (blanks <= 0 || blanks > Math.min(MAX_BLANK_COLUMNS, Math.floor((columns.length - 1) / 2))) return undefined;
  const spacing = Math.min(...columns.slice(1).map((column, i) => column - columns[i]));
  const ways = blankSets(columns.length, blanks).map((blank) => {
    const filled = columns.map((_, i) => i).filter((i) => !blank.includes(i));
    const cost = filled.reduce((sum, column, i) => sum + Math.abs(columns[column] - centres[i]), 0);
    return { filled, cost };
  });
  ways.sort((x, y) => x.cost - y.cost);
  const [best, next] = ways;
  if (best.cost / centres.length > spacing / 2 || (next && next.cost - best.cost < spacing / 2)) return undefined;
  return best.filled;
}

/** Every set of `count` column indexes below `width`, in increasing order. */
function blankSets(width: number, count: number, from = 0): number[][] {
  if (count === 0) return [[]];
  const sets: number[][] = [];
  for (let i = from; i <= width - count; i++) for (const rest of blankSets(width, count - 1, i + 1)) sets.push([i, ...rest]);
  return sets;
}

/** The median of the values (of a column's centres over its full rows). */
export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}
