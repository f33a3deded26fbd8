import { GraphQLClient, graphqlClient } from '../support/graphql';
import { TEST_DATABASE_KIND, TestDatabase, openTestDatabase, seedRegions } from '../support/database';
import { reportFixture } from '../support/fixtures';

describe(`an issue's rule by its Chinese name (${TEST_DATABASE_KIND})`, () => {
  let db: TestDatabase;
  let admin: GraphQLClient;
  beforeAll(async () => {
    db = await openTestDatabase();
    await seedRegions(db.dataSource, ['330281']);
    admin = await graphqlClient(db.dataSource);
  });
  afterAll(async () => {
    await admin?.stop();
    await db?.close();
  });

  it('names the blank cells of the real 丈亭镇 report 表格未填', async () => {
    const content = reportFixture('zhangting-2019.txt').toString('utf8');
    const result = await admin.execute<{ previewReport: { report: { issues: { rule: string; ruleName: string }[] } } }>(
      'mutation($input: UploadReportInput!) { previewReport(input: $input) { report { issues { rule ruleName } } } }',
      { input: { townshipCode: '330281109', year: 2019, content } },
    );
    const issues: { rule: string; ruleName: string }[] = result.data!.previewReport.report.issues;
    expect(issues.find((issue) => issue.rule === 'cells.blank')?.ruleName).toBe('表格未填');
    for (const issue of issues) expect(issue.ruleName).not.toBe(issue.rule);
  });
});
