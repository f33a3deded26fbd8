import { GraphQLClient, graphqlClient } from '../support/graphql';
import { TEST_DATABASE_KIND, TestDatabase, openTestDatabase, seedRegions } from '../support/database';
import { reportFixture } from '../support/fixtures';

describe(`a version's original document (${TEST_DATABASE_KIND})`, () => {
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

  it('gives the uploaded bytes back, byte for byte, in base64', async () => {
    const bytes = reportFixture('zhangting-2019.txt');
    const upload = await admin.execute('mutation($input: UploadReportInput!) { uploadReport(input: $input) { status } }', {
      input: { townshipCode: '330281109', year: 2019, content: bytes.toString('base64'), encoding: 'BASE64' },
    });
    expect(upload.errors).toBeUndefined();
    const result = await admin
      .withToken(null)
      .execute<{ report: { versions: { number: number; format: string; document: string }[] } }>(
        '{ report(townshipCode: "330281109", year: 2019) { versions { number format document } } }',
      );
    const [version] = result.data!.report.versions;
    expect(version.format).toBe('TEXT');
    expect(Buffer.from(version.document, 'base64').equals(bytes)).toBe(true);
  });
});
