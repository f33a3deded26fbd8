/** Inputs longer than this are cut before comparing: no key is nearly that long. */
const MAX_COMPARED_LENGTH = 120;

/** Levenshtein distance, one row at a time. */
function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const substitution = previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1);
      current.push(Math.min(previous[j] + 1, current[j - 1] + 1, substitution));
    }
    previous = current;
  }
  return previous[b.length];
}

/**
 * Trailing text after a key (a stray suffix, a pasted SQL fragment) costs this much at most,
 * so `applications.newReceived.total; …` still suggests applications.newReceived.total; a
 * typo inside a longer key (issueCount.errr) still beats the shorter key it starts with.
 */
const TRAILING_TEXT_COST = 2;

function distanceTo(typed: string, key: string): number {
  const whole = editDistance(typed, key);
  return typed.length > key.length ? Math.min(whole, editDistance(typed.slice(0, key.length), key) + TRAILING_TEXT_COST) : whole;
}

/** The key nearest to `input` by edit distance, ignoring case; the first of equals wins. */
export function closestKey(input: string, keys: readonly string[]): string {
  const typed = input.slice(0, MAX_COMPARED_LENGTH).toLowerCase();
  let best = keys[0];
  let bestDistance = Infinity;
  for (const key of keys) {
    const distance = distanceTo(typed, key.toLowerCase());
    if (distance < bestDistance) [best, bestDistance] = [key, distance];
  }
  return best;
}
