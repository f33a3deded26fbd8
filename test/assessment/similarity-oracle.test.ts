/**
 * The oracle of the originality rule's similarity: over every township of 宁波市 and 温州市
 * (353, above EXACT_LIMIT, so MinHash shortlists are used) with the demo generator's reports
 * of two years, the reports above each threshold, and the report each names, are the ones the
 * exhaustive computation of every pair's exact similarity finds. The generated narratives
 * share phrase lists: most pairs are at 0.3–0.5, few above 0.75; copies are added.
 */
import { DEFAULT_CRITERIA } from '../../src/answers/assessment/default-rubric';
import { RuleKind } from '../../src/answers/assessment/rule-kind';
import { checkCriteria } from '../../src/answers/assessment/rubric';
import { similarityFloor } from '../../src/answers/assessment/rules/originality';
import { jaccard } from '../../src/answers/assessment/similarity/jaccard';
import { rowsPerBand } from '../../src/answers/assessment/similarity/lsh';
import {
  EXACT_LIMIT,
  NarrativeDocument,
  SimilarReport,
  mostSimilarReports,
  nearestByMinHash,
} from '../../src/answers/assessment/similarity/most-similar';
import { shingleSet } from '../../src/answers/assessment/similarity/shingles';
import { narrativeText } from '../../src/reading/template/narrative';
import { demoReportData } from '../../src/generator/demo-reports';
import { loadRegionSeed } from '../../src/storage/store/region-seed';

const YEAR = 2024;
const townships = loadRegionSeed().filter((region) => region.level === 'TOWNSHIP' && ['330200', '330300'].includes(region.cityCode ?? ''));
const documents: NarrativeDocument[] = demoReportData(townships, [YEAR - 1, YEAR]).map((report) => ({
  townshipCode: report.townshipCode,
  year: report.year,
  shingles: shingleSet(narrativeText(report.data)),
}));
/**
 * Every twelfth report copies another's (37 further on in code order): it keeps 78–99% of the
 * other's shingles, by a fixed rule, and a few of its own, so that copies fall on both sides
 * of each threshold tried.
 */
function withCopies(reports: readonly NarrativeDocument[]): NarrativeDocument[] {
  return reports.map((report, i) => {
    if (i % 12 !== 0) return report;
    const source = reports[(i + 37) % reports.length].shingles;
    const keepPercent = 78 + (i % 22);
    const kept = source.filter((_, k) => (k * 37) % 100 < keepPercent);
    const own = report.shingles.filter((_, k) => k % 25 === 0);
    return { ...report, shingles: Uint32Array.from(new Set([...kept, ...own])).sort() };
  });
}

const current = withCopies(documents.filter((document) => document.year === YEAR));
const previous = documents.filter((document) => document.year === YEAR - 1);

const round2 = (value: number) => Math.round(value * 100) / 100;

/** Every pair exactly: the own previous report first, then the others in code order; a later one wins only when strictly more similar. */
function exhaustive(): Map<string, SimilarReport> {
  const byCode = [...current].sort((a, b) => a.townshipCode.localeCompare(b.townshipCode));
  return new Map(
    byCode.map((report) => {
      const own = previous.filter((other) => other.townshipCode === report.townshipCode);
      let best: SimilarReport = { townshipCode: '', year: 0, similarity: -1 };
      for (const other of [...own, ...byCode.filter((peer) => peer !== report)]) {
        const similarity = jaccard(report.shingles, other.shingles);
        if (similarity > best.similarity) best = { townshipCode: other.townshipCode, year: other.year, similarity };
      }
      return [report.townshipCode, { ...best, similarity: round2(best.similarity) }];
    }),
  );
}

/** The reports whose most similar report is above the threshold (what costs points), with the report named. */
const above = (found: ReadonlyMap<string, SimilarReport | null>, threshold: number) =>
  [...found].filter(([, similar]) => similar && similar.similarity > threshold);

const originalityCriteria = (threshold: number) => [{ kind: RuleKind.ORIGINALITY, parameters: { threshold } }];

describe('the most similar report against the exhaustive computation', () => {
  const expected = exhaustive();

  it.each([0.6, 0.75, 0.8, 0.85, 0.9])('names the same reports above a threshold of %s, with the rubric floor it gives', (threshold) => {
    expect(current.length).toBeGreaterThan(EXACT_LIMIT);
    const found = mostSimilarReports(current, previous, similarityFloor(originalityCriteria(threshold)));
    expect(above(found, threshold)).toEqual(above(expected, threshold));
  });

  it('finds copies at every threshold tried: the comparison above is not of empty lists', () => {
    expect(above(expected, 0.9).length).toBeGreaterThan(10);
    expect(above(expected, 0.6).length).toBeGreaterThan(100);
  });

  it('with the floor 0 (3 rows per band, as before floors), names a peer of the exact highest similarity for nearly every report', () => {
    expect(rowsPerBand(0)).toBe(3);
    const found = mostSimilarReports(current, previous);
    // The shortlists hold the peers of the highest MinHash estimates: nearly always the exact best.
    const differing = [...found].filter(([code, similar]) => similar?.similarity !== expected.get(code)!.similarity);
    expect(differing.length).toBeLessThan(current.length / 50);
  });

  it("the default rubric's floor, 0.795, compares far fewer pairs than the floor 0", () => {
    const floor = similarityFloor(checkCriteria(DEFAULT_CRITERIA));
    expect(floor).toBeCloseTo(0.795, 10);
    expect(rowsPerBand(floor)).toBe(5);
    const byCode = [...current].sort((a, b) => a.townshipCode.localeCompare(b.townshipCode));
    const all = nearestByMinHash(byCode, 0);
    const strict = nearestByMinHash(byCode, floor);
    expect(strict.estimated * 3).toBeLessThan(all.estimated);
    expect(strict.binsCompared * 3).toBeLessThan(all.binsCompared);
  });

  it('is the lowest originality threshold less the rounding, and below 1 without an originality criterion', () => {
    expect(similarityFloor([])).toBeCloseTo(0.995, 10);
    expect(similarityFloor([{ kind: RuleKind.ORIGINALITY, parameters: { threshold: 0.5 } }, ...originalityCriteria(0.9)])).toBeCloseTo(
      0.495,
      10,
    );
  });
});
