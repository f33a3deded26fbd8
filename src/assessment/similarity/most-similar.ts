/**
 * For each township's report, the most similar other report: its own report of the year
 * before, or another township's report of the same year in the region. Similarity is the
 * Jaccard similarity of the narratives' shingle sets, always computed exactly for the report
 * named. A region of up to EXACT_LIMIT reports compares every pair exactly; a larger one
 * (a province has ~1,400 townships) shortlists each report's CANDIDATES nearest peers by
 * MinHash estimate first, so the cost per pair is fixed and small.
 */
import { jaccard } from './jaccard';
import { estimatedSimilarity, signature } from './minhash';

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

/** Each report's CANDIDATES peers with the highest MinHash estimates, as indices in ascending order. */
function nearestByMinHash(reports: readonly NarrativeDocument[]): number[][] {
  const signatures = reports.map((report) => signature(report.shingles));
  const best: { peer: number; estimate: number }[][] = reports.map(() => []);
  const offer = (i: number, peer: number, estimate: number) => {
    const list = best[i];
    if (list.length === CANDIDATES && list[CANDIDATES - 1].estimate >= estimate) return;
    list.push({ peer, estimate });
    // Higher estimate first; equal estimates keep the lower index (the lower code) first.
    list.sort((a, b) => b.estimate - a.estimate || a.peer - b.peer);
    list.length = Math.min(list.length, CANDIDATES);
  };
  for (let i = 0; i < reports.length; i++) {
    for (let j = i + 1; j < reports.length; j++) {
      const estimate = estimatedSimilarity(signatures[i], signatures[j]);
      offer(i, j, estimate);
      offer(j, i, estimate);
    }
  }
  return best.map((list) => list.map(({ peer }) => peer).sort((a, b) => a - b));
}

/** The peers each report is compared with exactly, as indices into `reports` in ascending order. */
function shortlists(reports: readonly NarrativeDocument[]): number[][] {
  if (reports.length > EXACT_LIMIT) return nearestByMinHash(reports);
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
): Map<string, SimilarReport | null> {
  const withText = reports.filter((report) => report.shingles.length).sort((a, b) => a.townshipCode.localeCompare(b.townshipCode));
  const previous = new Map(previousYear.filter((report) => report.shingles.length).map((report) => [report.townshipCode, report]));
  const peers = shortlists(withText);
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
