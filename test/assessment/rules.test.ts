import { assess } from '../../src/answers/assessment/assess';
import { CriterionInput, checkCriteria } from '../../src/answers/assessment/rubric';
import { RuleKind } from '../../src/answers/assessment/rule-kind';
import { standing } from '../../src/answers/assessment/rules/percentile';
import type { SimilarReport } from '../../src/answers/assessment/similarity/most-similar';
import { AssessmentSubject, ReviewStatus, ReviewedIssue } from '../../src/answers/assessment/subject';
import { DEFAULT_DEADLINES, type ReportDeadline, regionDeadline } from '../../src/checks/report-deadline';
import { hasNarrative } from '../../src/reading/template/narrative';
import type { ReportData, ReportIssue } from '../../src/reading/template/report-data';

const YEAR = 2020;

function data(overrides: Partial<ReportData> = {}): ReportData {
  return {
    organization: '某镇人民政府',
    year: YEAR,
    template: '2019',
    publishedOn: '2021-01-20',
    sections: { overview: '总体情况', problems: '存在问题', other: '无' },
    issues: [],
    ...overrides,
  };
}

const reviewed = (issue: ReportIssue, status: ReviewStatus | null = null): ReviewedIssue => ({
  issue,
  fingerprint: `${issue.rule}:${issue.cells.join()}`,
  review: status && { status, comment: '理由', reviewer: '李四', decidedAt: new Date('2021-02-01T00:00:00Z') },
});

interface Report {
  data?: ReportData;
  issues?: ReviewedIssue[];
  mostSimilar?: SimilarReport | null;
  townshipDeadline?: ReportDeadline;
}

const subject = (code: string, report: Report | null): AssessmentSubject => ({
  township: { code, name: `${code}镇` },
  report: report && {
    data: report.data ?? data(),
    issues: report.issues ?? [],
    hasNarrative: hasNarrative(report.data ?? data()),
    mostSimilar: report.mostSimilar ?? null,
    townshipDeadline: report.townshipDeadline,
  },
});

/** Points and evidence of one criterion for the first township of `reports`. */
function score(criterion: Omit<CriterionInput, 'key' | 'label'>, ...reports: (Report | null)[]) {
  const [spec] = checkCriteria([{ key: 'item', label: '测试', ...criterion }]);
  const results = assess(
    [spec],
    YEAR,
    reports.map((report, i) => subject(String(i + 1), report)),
  );
  const { points, evidence } = results.find((result) => result.township.code === '1')!.criteria[0];
  return { points, evidence: evidence.map((e) => e.text) };
}

describe('ON_TIME', () => {
  /** 31 January unless the township's county set another date. */
  const basis = DEFAULT_DEADLINES.township.basis;
  const onTime = (publishedOn: string | null, issues: ReviewedIssue[] = [], parameters = {}) =>
    score({ maxPoints: 10, kind: RuleKind.ON_TIME, parameters }, { data: data({ publishedOn }), issues });

  it('deducts for late and for more than veryLateAfterDays late', () => {
    expect(onTime('2021-01-31').points).toBe(10);
    expect(onTime('2021-02-01')).toEqual({ points: 5, evidence: [`2021-02-01 发布，晚于${basis} 2021-01-31 共 1 天，扣 5 分`] });
    expect(onTime('2021-03-02').points).toBe(5); // 30 days
    expect(onTime('2021-03-03')).toEqual({
      points: 0,
      evidence: [`2021-03-03 发布，晚于${basis} 2021-01-31 共 31 天，超过 30 天，扣 10 分`],
    });
  });

  it('counts a report without a date as late', () => {
    expect(onTime(null)).toEqual({
      points: 5,
      evidence: [`报告未注明发布日期，无法认定在${basis} 2021-01-31 前发布，按逾期处理，扣 5 分`],
    });
  });

  it('deducts nothing when the report.late issue was dismissed', () => {
    const late = { rule: 'report.late', severity: 'warning' as const, message: '逾期', cells: ['publishedOn'] };
    expect(onTime('2021-03-15', [reviewed(late, ReviewStatus.CONFIRMED)]).points).toBe(0);
    expect(onTime('2021-03-15', [reviewed(late, ReviewStatus.DISMISSED)])).toEqual({
      points: 10,
      evidence: [`2021-03-15 发布，晚于${basis} 2021-01-31 共 43 天（逾期问题已由李四于 2021-02-01 复核排除：理由，不扣分）`],
    });
  });

  it('takes its deductions from the rubric and the deadline report.late takes: the county’s date when it set one', () => {
    const townshipDeadline = regionDeadline('01-15', '余姚市');
    const parameters = { lateDeduction: 3 };
    expect(
      score({ maxPoints: 10, kind: RuleKind.ON_TIME, parameters }, { data: data({ publishedOn: '2021-01-20' }), townshipDeadline }),
    ).toEqual({
      points: 7,
      evidence: ['2021-01-20 发布，晚于余姚市规定的乡镇（街道）年度报告期限 2021-01-15 共 5 天，扣 3 分'],
    });
    expect(onTime('2021-01-20', [], parameters).points).toBe(10);
  });
});

describe('COMPLETENESS and ARITHMETIC', () => {
  const issue = (rule: string, severity: 'error' | 'warning', n: number): ReportIssue => ({
    rule,
    severity,
    message: `问题${n}`,
    cells: [`cell${n}`],
  });

  it('deduct per missing part, never below 0', () => {
    const missing = [1, 2, 3, 4, 5, 6].map((n) => reviewed(issue('report.sections', 'warning', n)));
    expect(score({ maxPoints: 10, kind: RuleKind.COMPLETENESS }, { issues: missing }).points).toBe(0);
    expect(score({ maxPoints: 10, kind: RuleKind.COMPLETENESS }, { issues: missing.slice(0, 2) }).points).toBe(6);
  });

  it('count errors only, and not the dismissed ones', () => {
    const issues = [
      reviewed(issue('applications.identity', 'error', 1), ReviewStatus.CONFIRMED),
      reviewed(issue('applications.rowTotal', 'error', 2), ReviewStatus.DISMISSED),
      reviewed(issue('cells.blank', 'warning', 3)),
      reviewed(issue('years.carryOver', 'error', 4)),
    ];
    expect(score({ maxPoints: 10, kind: RuleKind.ARITHMETIC }, { issues })).toEqual({
      points: 4,
      evidence: ['问题1（扣 3 分）', '问题2（已由李四于 2021-02-01 复核排除：理由，不扣分）', '问题4（扣 3 分）'],
    });
    expect(score({ maxPoints: 10, kind: RuleKind.ARITHMETIC }, { issues: [] })).toEqual({ points: 10, evidence: ['未发现勾稽关系等错误'] });
  });
});

describe('ORIGINALITY', () => {
  const originality = (report: Report, parameters = {}) => score({ maxPoints: 5, kind: RuleKind.ORIGINALITY, parameters }, report, {});

  it('deducts above the threshold only', () => {
    expect(originality({ mostSimilar: { townshipCode: '2', year: 2020, similarity: 0.8 } })).toEqual({
      points: 5,
      evidence: ['叙述部分与2镇 2020 年度报告最相似，相似度 0.8，未超过阈值 0.8'],
    });
    expect(originality({ mostSimilar: { townshipCode: '2', year: 2020, similarity: 0.81 } }).points).toBe(0);
    expect(originality({ mostSimilar: { townshipCode: '2', year: 2020, similarity: 0.81 } }, { threshold: 0.9 }).points).toBe(5);
  });

  it('cannot credit a report without narrative, and credits one with nothing to compare', () => {
    expect(originality({ data: data({ sections: undefined }) }).points).toBe(0);
    expect(originality({ data: data({ sections: { overview: ' \n', problems: '　' } }) }).points).toBe(0);
    expect(originality({ mostSimilar: null })).toEqual({ points: 5, evidence: ['没有可比对的本乡镇上年报告或同年其他乡镇报告'] });
  });
});

describe('PERCENTILE', () => {
  it('is the share of the other townships beaten, a tie counting half', () => {
    expect(standing(5, [1, 5, 5, 9])).toEqual({ lower: 1, ties: 1, percentile: 1.5 / 3 });
    expect(standing(9, [1, 5, 5, 9]).percentile).toBe(1);
    expect(standing(1, [1, 5, 5, 9]).percentile).toBe(0);
    expect(standing(3, [3, 3, 3]).percentile).toBe(0.5);
    expect(standing(3, [3]).percentile).toBe(1);
  });

  // standing() counted with a filter per township: a minute for the country's 41,000.
  // It now binary-searches the sorted values; it must count exactly as the filter did.
  it('counts lower and tied values by search exactly as by scanning', () => {
    const values = Array.from({ length: 400 }, (_, i) => (i * 7919) % 37).sort((a, b) => a - b);
    for (const value of [...new Set(values), -1, 99]) {
      const lower = values.filter((other) => other < value).length;
      const ties = values.filter((other) => other === value).length - 1;
      expect([value, standing(value, values).lower, standing(value, values).ties]).toEqual([value, lower, ties]);
    }
  });

  it('splits the points over the metrics and gives nothing for a count not stated', () => {
    const channels = (totalActive: number | null, weibo: number | null) => ({
      data: data({ channels: { totalActive, website: 10, wechat: 5, weibo, gazette: null } }),
    });
    const percentile = (...reports: Report[]) => score({ maxPoints: 10, kind: RuleKind.PERCENTILE }, ...reports);
    expect(percentile(channels(300, 1), channels(200, null), channels(null, 0))).toEqual({
      points: 10,
      evidence: [
        '公开平台建设和信息发布情况“主动公开政府信息数” 300：在报送该数的 2 个乡镇中高于 1 个、与 0 个相同，得 5 分（满分 5）',
        '使用的公开渠道数 3：在报送该数的 3 个乡镇中高于 2 个、与 0 个相同，得 5 分（满分 5）',
      ],
    });
    expect(percentile(channels(null, 0), channels(300, 1)).evidence[0]).toBe(
      '报告未报送公开平台建设和信息发布情况“主动公开政府信息数”，此项得 0 分（满分 5）',
    );
    expect(percentile({ data: data() }, channels(1, 1)).points).toBe(0);
    // Townships without a report are not in the comparison.
    const website = { maxPoints: 10, kind: RuleKind.PERCENTILE, parameters: { metrics: ['channels.website'] } };
    expect(score(website, channels(1, 1), null).points).toBe(10);
  });
});

describe('CORRECTED_CASES', () => {
  const cases = (corrected: (number | null)[]) => {
    const groups = corrected.map((n) => ({ maintained: 0, corrected: n, other: 0, pending: 0, total: n }));
    const [review, litigationDirect, litigationAfterReview] = groups;
    return { data: data({ review, litigationDirect, litigationAfterReview }) };
  };

  it('deducts per corrected case in every group, blank counting none', () => {
    const result = score({ maxPoints: 5, kind: RuleKind.CORRECTED_CASES }, cases([1, null, 2]));
    expect(result.points).toBe(0);
    expect(result.evidence).toEqual([
      '表四 行政复议、行政诉讼情况“行政复议”行“结果纠正”列 1 件，扣 2 分',
      expect.stringMatching(/^表四 .*复议后起诉”行“结果纠正”列 2 件，扣 4 分$/),
    ]);
  });

  it('does not penalise a township that received no applications', () => {
    expect(score({ maxPoints: 5, kind: RuleKind.CORRECTED_CASES }, cases([0, 0, 0])).points).toBe(5);
    expect(score({ maxPoints: 5, kind: RuleKind.CORRECTED_CASES }, { data: data() }).points).toBe(5);
  });
});

describe('CHANGED_AFTER_DEADLINE', () => {
  const change = (n: number): ReportIssue => ({
    rule: 'report.changedAfterDeadline',
    severity: 'warning',
    message: `改动${n}`,
    cells: [`applications.newReceived.cell${n}`],
  });
  const changed = (issues: ReviewedIssue[]) =>
    score({ maxPoints: 10, kind: RuleKind.CHANGED_AFTER_DEADLINE, parameters: { deduction: 4 } }, { issues });

  it('deducts once for a report changed after the deadline, listing every change', () => {
    expect(changed([])).toEqual({ points: 10, evidence: ['期限后未改动已发布的数据'] });
    expect(changed([reviewed(change(1)), reviewed(change(2))])).toEqual({
      points: 6,
      evidence: ['期限后改动了 2 处已发布的数据，扣 4 分', '改动1', '改动2'],
    });
  });

  it('deducts nothing when every change was dismissed', () => {
    expect(changed([reviewed(change(1), ReviewStatus.DISMISSED)])).toEqual({
      points: 10,
      evidence: ['改动1（已由李四于 2021-02-01 复核排除：理由）'],
    });
  });
});
