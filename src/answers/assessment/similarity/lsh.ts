/**
 * Locality-sensitive hashing of MinHash signatures: the signature is cut into bands of `rows`
 * rows, and two reports become candidates when they agree on every row of at least one band.
 * Each report lands in one bucket per band, so the work grows with the number of reports and
 * of similar pairs instead of with the number of all pairs.
 *
 * Two sets of Jaccard similarity s agree on a row with probability s, so they become
 * candidates with probability 1 − (1 − s^rows)^bands; with 3 rows × 85 bands:
 *
 *     s    0.02     0.05    0.1    0.2    0.3    0.4     0.5          0.8
 *     P    0.0007   0.011   0.08   0.49   0.90   0.996   1 − 1.2e-5   1 − 3e-27
 *
 * Reports of different townships share 0.005–0.03 of their shingles: a report meets a few in
 * 10,000 of the others as candidates. Two rows (128 bands) would find as many pairs at 0.5 but
 * make candidates of 5% of the pairs at 0.02. But reports written from shared boilerplate (the
 * bench's generated ones: most pairs at 0.3–0.5) are candidates nearly all with 3 rows, and
 * only the pairs above the rubric's lowest originality threshold (the floor, 0.8 by default)
 * can change a score: rowsPerBand takes the most rows that still miss a pair at the floor at
 * most once in MISSED_AT_FLOOR⁻¹. 5 rows × 51 bands at 0.8:
 *
 *     s    0.3      0.4     0.5    0.6     0.7      0.8       0.9
 *     P    0.12     0.41    0.80   0.98    1 − 8e-5 1 − 2e-9  1 − 2e-20
 *
 * 3 rows at the fewest, for a floor below 0.75 (the table above: a pair at 0.5 is missed once in 85,000).
 */
import { mul32 } from './mul32';
import { SIGNATURE_LENGTH } from './minhash';

/** At most this share of the pairs at the floor is missed (more rows are tried first). */
const MISSED_AT_FLOOR = 1e-8;
const ROW_CHOICES = [8, 6, 5, 4];
const FEWEST_ROWS = 3;

/** The signature's last rows beyond a multiple of `rows` are in no band; they still count in the estimate. */
const bandsOf = (rows: number): number => Math.floor(SIGNATURE_LENGTH / rows);

/** How likely a pair of similarity `s` escapes every band: it disagrees in at least one row of each. */
const missed = (s: number, rows: number): number => (1 - s ** rows) ** bandsOf(rows);

/** The rows per band for a similarity floor: the most that miss a pair at the floor at most once in MISSED_AT_FLOOR⁻¹. */
export function rowsPerBand(floor: number): number {
  return ROW_CHOICES.find((rows) => missed(floor, rows) <= MISSED_AT_FLOOR) ?? FEWEST_ROWS;
}

/**
 * Each report's bucket in each band (report × bands + band): the band's rows folded into 32
 * bits. Reports that differ in a band can share a key by chance, one pair in 2^32: that only
 * adds a candidate, whose estimate is then computed for nothing.
 */
function bandKeys(signatures: readonly Int32Array[], rows: number): Int32Array {
  const bands = bandsOf(rows);
  const keys = new Int32Array(signatures.length * bands);
  signatures.forEach((signature, report) => {
    for (let band = 0; band < bands; band++) {
      let key = 0x811c9dc5 | 0;
      for (let row = band * rows; row < (band + 1) * rows; row++) key = mul32(key ^ signature[row], 0x01000193);
      keys[report * bands + band] = key;
    }
  });
  return keys;
}

/** The band's buckets that hold more than one report, each as report indices in ascending order. */
function sharedBuckets(keys: Int32Array, bands: number, band: number): number[][] {
  const buckets = new Map<number, number[]>();
  for (let report = 0; report < keys.length / bands; report++) {
    const key = keys[report * bands + band];
    const bucket = buckets.get(key);
    if (bucket) bucket.push(report);
    else buckets.set(key, [report]);
  }
  return [...buckets.values()].filter((bucket) => bucket.length > 1);
}

/** Whether `band` is the first band in which the two reports share a bucket: a pair is visited there and nowhere else. */
function firstSharedBand(keys: Int32Array, bands: number, a: number, b: number, band: number): boolean {
  for (let earlier = 0; earlier < band; earlier++) if (keys[a * bands + earlier] === keys[b * bands + earlier]) return false;
  return true;
}

/**
 * Calls visit(i, j), i < j, once for each pair of signatures that share a bucket in some band of `rows` rows.
 * A bucket of k reports costs k²/2 checks: only a group of near-identical texts makes one large.
 */
export function forEachCandidatePair(signatures: readonly Int32Array[], rows: number, visit: (i: number, j: number) => void): void {
  const keys = bandKeys(signatures, rows);
  const bands = bandsOf(rows);
  for (let band = 0; band < bands; band++) {
    for (const bucket of sharedBuckets(keys, bands, band)) {
      for (let x = 0; x < bucket.length; x++) {
        for (let y = x + 1; y < bucket.length; y++) {
          if (firstSharedBand(keys, bands, bucket[x], bucket[y], band)) visit(bucket[x], bucket[y]);
        }
      }
    }
  }
}
