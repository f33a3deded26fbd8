/**
 * MinHash signatures, by one-permutation hashing: each shingle is hashed once, the top bits of
 * the hash choose one of SIGNATURE_LENGTH bins and the rest is its value; a bin keeps the
 * smallest value that falls in it. Two sets agree on a bin with probability equal to their
 * Jaccard similarity, as they would on SIGNATURE_LENGTH separate hash functions, so comparing
 * signatures estimates it at a fixed cost per pair, whatever the length of the reports. One
 * hash per shingle rather than one per shingle and bin: the country's 41,000 reports of
 * ~1,500 shingles are signed in about a second. The hash is fixed, so estimates are the same
 * on every run.
 */
import { mul32 } from './mul32';

/**
 * Standard error of the estimate ≤ 0.032, enough to shortlist the nearest peers (the score shown
 * is always exact), and rows enough for bands that find pairs at 0.5 but few below 0.1 (lsh.ts).
 */
export const SIGNATURE_LENGTH = 256;
/** log2 SIGNATURE_LENGTH: the hash's top bits name the bin. */
const BIN_BITS = 8;
const VALUE_BITS = 32 - BIN_BITS;
/** Above every value (which has VALUE_BITS bits): a bin no shingle fell in. */
const EMPTY = 1 << VALUE_BITS;

/**
 * A 32-bit mixer (murmur3's finaliser) keyed by a seed. Everything stays in signed 32-bit
 * integers, which the engine keeps unboxed: this runs once per shingle of every report.
 */
function mix(value: number, seed: number): number {
  let h = value ^ seed;
  h = mul32(h ^ (h >>> 16), 0x85ebca6b);
  h = mul32(h ^ (h >>> 13), 0xc2b2ae35);
  return h ^ (h >>> 16);
}

const SHINGLE_SEED = mix(1, 0x9e3779b9 | 0);
const PROBE_SEED = mix(2, 0x9e3779b9 | 0);

/**
 * A text of a few hundred shingles leaves bins empty (a sixth of them at 450). Each empty bin
 * takes the value of the first filled bin on a sequence of probes that depends on the bin
 * alone (Shrivastava's optimal densification): two sets then agree on it with probability
 * equal to their similarity, as on any other bin.
 */
function densified(bins: Int32Array): Int32Array {
  if (bins.every((value) => value === EMPTY)) return bins;
  return bins.map((value, bin) => {
    for (let probe = 1; value === EMPTY; probe++) value = bins[mix((probe << BIN_BITS) | bin, PROBE_SEED) >>> VALUE_BITS];
    return value;
  });
}

export function signature(shingles: Uint32Array): Int32Array {
  const bins = new Int32Array(SIGNATURE_LENGTH).fill(EMPTY);
  for (let s = 0; s < shingles.length; s++) {
    const h = mix(shingles[s] | 0, SHINGLE_SEED);
    const bin = h >>> VALUE_BITS;
    const value = h & (EMPTY - 1);
    if (value < bins[bin]) bins[bin] = value;
  }
  return densified(bins);
}

/**
 * The share of positions where two signatures agree: an estimate of the sets' Jaccard
 * similarity. Counted without a branch, which would be mispredicted on every other position
 * of similar reports: twice as fast where most pairs of a region are candidates.
 */
export function estimatedSimilarity(a: Int32Array, b: Int32Array): number {
  let equal = 0;
  for (let i = 0; i < SIGNATURE_LENGTH; i++) equal += +(a[i] === b[i]);
  return equal / SIGNATURE_LENGTH;
}

/** Bins compared between two checks of whether the pair can still reach `need`. */
const CHUNK = 32;

/**
 * The number of bins where the signatures at offsets `a` and `b` of `packed` agree (the
 * estimate × SIGNATURE_LENGTH), or, once fewer than `need` agreements are possible, −1 − the
 * bins compared until then. Most candidate pairs of a region cannot enter either report's
 * shortlist: they stop when the bins left could no longer lift them to it.
 */
export function agreementsUpTo(packed: Int32Array, a: number, b: number, need: number): number {
  let equal = 0;
  for (let from = 0; from < SIGNATURE_LENGTH; from += CHUNK) {
    if (equal + SIGNATURE_LENGTH - from < need) return -1 - from;
    for (let i = from; i < from + CHUNK; i++) equal += +(packed[a + i] === packed[b + i]);
  }
  return equal;
}
