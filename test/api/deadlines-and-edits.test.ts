import { ApplicationCount, ReportVersion } from '../../entities';
import { generateReport } from '../../src/generator/generate-report';
import { renderText } from '../../src/generator/render-text';
import type { ReportData } from '../../src/reading/template/report-data';
import { reparse } from '../../src/storage/ingest/reparse';
import { requireRegion } from '../../src/storage/store/regions';
import { TEST_DATABASE_KIND, TestDatabase, openTestDatabase, seedRegions } from '../support/database';
import { GraphQLClient, graphqlClient } from '../support/graphql';
import { createTestToken } from '../support/tokens';

const LIANGNONG = { code: '330281114', organization: '梁弄镇人民政府' }; // 余姚市
const DALAN = { code: '330281115', organization: '大岚镇人民政府' }; // 余姚市
const ZONGHAN = { code: '330282002', organization: '宗汉街道办事处' }; // 慈溪市

type Township = typeof LIANGNONG;
type Issue = { rule: string; message: string; cells: string[] };
type Version = { number: number; origin: string; uploadedAt: string; uploadedBy: string | null; isCurrent: boolean };
type Report = { issues: Issue[]; versions: Version[] };
type Criterion = { kind: string; points: number; maxPoints: number; evidence: { text: string }[] };
type Assessed = { township: { code: string }; criteria: Criterion[] };

const UPLOAD = `mutation($input: UploadReportInput!) { uploadReport(input: $input) { status issues { rule message cells } } }`;
const PREVIEW = `mutation($input: UploadReportInput!) { previewReport(input: $input) { issues { rule message cells } } }`;
const REPORT = `query($code: String!, $year: Int!) {
  report(townshipCode: $code, year: $year) { issues { rule message cells } versions { number origin uploadedAt uploadedBy isCurrent } } }`;
const SET_DEADLINE = `mutation($regionCode: String!, $monthDay: String) {
  setTownshipDeadline(regionCode: $regionCode, monthDay: $monthDay) { setting { region { code } monthDay setBy } recheckedReports } }`;
interface SetDeadlineData {
  setTownshipDeadline: { setting: { region: { code: string }; monthDay: string; setBy: string } | null; recheckedReports: number };
}
const ASSESSMENT = `query($year: Int!) {
  assessment(year: $year, regionCode: "3302") { township { code } criteria { kind points maxPoints evidence { text } } } }`;
const RUBRIC = `mutation($input: RubricInput!) { updateRubric(input: $input) { version } }`;

function reportData(township: Township, year: number, publishedOn: string, newReceivedNatural?: number): ReportData {
  const data = generateReport({
    organization: township.organization,
    year,
    template: year >= 2021 ? '2021' : '2019',
    seed: 'deadline',
    publishedOn,
  });
  if (newReceivedNatural !== undefined) {
    // One applicant more or less, kept consistent: received, processed as granted, and the totals.
    const apps = data.applications!;
    const delta = newReceivedNatural - apps.newReceived!.natural!;
    for (const row of [apps.newReceived!, apps.granted!, apps.totalProcessed!]) {
      row.natural! += delta;
      row.total! += delta;
    }
  }
  return data;
}

describe(`deadlines by region and edits after publication (${TEST_DATABASE_KIND})`, () => {
  let db: TestDatabase;
  let api: GraphQLClient;
  beforeAll(async () => {
    db = await openTestDatabase();
    await seedRegions(db.dataSource, ['3302']);
    api = await graphqlClient(db.dataSource);
  });
  afterAll(async () => {
    await api.stop();
    await db.close();
  });

  const upload = async (client: GraphQLClient, township: Township, year: number, data: ReportData) => {
    const result = await client.execute<{ uploadReport: { issues: Issue[] } }>(UPLOAD, {
      input: { townshipCode: township.code, year, content: renderText(data) },
    });
    expect(result.errors).toBeUndefined();
    return result.data!.uploadReport.issues;
  };
  const report = async (township: Township, year: number): Promise<Report> => {
    const result = await api.execute<{ report: Report }>(REPORT, { code: township.code, year });
    expect(result.errors).toBeUndefined();
    return result.data!.report;
  };
  const issuesOf = async (township: Township, year: number, rule: string) =>
    (await report(township, year)).issues.filter((i) => i.rule === rule);
  /** Stored versions dated as if uploaded at `at`: what the hub's own clock cannot make in a test. */
  const reportId = async (township: Township, year: number): Promise<number> => {
    const [row] = await db.dataSource.query<{ id: number }[]>('SELECT id FROM reports WHERE township_code = ? AND year = ?', [
      township.code,
      year,
    ]);
    return row.id;
  };
  const backdate = async (township: Township, year: number, at: string) => {
    const id = await reportId(township, year);
    await db.dataSource
      .createQueryBuilder()
      .update(ReportVersion)
      .set({ uploadedAt: new Date(at) })
      .where({ reportId: id })
      .execute();
  };

  it('takes a county’s date for its townships in report.late, previews and ON_TIME, and not for another county’s', async () => {
    // Published 2023-02-10: ten days after the default 31 January.
    await upload(api, LIANGNONG, 2022, reportData(LIANGNONG, 2022, '2023-02-10'));
    await upload(api, ZONGHAN, 2022, reportData(ZONGHAN, 2022, '2023-02-10'));
    expect((await issuesOf(LIANGNONG, 2022, 'report.late'))[0].message).toContain('2023-01-31 共 10 天（《政府信息公开条例》第四十九条）');

    const set = await api.execute<SetDeadlineData>(SET_DEADLINE, { regionCode: '330281', monthDay: '02-20' });
    expect(set.errors).toBeUndefined();
    expect(set.data!.setTownshipDeadline).toEqual({
      setting: { region: { code: '330281' }, monthDay: '02-20', setBy: '管理员（HUB_ADMIN_TOKEN）' },
      recheckedReports: 1,
    });
    expect(await issuesOf(LIANGNONG, 2022, 'report.late')).toEqual([]);
    expect((await issuesOf(ZONGHAN, 2022, 'report.late'))[0].message).toContain(
      '晚于乡镇（街道）年度报告的期限（由县级人民政府确定，未另定的为1月31日） 2023-01-31 共 10 天',
    );

    // A new reading (a preview) under 余姚市 takes the date too, and names it.
    const preview = await api.execute<{ previewReport: { issues: Issue[] } }>(PREVIEW, {
      input: { townshipCode: DALAN.code, year: 2022, content: renderText(reportData(DALAN, 2022, '2023-02-22')) },
    });
    expect(preview.data!.previewReport.issues.filter((i) => i.rule === 'report.late').map((i) => i.message)).toEqual([
      '2022年度报告发布于 2023-02-22，晚于余姚市规定的乡镇（街道）年度报告期限 2023-02-20 共 2 天（《政府信息公开条例》第四十九条）',
    ]);

    const rubric = await api.execute(RUBRIC, {
      input: {
        regionCode: '3302',
        year: 2022,
        criteria: [{ key: 'timeliness', label: '按时发布', maxPoints: 10, kind: 'ON_TIME', parameters: {} }],
      },
    });
    expect(rubric.errors).toBeUndefined();
    const scores = (await api.execute<{ assessment: Assessed[] }>(ASSESSMENT, { year: 2022 })).data!.assessment;
    const onTime = (code: string) => scores.find((s) => s.township.code === code)!.criteria[0];
    expect(onTime(LIANGNONG.code).points).toBe(10);
    expect(onTime(LIANGNONG.code).evidence[0].text).toBe('2023-02-10 发布，未超过余姚市规定的乡镇（街道）年度报告期限 2023-02-20');
    expect(onTime(ZONGHAN.code).points).toBe(5);

    // Only an ADMIN sets it; clearing brings the default back.
    const clerk = api.withToken(await createTestToken(api, '梁弄镇文书', 'UPLOADER', [LIANGNONG.code]));
    expect((await clerk.execute(SET_DEADLINE, { regionCode: '330281', monthDay: '03-01' })).errors![0].extensions!.code).toBe('FORBIDDEN');
    expect((await api.execute(SET_DEADLINE, { regionCode: '330281', monthDay: '02-30' })).errors![0].message).toContain('「02-30」');
    expect((await api.execute<SetDeadlineData>(SET_DEADLINE, { regionCode: '330281', monthDay: null })).data!.setTownshipDeadline).toEqual({
      setting: null,
      recheckedReports: 1,
    });
    expect(await issuesOf(LIANGNONG, 2022, 'report.late')).toHaveLength(1);
  });

  it('raises report.changedAfterDeadline, old → new, for an upload after the deadline that changes published values, and lists who uploaded each version', async () => {
    const clerk = api.withToken(await createTestToken(api, '梁弄镇档案员', 'UPLOADER', [LIANGNONG.code]));
    await upload(clerk, LIANGNONG, 2021, reportData(LIANGNONG, 2021, '2022-01-20', 5));
    await backdate(LIANGNONG, 2021, '2022-01-25T02:00:00Z');
    const issues = await upload(clerk, LIANGNONG, 2021, reportData(LIANGNONG, 2021, '2022-01-20', 7));
    const changed = issues.filter((i) => i.rule === 'report.changedAfterDeadline');
    expect(changed.map((i) => i.cells[0])).toEqual([
      'applications.newReceived.natural',
      'applications.newReceived.total',
      'applications.granted.natural',
      'applications.granted.total',
      'applications.totalProcessed.natural',
      'applications.totalProcessed.total',
    ]);
    expect(changed[0].message).toMatch(/^期限 2022-01-31 后上传的版本改动了期限时（第 1 版）已发布的数据：表三.*自然人.* 5 → 7$/);

    const { versions } = await report(LIANGNONG, 2021);
    expect(versions.map(({ number, origin, uploadedBy, isCurrent }) => ({ number, origin, uploadedBy, isCurrent }))).toEqual([
      { number: 1, origin: 'UPLOAD', uploadedBy: '梁弄镇档案员', isCurrent: false },
      { number: 2, origin: 'UPLOAD', uploadedBy: '梁弄镇档案员', isCurrent: true },
    ]);
    expect(new Date(versions[0].uploadedAt).toISOString()).toBe('2022-01-25T02:00:00.000Z');

    // A rubric deducts for it, once per report.
    const criteria = [{ key: 'unchanged', label: '发布后不改动', maxPoints: 10, kind: 'CHANGED_AFTER_DEADLINE', parameters: {} }];
    expect((await api.execute(RUBRIC, { input: { regionCode: '3302', year: 2021, criteria } })).errors).toBeUndefined();
    const scores = (await api.execute<{ assessment: Assessed[] }>(ASSESSMENT, { year: 2021 })).data!.assessment;
    const liangnong = scores.find((s) => s.township.code === LIANGNONG.code)!.criteria[0];
    expect([liangnong.points, liangnong.evidence[0].text]).toEqual([5, '期限后改动了 6 处已发布的数据，扣 5 分']);
  });

  it('raises nothing for an upload made by the deadline', async () => {
    // This year's report is due next year: any upload today is before its deadline.
    const year = new Date().getUTCFullYear();
    await upload(api, DALAN, year, reportData(DALAN, year, `${year + 1}-01-10`, 5));
    const issues = await upload(api, DALAN, year, reportData(DALAN, year, `${year + 1}-01-10`, 7));
    expect(issues.filter((i) => i.rule === 'report.changedAfterDeadline')).toEqual([]);
    expect((await report(DALAN, year)).versions.map((v) => v.uploadedBy)).toEqual([
      '管理员（HUB_ADMIN_TOKEN）',
      '管理员（HUB_ADMIN_TOKEN）',
    ]);
  });

  it('raises nothing for a re-read of a document uploaded by the deadline, whatever the re-read changes', async () => {
    await upload(api, ZONGHAN, 2021, reportData(ZONGHAN, 2021, '2022-01-20', 5));
    await backdate(ZONGHAN, 2021, '2022-01-25T02:00:00Z');
    // As an older parser might have misread it: the stored reading says 6, the document 5.
    const version = await db.dataSource.manager.findOneByOrFail(ReportVersion, { reportId: await reportId(ZONGHAN, 2021) });
    const id = version.id;
    await db.dataSource
      .createQueryBuilder()
      .update(ApplicationCount)
      .set({ natural: 6 })
      .where({ versionId: id, rowKey: 'newReceived' })
      .execute();
    await db.dataSource.createQueryBuilder().update(ReportVersion).set({ parserVersion: 0 }).where({ id }).execute();

    const [result] = await reparse(db.dataSource, {
      region: await requireRegion(db.dataSource.manager, '330282'),
      year: 2021,
      dryRun: false,
    });
    expect(result.outcome).toBe('CHANGED');
    const stored = await report(ZONGHAN, 2021);
    expect(stored.versions.map(({ origin, uploadedBy }) => ({ origin, uploadedBy }))).toEqual([
      { origin: 'UPLOAD', uploadedBy: '管理员（HUB_ADMIN_TOKEN）' },
      { origin: 'REPARSE', uploadedBy: '管理员（HUB_ADMIN_TOKEN）' },
    ]);
    expect(stored.issues.filter((i) => i.rule === 'report.changedAfterDeadline')).toEqual([]);
  });
});
