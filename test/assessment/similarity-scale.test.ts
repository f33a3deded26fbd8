/**
 * The most similar report in regions too large to compare every pair: a province (~1,400
 * townships) or the country (~41,000). Synthetic shingle sets stand for narratives: unrelated
 * texts, and clusters of near-copies of one text (what the originality rule is there to find).
 */
import { EXACT_LIMIT, NarrativeDocument, mostSimilarReports, nearestByMinHash } from '../../src/answers/assessment/similarity/most-similar';

/** mulberry32: the same sets on every run. */
function randomSource(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32;
  };
}

const code = (i: number) => `9${String(i).padStart(8, '0')}`;

/**
 * `count` reports of 40–100 shingles in code order. One in six starts a cluster of 1–5
 * near-copies, each keeping 55–100% of the original's shingles and topping up with new
 * ones, so its similarity to the original is 0.38–1; copies of the same original resemble
 * each other less. Everything else is unrelated.
 */
function narratives(count: number, seed: number): NarrativeDocument[] {
  const random = randomSource(seed);
  const fresh = () => Math.floor(random() * 2 ** 32);
  const sets: Set<number>[] = [];
  while (sets.length < count) {
    const size = 40 + Math.floor(random() * 60);
    const original = new Set<number>();
    while (original.size < size) original.add(fresh());
    sets.push(original);
    const copies = random() < 1 / 6 ? 1 + Math.floor(random() * 5) : 0;
    for (let c = 0; c < copies && sets.length < count; c++) {
      const keep = 0.55 + 0.45 * random();
      const copy = new Set([...original].filter(() => random() < keep));
      while (copy.size < size) copy.add(fresh());
      sets.push(copy);
    }
  }
  // Copies are spread over the region: a cluster's townships are not neighbours in code order.
  const order = sets.map((_, i) => i).sort((a, b) => ((a * 7919) % count) - ((b * 7919) % count));
  return order.map((from, i) => ({ townshipCode: code(i), year: 2021, shingles: Uint32Array.from(sets[from]).sort() }));
}

/**
 * Each report's most similar peer, exactly, through an index from shingle to reports: every
 * pair that shares a shingle, with |A ∩ B| counted and |A ∪ B| = |A| + |B| − |A ∩ B|.
 * Ties go to the lowest code. Null when no peer shares a shingle.
 */
function exactMostSimilar(reports: readonly NarrativeDocument[]): ({ peer: number; similarity: number } | null)[] {
  const holders = new Map<number, number[]>();
  reports.forEach((report, i) => report.shingles.forEach((shingle) => holders.set(shingle, [...(holders.get(shingle) ?? []), i])));
  return reports.map((report, i) => {
    const shared = new Map<number, number>();
    for (const shingle of report.shingles) for (const j of holders.get(shingle)!) if (j !== i) shared.set(j, (shared.get(j) ?? 0) + 1);
    let best: { peer: number; similarity: number } | null = null;
    for (const [j, both] of shared) {
      const similarity = both / (report.shingles.length + reports[j].shingles.length - both);
      if (!best || similarity > best.similarity || (similarity === best.similarity && j < best.peer)) best = { peer: j, similarity };
    }
    return best;
  });
}

describe('the most similar report in a large region', () => {
  it('is the one an exact comparison of every pair finds, for every report with a peer above 0.5', () => {
    const reports = narratives(3000, 1);
    const exact = exactMostSimilar(reports);
    const found = mostSimilarReports(reports, []);
    const copied = reports.flatMap((report, i) => (exact[i] && exact[i].similarity > 0.5 ? [{ report, best: exact[i] }] : []));
    expect(copied.length).toBeGreaterThan(500);
    for (const { report, best } of copied) {
      expect([report.townshipCode, found.get(report.townshipCode)]).toEqual([
        report.townshipCode,
        { townshipCode: reports[best.peer].townshipCode, year: 2021, similarity: Math.round(best.similarity * 100) / 100 },
      ]);
    }
  });

  it('costs MinHash estimates in proportion to the reports, not to the pairs', () => {
    const small = nearestByMinHash(narratives(1500, 2)).estimated;
    const large = nearestByMinHash(narratives(6000, 3)).estimated;
    // Four times the reports: four times the estimates, where every pair would be sixteen times.
    expect(small).toBeGreaterThan(500);
    expect(large / small).toBeGreaterThan(3);
    expect(large / small).toBeLessThan(5);
    expect(large).toBeLessThan(6000);
  });

  it('names a code neighbour for a report that resembles no other', () => {
    const unrelated = narratives(EXACT_LIMIT + 1, 4).map((report, i) => ({ ...report, shingles: Uint32Array.of(i) }));
    const { peers, estimated } = nearestByMinHash(unrelated);
    expect(estimated).toBe(0);
    expect(peers[0]).toEqual([1]);
    expect(peers[100]).toEqual([99, 101]);
    expect(peers[EXACT_LIMIT]).toEqual([EXACT_LIMIT - 1]);
    expect(mostSimilarReports(unrelated, []).get(code(100))).toEqual({ townshipCode: code(99), year: 2021, similarity: 0 });
  });

  it('among identical copies names the lowest code, and does not estimate every pair of them', () => {
    const reports = narratives(1500, 5);
    const copies = reports.map((_, i) => i).filter((i) => i % 3 === 1);
    const text = Uint32Array.from({ length: 100 }, (_, k) => k);
    for (const i of copies) reports[i] = { ...reports[i], shingles: text };
    const found = mostSimilarReports(reports, []);
    expect(found.get(code(1))).toEqual({ townshipCode: code(4), year: 2021, similarity: 1 });
    for (const i of copies.slice(1)) expect(found.get(code(i))).toEqual({ townshipCode: code(1), year: 2021, similarity: 1 });
    // Every pair of the 500 copies would be 124,750 estimates.
    expect(nearestByMinHash(reports).estimated).toBeLessThan(reports.length);
  });
});
