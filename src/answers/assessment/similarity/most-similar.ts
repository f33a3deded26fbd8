/**
 * For each township's report, the most similar other report: its own report of the year
 * before, or another township's report of the same year in the region. Similarity is the
 * Jaccard similarity of the narratives' shingle sets, always computed exactly for the report
 * named. A region of up to EXACT_LIMIT reports compares every pair exactly; a larger one (a
 * province has ~1,400 townships, the country ~41,000) shortlists each report's CANDIDATES
 * nearest peers by MinHash estimate among the candidates locality-sensitive hashing finds
 * (lsh.ts), so the work grows with the number of reports, not with the number of pairs.
 *
 * The similarity floor is the lowest similarity that can change a score (the rubric's lowest
 * originality threshold): a report whose most similar peer is above it has that peer named
 * (LSH misses it once in 10^8 at most, lsh.ts); one whose most similar peer is below it has
 * the most similar of its shortlist named, which with a higher floor (fewer, stricter
 * candidates) may be another report than with a lower one. 0, the default, finds candidates
 * down to similarities of 0.3 or so.
 */
import { jaccard } from './jaccard';
import { forEachCandidatePair, rowsPerBand } from './lsh';
import { SIGNATURE_LENGTH, agreementsUpTo, signature } from './minhash';
import { NearestLists } from './nearest-lists';
import { mul32 } from './mul32';

export interface NarrativeDocument {
  townshipCode: string;
  year: number;
  shingles: Uint32Array;
}

export interface SimilarReport {
  townshipCode: string;
  year: number;
  /** Jaccard similarity of the shingle sets, rounded to 2 decimals as it is shown and compared. */
  similarity: number;
}

export const EXACT_LIMIT = 200;
const CANDIDATES = 5;

export interface Shortlists {
  /** For each report, the peers it is compared with exactly, as indices in ascending order. */
  peers: number[][];
  /** The LSH candidate pairs whose MinHash signatures were compared. */
  estimated: number;
  /** The bins compared over all of them: SIGNATURE_LENGTH for a pair compared in full. */
  binsCompared: number;
}

/**
 * The peers of a report that shares no bucket with any other: most reports, where texts are
 * each written afresh. It resembles none of them (a pair at 0.4 shares a bucket 996 times in
 * 1,000), so no peer could cost it points; it is still named against one, as it was when
 * every pair was estimated, or its evidence would say there was nothing to compare with. Its
 * neighbours in code order are townships of its own county as a rule, where a copied text
 * comes from most often.
 */
function codeNeighbours(report: number, reports: number): number[] {
  return [report - 1, report + 1].filter((peer) => peer >= 0 && peer < reports);
}

/** The signatures one after another in one array: report r's bins start at r × SIGNATURE_LENGTH. */
function packed(signatures: readonly Int32Array[]): Int32Array {
  const all = new Int32Array(signatures.length * SIGNATURE_LENGTH);
  signatures.forEach((signature, report) => all.set(signature, report * SIGNATURE_LENGTH));
  return all;
}

/**
 * For each signature, the CANDIDATES with the highest estimates among its LSH candidates, as
 * indices in ascending order. A pair's bins are compared only while it can still enter the
 * shortlist of one of the two: the shortlists are the same as if every candidate's estimate
 * were computed in full.
 */
function nearestSignatures(signatures: readonly Int32Array[], floor: number): Omit<Shortlists, 'peers'> & { nearest: number[][] } {
  const bins = packed(signatures);
  const lists = new NearestLists(signatures.length, CANDIDATES);
  let estimated = 0;
  let binsCompared = 0;
  forEachCandidatePair(signatures, rowsPerBand(floor), (i, j) => {
    const agreements = agreementsUpTo(bins, i * SIGNATURE_LENGTH, j * SIGNATURE_LENGTH, Math.min(lists.need(i, j), lists.need(j, i)));
    estimated++;
    binsCompared += agreements < 0 ? -1 - agreements : SIGNATURE_LENGTH;
    lists.offer(i, j, agreements);
    lists.offer(j, i, agreements);
  });
  return { nearest: signatures.map((_, report) => lists.peersOf(report)), estimated, binsCompared };
}

const sameSet = (a: Uint32Array, b: Uint32Array): boolean => a.length === b.length && a.every((value, i) => value === b[i]);

/** The whole signature folded into 32 bits: equal for equal sets, and rarely for any others. */
const signatureKey = (values: Int32Array): number => values.reduce((key, value) => mul32(key ^ value, 0x01000193), 0x811c9dc5 | 0);

/**
 * Reports with the same shingle set, as groups of indices in ascending order (most groups have
 * one member), in the order of their first member. A narrative thousands of reports share
 * (nothing but "无") would otherwise fill a bucket of every band with k²/2 pairs, each
 * estimated at 1; as a group it is one signature among the others.
 */
function sameTexts(reports: readonly NarrativeDocument[], signatures: readonly Int32Array[]): number[][] {
  const byKey = new Map<number, number[][]>();
  const groups: number[][] = [];
  reports.forEach((report, i) => {
    const key = signatureKey(signatures[i]);
    const sameKey = byKey.get(key) ?? [];
    const found = sameKey.find(([first]) => sameSet(reports[first].shingles, report.shingles));
    if (found) found.push(i);
    else {
      const group = [i];
      sameKey.push(group);
      byKey.set(key, sameKey);
      groups.push(group);
    }
  });
  return groups;
}

/**
 * Each report's peers: for a report whose text others share, the first of them, whose
 * similarity 1 nothing can beat; otherwise the first reports of the CANDIDATES texts with the
 * highest MinHash estimates among its LSH candidates. `reports` in code order.
 */
export function nearestByMinHash(reports: readonly NarrativeDocument[], floor = 0): Shortlists {
  const signatures = reports.map((report) => signature(report.shingles));
  const groups = sameTexts(reports, signatures);
  const { nearest, estimated, binsCompared } = nearestSignatures(
    groups.map(([first]) => signatures[first]),
    floor,
  );
  const peers: number[][] = [];
  groups.forEach((group, g) => {
    const others = nearest[g].map((other) => groups[other][0]);
    for (const report of group) peers[report] = peersOf(report, group, others, reports.length);
  });
  return { peers, estimated, binsCompared };
}

function peersOf(report: number, group: readonly number[], others: number[], reports: number): number[] {
  if (group.length > 1) return [report === group[0] ? group[1] : group[0]];
  return others.length ? others : codeNeighbours(report, reports);
}

/** The peers each report is compared with exactly, as indices into `reports` in ascending order. */
function shortlists(reports: readonly NarrativeDocument[], floor: number): number[][] {
  if (reports.length > EXACT_LIMIT) return nearestByMinHash(reports, floor).peers;
  return reports.map((_, i) => reports.map((_, j) => j).filter((j) => j !== i));
}

const round2 = (value: number): number => Math.round(value * 100) / 100;

/**
 * The most similar report for each township (keyed by code), null when there is nothing to
 * compare with. Reports without narrative are neither compared nor compared with. Ties go to
 * the township's own previous report, then to the lowest township code.
 */
export function mostSimilarReports(
  reports: readonly NarrativeDocument[],
  previousYear: readonly NarrativeDocument[],
  floor = 0,
): Map<string, SimilarReport | null> {
  const withText = reports.filter((report) => report.shingles.length).sort((a, b) => a.townshipCode.localeCompare(b.townshipCode));
  const previous = new Map(previousYear.filter((report) => report.shingles.length).map((report) => [report.townshipCode, report]));
  const peers = shortlists(withText, floor);
  const result = new Map<string, SimilarReport | null>(reports.map((report) => [report.townshipCode, null]));
  withText.forEach((report, i) => {
    const own = previous.get(report.townshipCode);
    const candidates = [...(own ? [own] : []), ...peers[i].map((j) => withText[j])];
    let best: SimilarReport | null = null;
    for (const candidate of candidates) {
      const similarity = jaccard(report.shingles, candidate.shingles);
      if (!best || similarity > best.similarity) best = { townshipCode: candidate.townshipCode, year: candidate.year, similarity };
    }
    result.set(report.townshipCode, best && { ...best, similarity: round2(best.similarity) });
  });
  return result;
}
