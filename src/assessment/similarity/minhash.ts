/**
 * MinHash signatures: for each of SIGNATURE_LENGTH fixed hash functions, the smallest hash of
 * a set's members. Two sets agree at a position with probability equal to their Jaccard
 * similarity, so comparing signatures estimates it at a fixed cost per pair, whatever the
 * length of the reports. The functions are fixed, so estimates are the same on every run.
 */
import { mul32 } from './mul32';

/** Enough to shortlist the nearest peers (standard error ≤ 0.07); the score shown is always exact. */
export const SIGNATURE_LENGTH = 64;

/**
 * The i-th hash function: a 32-bit mixer (murmur3's finaliser) keyed by the function's seed.
 * Everything stays in signed 32-bit integers, which the engine keeps unboxed: this loop runs
 * SIGNATURE_LENGTH times per shingle of every report.
 */
function mix(value: number, seed: number): number {
  let h = value ^ seed;
  h = mul32(h ^ (h >>> 16), 0x85ebca6b);
  h = mul32(h ^ (h >>> 13), 0xc2b2ae35);
  return h ^ (h >>> 16);
}

const SEEDS = Int32Array.from({ length: SIGNATURE_LENGTH }, (_, i) => mix(i + 1, 0x9e3779b9 | 0));

export function signature(shingles: Uint32Array): Int32Array {
  const minima = new Int32Array(SIGNATURE_LENGTH).fill(0x7fffffff);
  for (let s = 0; s < shingles.length; s++) {
    const shingle = shingles[s] | 0;
    for (let i = 0; i < SIGNATURE_LENGTH; i++) {
      const h = mix(shingle, SEEDS[i]);
      if (h < minima[i]) minima[i] = h;
    }
  }
  return minima;
}

/** The share of positions where two signatures agree: an estimate of the sets' Jaccard similarity. */
export function estimatedSimilarity(a: Int32Array, b: Int32Array): number {
  let equal = 0;
  for (let i = 0; i < SIGNATURE_LENGTH; i++) if (a[i] === b[i]) equal++;
  return equal / SIGNATURE_LENGTH;
}
