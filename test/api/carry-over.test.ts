import { generateReport } from '../../src/generator/generate-report';
import { renderText } from '../../src/generator/render-text';
import type { ApplicantRow } from '../../src/reading/template/report-data';
import type { IssueAnswer, UploadData } from '../support/report-query';
import { GraphQLClient, graphqlClient } from '../support/graphql';
import { TEST_DATABASE_KIND, TestDatabase, openTestDatabase, seedRegions } from '../support/database';

const LIANGNONG = '330281114';
const ISSUES = `query($year: Int!) { report(townshipCode: "${LIANGNONG}", year: $year) { issues { rule cells message } } }`;
const UPLOAD = `mutation($input: UploadReportInput!) { uploadReport(input: $input) { status issues { rule cells } } }`;

function reportText(year: number, carriedOverNatural: number): string {
  const data = generateReport({ organization: '梁弄镇人民政府', year, template: '2019', seed: `carry-${year}` });
  const apps = data.applications!;
  // Shift the carried-over 自然人 count while keeping this year's own arithmetic intact.
  const delta = carriedOverNatural - apps.carriedOver!.natural!;
  for (const row of [apps.carriedOver!, apps.carriedForward!]) {
    row.natural! += delta;
    row.total! += delta;
  }
  return renderText(data);
}

describe(`years.carryOver across stored years (${TEST_DATABASE_KIND})`, () => {
  let db: TestDatabase;
  let api: GraphQLClient;
  beforeAll(async () => {
    db = await openTestDatabase();
    await seedRegions(db.dataSource, ['330281']);
    api = await graphqlClient(db.dataSource);
  });
  afterAll(async () => {
    await api.stop();
    await db.close();
  });

  const carryIssues = async (year: number) =>
    (await api.execute<{ report: { issues: IssueAnswer[] } }>(ISSUES, { year })).data!.report.issues.filter(
      (issue) => issue.rule === 'years.carryOver',
    );

  it('checks a year against the stored year before, whichever arrives first', async () => {
    // 2020 first: nothing to compare with yet.
    const later = await api.execute<UploadData>(UPLOAD, { input: { townshipCode: LIANGNONG, year: 2020, content: reportText(2020, 9) } });
    expect(later.errors).toBeUndefined();
    expect(await carryIssues(2020)).toEqual([]);

    // 2019 arrives, carrying forward fewer than 2020 says it carried over: 2020 now has the finding.
    const earlier = await api.execute<UploadData>(UPLOAD, { input: { townshipCode: LIANGNONG, year: 2019, content: reportText(2019, 2) } });
    expect(earlier.errors).toBeUndefined();
    const forward2019 = earlier.data!.uploadReport;
    expect(forward2019.status).toBe('CREATED');
    const findings = await carryIssues(2020);
    expect(findings.length).toBeGreaterThan(0);
    expect(findings.flatMap((issue) => issue.cells)).toContain('applications.carriedOver.natural');
    expect(findings[0].message).toMatch(/上年结转/);

    // A new 2020 version that agrees with 2019 clears it.
    const stored2019 = (
      await api.execute<{ report: { applications: { carriedForward: ApplicantRow } } }>(
        `{ report(townshipCode: "${LIANGNONG}", year: 2019) { applications { carriedForward { natural commercial research publicInterest legal other total } } } }`,
      )
    ).data!.report;
    const data = generateReport({
      organization: '梁弄镇人民政府',
      year: 2020,
      template: '2019',
      seed: 'carry-2020',
      carriedOver: stored2019.applications.carriedForward,
    });
    const fixed = await api.execute<UploadData>(UPLOAD, { input: { townshipCode: LIANGNONG, year: 2020, content: renderText(data) } });
    expect(fixed.data!.uploadReport.status).toBe('UPDATED');
    expect(fixed.data!.uploadReport.issues.filter((issue) => issue.rule === 'years.carryOver')).toEqual([]);
    expect(await carryIssues(2020)).toEqual([]);
  });
});
