import { DEFAULT_DEADLINES } from '../../src/checks/report-deadline';
import { ENV_ADMIN } from '../../src/api/auth/actor';
import { DEFAULT_CRITERIA } from '../../src/answers/assessment/default-rubric';
import { DEMO_YEARS, loadDemoIfEmpty } from '../../src/demo/load-demo';
import { seedDemoRubricsIfEmpty } from '../../src/demo/seed-rubrics';
import { renderText } from '../../src/generator/render-text';
import type { ReportData } from '../../src/reading/template/report-data';
import {
  CRITERIA,
  EXPECTED_POINTS,
  REGION,
  TOWNSHIPS,
  YEAR,
  cleanCorrected,
  inconsistent,
  knownReports,
  total,
  type Case,
} from '../assessment/known-region';
import { TEST_DATABASE_KIND, TestDatabase, openTestDatabase, seedRegions } from '../support/database';
import { GraphQLClient, graphqlClient } from '../support/graphql';
import { createTestToken } from '../support/tokens';

const ASSESSMENT = `
  query($year: Int!, $regionCode: String!, $rubricVersion: Int) {
    assessment(year: $year, regionCode: $regionCode, rubricVersion: $rubricVersion) {
      township { code name } reported total maxTotal rank rubricVersion
      criteria { key label kind points maxPoints evidence { text issue { rule fingerprint review { status comment reviewer } } } }
    }
  }`;
const UPLOAD = `mutation($input: UploadReportInput!) { uploadReport(input: $input) { status } }`;
const ISSUES = `
  query($code: String!, $year: Int!) {
    report(townshipCode: $code, year: $year) { issues { rule severity cells fingerprint review { status comment reviewer decidedAt } } }
  }`;
const REVIEW = `
  mutation($input: ReviewIssueInput!) {
    reviewIssue(input: $input) { rule fingerprint review { status comment reviewer decidedAt } }
  }`;
const UPDATE_RUBRIC = `
  mutation($input: RubricInput!) {
    updateRubric(input: $input) { regionCode year version note createdBy maxTotal criteria { key label maxPoints kind parameters } }
  }`;

type Review = { status: string; comment: string; reviewer: string; decidedAt: string };
type Evidence = { text: string; issue: { rule: string; fingerprint: string; review: Review | null } | null };
type Criterion = { key: string; points: number; maxPoints: number; evidence: Evidence[] };
type Result = {
  township: { code: string; name: string };
  reported: boolean;
  total: number;
  rank: number;
  rubricVersion: number;
  criteria: Criterion[];
};
type Issue = { rule: string; severity: string; fingerprint: string; review: Review | null };
type IssuesData = { report: { issues: Issue[] } };

describe(`the assessment (${TEST_DATABASE_KIND})`, () => {
  let db: TestDatabase;
  let api: GraphQLClient;

  const ok = async <T>(query: string, variables?: Record<string, unknown>): Promise<T> => {
    const result = await api.execute<T>(query, variables);
    expect(result.errors).toBeUndefined();
    return result.data!;
  };
  const upload = async (townshipCode: string, year: number, data: ReportData, publishedOn?: string) =>
    (await ok<{ uploadReport: { status: string } }>(UPLOAD, { input: { townshipCode, year, content: renderText(data), publishedOn } }))
      .uploadReport.status;
  const assessment = async (rubricVersion?: number, regionCode = REGION): Promise<Result[]> =>
    (await ok<{ assessment: Result[] }>(ASSESSMENT, { year: YEAR, regionCode, rubricVersion })).assessment;
  const resultOf = (results: Result[], which: Case) => results.find((result) => result.township.code === TOWNSHIPS[which].code)!;
  const criterion = (results: Result[], which: Case, key: string) => resultOf(results, which).criteria.find((c) => c.key === key)!;
  const errors = async (which: Case): Promise<Issue[]> =>
    (await ok<IssuesData>(ISSUES, { code: TOWNSHIPS[which].code, year: YEAR })).report.issues.filter((issue) => issue.severity === 'ERROR');
  /** Who decides is the token's holder: an evaluator's token named 王科长 here, else the admin's. */
  const review = (which: Case, fingerprint: string, status: string, comment?: string, by: GraphQLClient = api) =>
    by.execute<{ reviewIssue: Issue & { review: Review } }>(REVIEW, {
      input: { townshipCode: TOWNSHIPS[which].code, year: YEAR, fingerprint, status, comment },
    });
  let wang: GraphQLClient;

  beforeAll(async () => {
    db = await openTestDatabase();
    await seedRegions(db.dataSource, ['3302']);
    api = await graphqlClient(db.dataSource);
    wang = api.withToken(await createTestToken(api, '王科长', 'EVALUATOR'));
    for (const { townshipCode, year, data } of knownReports()) expect(await upload(townshipCode, year, data)).toBe('CREATED');
    expect(await seedDemoRubricsIfEmpty(db.dataSource)).toBe(2);
    expect(await seedDemoRubricsIfEmpty(db.dataSource)).toBe(0);
  });
  afterAll(async () => {
    await api.stop();
    await db.close();
  });

  it('records a decision on an issue, with who and when', async () => {
    const [first, second] = await errors('inconsistent');
    expect([first.rule, second.rule]).toEqual(['applications.rowTotal', 'applications.outcomeTotal']);
    expect(first.review).toBeNull();
    const decided = await review('inconsistent', first.fingerprint, 'DISMISSED', '法律服务机构一栏为笔误，已电话核实', wang);
    expect(decided.errors).toBeUndefined();
    expect(decided.data!.reviewIssue).toMatchObject({
      rule: 'applications.rowTotal',
      fingerprint: first.fingerprint,
      review: { status: 'DISMISSED', reviewer: '王科长' },
    });
    // When, to the second, as stored: the format and the read-back say so without reading the clock.
    const { decidedAt } = decided.data!.reviewIssue.review;
    expect(decidedAt).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.000Z$/);
    const confirmed = await review('inconsistent', second.fingerprint, 'CONFIRMED');
    expect(confirmed.data!.reviewIssue.review).toMatchObject({ status: 'CONFIRMED', comment: '', reviewer: ENV_ADMIN.name }); // the acting token's holder
    const stored = await errors('inconsistent');
    expect(stored.map((issue) => issue.review?.status)).toEqual(['DISMISSED', 'CONFIRMED']);
    expect(stored[0].review!.comment).toBe('法律服务机构一栏为笔误，已电话核实');
    expect(stored[0].review!.decidedAt).toBe(decidedAt);
  });

  it('rejects a dismissal without a reason, and an issue the report does not have', async () => {
    const [first] = await errors('inconsistent');
    const bare = await review('inconsistent', first.fingerprint, 'DISMISSED', '  ');
    expect(bare.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'comment' });
    const unknown = await review('inconsistent', '0'.repeat(32), 'CONFIRMED');
    expect(unknown.errors![0].extensions!.code).toBe('NOT_FOUND');
    expect(unknown.errors![0].message).toContain('临山镇');
    const noReport = await review('clean', first.fingerprint, 'CONFIRMED');
    expect(noReport.errors![0].extensions!.code).toBe('NOT_FOUND');
  });

  it('scores every criterion of every township, with evidence, and ranks them with ties', async () => {
    const results = await assessment();
    expect(results).toHaveLength(21);
    for (const [which, points] of Object.entries(EXPECTED_POINTS) as [Case, number[]][]) {
      const result = resultOf(results, which);
      expect([which, result.criteria.map((c) => c.key)]).toEqual([which, [...CRITERIA]]);
      expect([which, result.criteria.map((c) => c.points)]).toEqual([which, points]);
      expect([which, result.total, result.reported, result.rubricVersion]).toEqual([which, total(points), true, 1]);
    }
    const ranks = Object.fromEntries((Object.keys(TOWNSHIPS) as Case[]).map((which) => [which, resultOf(results, which).rank]));
    expect(ranks).toEqual({ clean: 1, cleanTwin: 1, incomplete: 3, corrected: 4, late: 5, copied: 6, inconsistent: 7, veryLate: 8 });
    const missing = results.filter((result) => !result.reported);
    expect(missing).toHaveLength(13);
    for (const result of missing) {
      expect([result.township.name, result.total, result.rank]).toEqual([result.township.name, 0, 9]);
      expect(result.criteria.every((c) => c.points === 0 && c.evidence[0].text === '未发布 2020 年度报告，整个考核得 0 分')).toBe(true);
    }
    expect(results.map((result) => result.rank)).toEqual([...results.map((result) => result.rank)].sort((a, b) => a - b));
    expect(results[0].criteria.map((c) => c.maxPoints)).toEqual([10, 10, 10, 5, 10, 5]);
    expect(results.every((result) => result.rubricVersion === 1)).toBe(true);
  });

  it('says, in Chinese, what moved the points', async () => {
    const results = await assessment();
    const texts = (which: Case, key: string) => criterion(results, which, key).evidence.map((e) => e.text);
    // 31 January: 余姚市 set no date of its own.
    const deadline = `${DEFAULT_DEADLINES.township.basis} 2021-01-31`;
    expect(texts('clean', 'timeliness')).toEqual([`2021-01-20 发布，未超过${deadline}`]);
    expect(texts('late', 'timeliness')).toEqual([`2021-02-15 发布，晚于${deadline} 共 15 天，扣 5 分`]);
    expect(texts('veryLate', 'timeliness')).toEqual([`2021-03-15 发布，晚于${deadline} 共 43 天，超过 30 天，扣 10 分`]);
    expect(texts('incomplete', 'completeness')).toEqual([
      '缺少“其他需要报告的事项”部分（扣 2 分）',
      '缺少表四 行政复议、行政诉讼情况（扣 2 分）',
    ]);
    expect(texts('clean', 'completeness')).toEqual(['三部分叙述和表二、表三、表四齐全']);
    expect(texts('copied', 'originality')).toEqual(['叙述部分与朗霞街道 2019 年度报告最相似，相似度 1，超过阈值 0.8，扣 5 分']);
    expect(texts('clean', 'originality')[0]).toMatch(/^叙述部分与.+ 2020 年度报告最相似，相似度 0\.\d+，未超过阈值 0\.8$/);
    const arithmetic = criterion(results, 'inconsistent', 'arithmetic').evidence;
    expect(arithmetic.map((e) => [e.issue!.rule, e.issue!.review!.status])).toEqual([
      ['applications.rowTotal', 'DISMISSED'],
      ['applications.outcomeTotal', 'CONFIRMED'],
    ]);
    expect(arithmetic[0].text).toMatch(/（已由王科长于 \d{4}-\d{2}-\d{2} 复核排除：法律服务机构一栏为笔误，已电话核实，不扣分）$/);
    expect(arithmetic[1].text).toMatch(/^表三 .*（扣 3 分）$/);
    expect(texts('inconsistent', 'disclosure')).toEqual([
      '报告未报送公开平台建设和信息发布情况“主动公开政府信息数”，此项得 0 分（满分 5）',
      '使用的公开渠道数 2：在报送该数的 8 个乡镇中高于 0 个、与 3 个相同，得 1.07 分（满分 5）',
    ]);
    expect(texts('clean', 'disclosure')).toEqual([
      '公开平台建设和信息发布情况“主动公开政府信息数” 500：在报送该数的 7 个乡镇中高于 5 个、与 1 个相同，得 4.58 分（满分 5）',
      '使用的公开渠道数 4：在报送该数的 8 个乡镇中高于 6 个、与 1 个相同，得 4.64 分（满分 5）',
    ]);
    expect(texts('corrected', 'applications')).toEqual(['表四 行政复议、行政诉讼情况“行政复议”行“结果纠正”列 1 件，扣 2 分']);
    expect(texts('clean', 'applications')).toEqual(['没有结果被纠正的行政复议、行政诉讼案件']);
  });

  it('is the same on every query of the same data and rubric', async () => {
    expect(await assessment()).toEqual(await assessment());
  });

  it('keeps a decision through a re-upload with the same values, and drops it when they change', async () => {
    const { code } = TOWNSHIPS.inconsistent;
    const dismissed = (await errors('inconsistent'))[0].fingerprint;
    // The same tables with another publication date: a new version, the same issues.
    expect(await upload(code, YEAR, inconsistent(1, '2021-01-21'))).toBe('UPDATED');
    const again = await errors('inconsistent');
    expect(again[0]).toMatchObject({ fingerprint: dismissed, review: { status: 'DISMISSED', reviewer: '王科长' } });
    expect(criterion(await assessment(), 'inconsistent', 'arithmetic').points).toBe(7);
    // 予以公开 总计 now off by 2: the same rules, other values, so other issues with no decision.
    expect(await upload(code, YEAR, inconsistent(2))).toBe('UPDATED');
    const changed = await errors('inconsistent');
    expect(changed.map((issue) => issue.rule)).toEqual(['applications.rowTotal', 'applications.outcomeTotal']);
    expect(changed.map((issue) => issue.fingerprint)).not.toContain(dismissed);
    expect(changed.map((issue) => issue.review)).toEqual([null, null]);
    expect(criterion(await assessment(), 'inconsistent', 'arithmetic').points).toBe(4);
    // Back to the first values: the first decision holds again.
    expect(await upload(code, YEAR, inconsistent(1))).toBe('UPDATED');
    expect(criterion(await assessment(), 'inconsistent', 'arithmetic').points).toBe(7);
  });

  it('follows a new version of a report', async () => {
    expect(criterion(await assessment(), 'corrected', 'applications').points).toBe(3);
    expect(await upload(TOWNSHIPS.corrected.code, YEAR, cleanCorrected())).toBe('UPDATED');
    const results = await assessment();
    expect(criterion(results, 'corrected', 'applications').points).toBe(5);
    expect(resultOf(results, 'corrected').total).toBe(total(EXPECTED_POINTS.corrected) + 2);
  });

  it('stores a rubric edit as a new version and still scores the old one', async () => {
    const before = await assessment();
    const criteria = DEFAULT_CRITERIA.map((c) =>
      c.key === 'arithmetic' ? { ...c, maxPoints: 20, parameters: { deductionPerIssue: 5 } } : c,
    );
    const input = { regionCode: '330281', year: YEAR, criteria, note: '数据准确提高到 20 分' };
    const office = api.withToken(await createTestToken(api, '市政务公开办', 'EVALUATOR'));
    const stored = await office.execute<{ updateRubric: { criteria: { key: string; parameters: unknown }[] } }>(UPDATE_RUBRIC, { input });
    expect(stored.errors).toBeUndefined();
    const edited = stored.data!.updateRubric;
    expect(edited).toMatchObject({
      regionCode: '330281',
      year: YEAR,
      version: 2,
      note: '数据准确提高到 20 分',
      createdBy: '市政务公开办',
      maxTotal: 60,
    });
    const timeliness = edited.criteria.find((c) => c.key === 'timeliness')!;
    expect(timeliness.parameters).toEqual({ lateDeduction: 5, veryLateDeduction: 10, veryLateAfterDays: 30 });
    const latest = await assessment();
    expect(latest.every((result) => result.rubricVersion === 2)).toBe(true);
    expect(criterion(latest, 'inconsistent', 'arithmetic')).toMatchObject({ points: 15, maxPoints: 20 });
    expect(criterion(latest, 'clean', 'arithmetic').points).toBe(20);
    expect(await assessment(1)).toEqual(before);
    const versions = (await ok<{ rubrics: unknown[] }>(`{ rubrics(regionCode: "330281", year: ${YEAR}) { version createdBy } }`)).rubrics;
    expect(versions).toEqual([
      { version: 1, createdBy: '系统' },
      { version: 2, createdBy: '市政务公开办' },
    ]);
    const first = await ok<{ rubric: unknown }>(`{ rubric(regionCode: "330281", year: ${YEAR}, version: 1) { version maxTotal } }`);
    expect(first.rubric).toEqual({ version: 1, maxTotal: 50 });
    expect((await ok<{ rubric: unknown }>(`{ rubric(regionCode: "330200", year: ${YEAR}) { version } }`)).rubric).toBeNull();
  });

  it('rejects a bad rubric with an error naming the field', async () => {
    const cases: [Record<string, unknown>, string][] = [
      [{ parameters: { threshold: 1.5 } }, 'criteria[3].parameters.threshold'],
      [{ parameters: { deductionPerIssue: 3 } }, 'criteria[3].parameters.deductionPerIssue'],
      [{ key: 'timeliness' }, 'criteria[3].key'],
      [{ maxPoints: 0 }, 'criteria[3].maxPoints'],
    ];
    for (const [change, field] of cases) {
      const criteria = DEFAULT_CRITERIA.map((c, i) => (i === 3 ? { ...c, ...change } : c));
      const result = await api.execute(UPDATE_RUBRIC, { input: { regionCode: '330281', year: YEAR, criteria } });
      expect([field, result.errors?.[0].extensions]).toEqual([field, expect.objectContaining({ code: 'BAD_USER_INPUT', field })]);
      expect(result.errors![0].message).toContain(field);
    }
    const metrics = DEFAULT_CRITERIA.map((c) => (c.key === 'disclosure' ? { ...c, parameters: { metrics: ['channels.fax'] } } : c));
    const bad = await api.execute(UPDATE_RUBRIC, { input: { regionCode: '330281', year: YEAR, criteria: metrics } });
    expect(bad.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'criteria[4].parameters.metrics' });
    expect((await ok<{ rubrics: unknown[] }>(`{ rubrics(regionCode: "330281", year: ${YEAR}) { version } }`)).rubrics).toHaveLength(2);
  });

  it('says when the region has no rubric for the year', async () => {
    const result = await api.execute(ASSESSMENT, { year: 2018, regionCode: REGION });
    expect(result.errors![0].extensions!.code).toBe('NOT_FOUND');
    expect(result.errors![0].message).toBe('余姚市（330281）没有 2018 年度的考核细则');
    const version = await api.execute(ASSESSMENT, { year: YEAR, regionCode: REGION, rubricVersion: 9 });
    expect(version.errors![0].message).toBe('余姚市（330281）没有 2020 年度的考核细则第 9 版');
  });

  it('says first that a code names no region, then that the year is out of range', async () => {
    const codes = async (variables: { year: number; regionCode: string }) =>
      (await api.execute(ASSESSMENT, variables)).errors!.map((error) => error.extensions!.code);
    expect(await codes({ year: 1999, regionCode: '339999' })).toEqual(['UNKNOWN_REGION']);
    expect(await codes({ year: YEAR, regionCode: 'not a code' })).toEqual(['UNKNOWN_REGION']);
    expect(await codes({ year: 1999, regionCode: REGION })).toEqual(['YEAR_OUT_OF_RANGE']);
    expect(await codes({ year: 2018, regionCode: ` ${REGION} ` })).toEqual(['NOT_FOUND']);
  });

  it('costs a fixed number of SQL statements, however many townships', async () => {
    await ok(UPDATE_RUBRIC, { input: { regionCode: '330200', year: YEAR, criteria: DEFAULT_CRITERIA } });
    // Asked once before, so that the similarity has shingled every narrative (a new one's text is one statement more).
    await api.execute(ASSESSMENT, { year: YEAR, regionCode: REGION });
    const county = await api.execute<{ assessment: Result[] }>(ASSESSMENT, { year: YEAR, regionCode: REGION });
    const city = await api.execute<{ assessment: Result[] }>(ASSESSMENT, { year: YEAR, regionCode: '330200' });
    expect(county.data!.assessment).toHaveLength(21);
    expect(city.data!.assessment.length).toBeGreaterThan(100);
    // The region with its rubric, then from the read model: townships with their rows and narratives' digests, issues; the decisions; the deadlines.
    expect(county.statements).toHaveLength(5);
    expect(city.statements).toHaveLength(county.statements.length);
    // A report's cells come from its one report_values row, never from the entity tables' rows, nor its narrative's text.
    const entityTables = /\b(disclosure_items|application_counts|case_outcomes|publication_counts|narrative_sections)\b/;
    expect(city.statements.filter((statement) => entityTables.test(statement))).toEqual([]);
    expect(city.statements.filter((statement) => statement.includes('report_values'))).toHaveLength(2);
  });

  it("loads every issue's review with one statement", async () => {
    const bare = await api.execute(`{ report(townshipCode: "${TOWNSHIPS.inconsistent.code}", year: ${YEAR}) { issues { rule } } }`);
    const reviewed = await api.execute<IssuesData>(ISSUES, { code: TOWNSHIPS.inconsistent.code, year: YEAR });
    expect(reviewed.data!.report.issues.length).toBeGreaterThan(1);
    expect(reviewed.statements).toHaveLength(bare.statements.length + 1);
  });
});

describe(`the assessment of the demo city (${TEST_DATABASE_KIND})`, () => {
  let db: TestDatabase;
  let api: GraphQLClient;
  beforeAll(async () => {
    db = await openTestDatabase();
    await seedRegions(db.dataSource, ['330281']);
    await loadDemoIfEmpty(db.dataSource);
    await seedDemoRubricsIfEmpty(db.dataSource);
    api = await graphqlClient(db.dataSource);
  });
  afterAll(async () => {
    await api.stop();
    await db.close();
  });

  it('scores out of the box, every demo year, with no generated report taken for a copy', async () => {
    for (const year of DEMO_YEARS) {
      const result = await api.execute<{ assessment: Result[] }>(ASSESSMENT, { year, regionCode: '330281' });
      expect(result.errors).toBeUndefined();
      const results = result.data!.assessment;
      expect(results).toHaveLength(21);
      expect(results.filter((r) => r.reported)).toHaveLength(year === 2019 ? 21 : 20);
      // The generator builds prose from shared phrase lists: its reports resemble each other, but stay below the threshold.
      for (const r of results.filter((r) => r.reported)) {
        expect([r.township.name, r.criteria.find((c) => c.key === 'originality')!.points]).toEqual([r.township.name, 5]);
      }
    }
  });
});
