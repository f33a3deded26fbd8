import { assess } from '../../src/answers/assessment/assess';
import { DEFAULT_CRITERIA } from '../../src/answers/assessment/default-rubric';
import { competitionRanks } from '../../src/answers/assessment/rank';
import { reviewKeyString } from '../../src/answers/assessment/review/review-store';
import { reviewedIssues } from '../../src/answers/assessment/review/reviewed-issues';
import { checkCriteria } from '../../src/answers/assessment/rubric';
import { mostSimilarReports } from '../../src/answers/assessment/similarity/most-similar';
import { shingleSet } from '../../src/answers/assessment/similarity/shingles';
import { hasNarrative, narrativeText } from '../../src/reading/template/narrative';
import { AssessmentSubject, IssueDecision, ReviewStatus } from '../../src/answers/assessment/subject';
import { issueFingerprint } from '../../src/checks/issue-fingerprint';
import { runChecks } from '../../src/checks/run-checks';
import { loadRegionSeed } from '../../src/storage/store/region-seed';
import { CRITERIA, EXPECTED_POINTS, KnownReport, REGION, TOWNSHIPS, YEAR, knownReports, total, type Case } from './known-region';

const townships = loadRegionSeed()
  .filter((region) => region.level === 'TOWNSHIP' && region.countyCode === REGION)
  .map(({ code, name }) => ({ code, name }));

const documents = (reports: readonly KnownReport[]) =>
  reports.map((r) => ({ townshipCode: r.townshipCode, year: r.year, shingles: shingleSet(narrativeText(r.data)) }));

/** The known region as the engine sees it, with the inconsistent township's first error dismissed. */
function subjects(): AssessmentSubject[] {
  const all = knownReports();
  const previous = all.filter((r) => r.year === YEAR - 1);
  const previousOf = (code: string) => previous.find((p) => p.townshipCode === code)?.data;
  const current = all
    .filter((r) => r.year === YEAR)
    .map((r) => ({ ...r, data: { ...r.data, issues: runChecks(r.data, { previous: previousOf(r.townshipCode) }) } }));
  const inconsistent = current.find((r) => r.townshipCode === TOWNSHIPS.inconsistent.code)!.data;
  const decidedAt = new Date('2021-03-01T08:00:00Z');
  const dismissed: IssueDecision = { status: ReviewStatus.DISMISSED, comment: '笔误', reviewer: '王科长', decidedAt };
  const fingerprint = issueFingerprint(inconsistent.issues[0], inconsistent);
  const decisions = new Map([[reviewKeyString({ townshipCode: TOWNSHIPS.inconsistent.code, year: YEAR, fingerprint }), dismissed]]);
  const similar = mostSimilarReports(documents(current), documents(previous));
  return townships.map((township) => {
    const data = current.find((r) => r.townshipCode === township.code)?.data;
    const issues = data && reviewedIssues(township.code, YEAR, data, decisions);
    return {
      township,
      report: data ? { data, issues: issues!, hasNarrative: hasNarrative(data), mostSimilar: similar.get(township.code) ?? null } : null,
    };
  });
}

const rubric = checkCriteria(DEFAULT_CRITERIA);

describe('the scoring engine over a region with known reports', () => {
  const results = assess(rubric, YEAR, subjects());
  const resultOf = (which: Case) => results.find((r) => r.township.code === TOWNSHIPS[which].code)!;

  it('gives every criterion its points', () => {
    for (const [which, points] of Object.entries(EXPECTED_POINTS) as [Case, number[]][]) {
      const result = resultOf(which);
      expect([which, result.criteria.map((c) => [c.key, c.points])]).toEqual([which, CRITERIA.map((key, i) => [key, points[i]])]);
      expect([which, result.total, result.maxTotal]).toEqual([which, total(points), 50]);
    }
  });

  it('ranks by total, ties sharing a rank, and lists townships without a report at 0', () => {
    expect(Object.fromEntries((Object.keys(TOWNSHIPS) as Case[]).map((which) => [which, resultOf(which).rank]))).toEqual({
      clean: 1,
      cleanTwin: 1,
      incomplete: 3,
      corrected: 4,
      late: 5,
      copied: 6,
      inconsistent: 7,
      veryLate: 8,
    });
    const missing = results.filter((r) => !r.reported);
    const known = new Set<string>(Object.values(TOWNSHIPS).map((t) => t.code));
    expect(missing.map((r) => r.township.code)).toEqual(townships.map((t) => t.code).filter((code) => !known.has(code)));
    expect(missing.every((r) => r.total === 0 && r.rank === 9 && r.criteria.every((c) => c.points === 0))).toBe(true);
    expect(results.map((r) => r.rank)).toEqual([...results.map((r) => r.rank)].sort((a, b) => a - b));
  });

  it('names the issues behind the points, dismissed ones costing nothing', () => {
    const evidence = resultOf('inconsistent').criteria.find((c) => c.key === 'arithmetic')!.evidence;
    expect(evidence.map((e) => [e.issue!.issue.rule, e.issue!.review?.status ?? null])).toEqual([
      ['applications.rowTotal', 'DISMISSED'],
      ['applications.outcomeTotal', null],
    ]);
    expect(evidence[0].text).toMatch(/（已由王科长于 2021-03-01 复核排除：笔误，不扣分）$/);
    const originality = resultOf('copied').criteria.find((c) => c.key === 'originality')!;
    expect(originality.evidence[0].text).toBe('叙述部分与朗霞街道 2019 年度报告最相似，相似度 1，超过阈值 0.8，扣 5 分');
  });

  it('is deterministic: the same data in any order gives the same scores', () => {
    expect(assess(rubric, YEAR, [...subjects()].reverse())).toEqual(results);
  });
});

describe('competition ranks', () => {
  it('share a rank on a tie and skip the places the tie takes', () => {
    expect(competitionRanks([3, 5, 5, 1, 3, 0])).toEqual([3, 1, 1, 5, 3, 6]);
    expect(competitionRanks([])).toEqual([]);
  });
});
