/**
 * Locality-sensitive hashing of MinHash signatures: the signature is cut into BANDS bands of
 * ROWS_PER_BAND rows, and two reports become candidates when they agree on every row of at
 * least one band. Each report lands in one bucket per band, so the work grows with the number
 * of reports and of similar pairs instead of with the number of all pairs.
 *
 * Two sets of Jaccard similarity s agree on a row with probability s, so they become
 * candidates with probability 1 − (1 − s^ROWS_PER_BAND)^BANDS; with 3 rows × 85 bands:
 *
 *     s    0.02     0.05    0.1    0.2    0.3    0.4     0.5          0.8
 *     P    0.0007   0.011   0.08   0.49   0.90   0.996   1 − 1.2e-5   1 − 3e-27
 *
 * The originality rule flags above 0.8 by default and is meant for copies; a pair at 0.5 is
 * missed once in 85,000, so a lower threshold an evaluator may set is covered too. Reports of
 * different townships share 0.005–0.03 of their shingles: a report meets a few in 10,000 of
 * the others as candidates. Two rows (128 bands) would find as many pairs at 0.5 but make
 * candidates of 5% of the pairs at 0.02; four rows (64 bands) would miss 1 pair in 60 at 0.5.
 */
import { mul32 } from './mul32';
import { SIGNATURE_LENGTH } from './minhash';

const ROWS_PER_BAND = 3;
/** The signature's last row is in no band: 256 is not a multiple of 3. It still counts in the estimate. */
const BANDS = Math.floor(SIGNATURE_LENGTH / ROWS_PER_BAND);

/**
 * Each report's bucket in each band (report × BANDS + band): the band's rows folded into 32
 * bits. Reports that differ in a band can share a key by chance, one pair in 2^32: that only
 * adds a candidate, whose estimate is then computed for nothing.
 */
function bandKeys(signatures: readonly Int32Array[]): Int32Array {
  const keys = new Int32Array(signatures.length * BANDS);
  signatures.forEach((signature, report) => {
    for (let band = 0; band < BANDS; band++) {
      let key = 0x811c9dc5 | 0;
      for (let row = band * ROWS_PER_BAND; row < (band + 1) * ROWS_PER_BAND; row++) key = mul32(key ^ signature[row], 0x01000193);
      keys[report * BANDS + band] = key;
    }
  });
  return keys;
}

/** The band's buckets that hold more than one report, each as report indices in ascending order. */
function sharedBuckets(keys: Int32Array, reports: number, band: number): number[][] {
  const buckets = new Map<number, number[]>();
  for (let report = 0; report < reports; report++) {
    const key = keys[report * BANDS + band];
    const bucket = buckets.get(key);
    if (bucket) bucket.push(report);
    else buckets.set(key, [report]);
  }
  return [...buckets.values()].filter((bucket) => bucket.length > 1);
}

/** Whether `band` is the first band in which the two reports share a bucket: a pair is visited there and nowhere else. */
function firstSharedBand(keys: Int32Array, a: number, b: number, band: number): boolean {
  for (let earlier = 0; earlier < band; earlier++) if (keys[a * BANDS + earlier] === keys[b * BANDS + earlier]) return false;
  return true;
}

/**
 * Calls visit(i, j), i < j, once for each pair of signatures that share a bucket in some band.
 * A bucket of k reports costs k²/2 checks: only a group of near-identical texts makes one large.
 */
export function forEachCandidatePair(signatures: readonly Int32Array[], visit: (i: number, j: number) => void): void {
  const keys = bandKeys(signatures);
  for (let band = 0; band < BANDS; band++) {
    for (const bucket of sharedBuckets(keys, signatures.length, band)) {
      for (let x = 0; x < bucket.length; x++) {
        for (let y = x + 1; y < bucket.length; y++) {
          if (firstSharedBand(keys, bucket[x], bucket[y], band)) visit(bucket[x], bucket[y]);
        }
      }
    }
  }
}
