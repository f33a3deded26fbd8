import { Report, ReportVersion } from '../../entities';
import { GraphQLClient, graphqlClient } from '../support/graphql';
import { TEST_DATABASE_KIND, TestDatabase, openTestDatabase, seedRegions } from '../support/database';
import { reportFixture } from '../support/fixtures';

const ZHANGTING = '330281109';
const text = reportFixture('zhangting-2019.txt').toString('utf8');
type UploadStatus = { uploadReport: { status: string } };
const UPLOAD = 'mutation($input: UploadReportInput!) { uploadReport(input: $input) { status } }';
const CONCURRENT = 50;

describe(`concurrent uploads of one township and year (${TEST_DATABASE_KIND})`, () => {
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

  it(`${CONCURRENT} different documents at once: one report, versions 1..${CONCURRENT}, no error to any client`, async () => {
    // Each a different document: a note appended at the end, which the reading keeps out of the tables.
    const contents = Array.from({ length: CONCURRENT }, (_, i) => `${text}\n\n（修订说明：第 ${i + 1} 稿）\n`);
    const results = await Promise.all(
      contents.map((content) => api.execute<UploadStatus>(UPLOAD, { input: { townshipCode: ZHANGTING, year: 2019, content } })),
    );
    expect(results.flatMap((result) => result.errors ?? [])).toEqual([]);
    const statuses = results.map((result) => result.data!.uploadReport.status).sort();
    expect(statuses).toEqual(['CREATED', ...Array<string>(CONCURRENT - 1).fill('UPDATED')]);

    const reports = await db.dataSource.getRepository(Report).find();
    expect(reports).toHaveLength(1);
    const versions = await db.dataSource.getRepository(ReportVersion).find({ order: { number: 'ASC' } });
    expect(versions.map((version) => version.number)).toEqual(Array.from({ length: CONCURRENT }, (_, i) => i + 1));
    expect(new Set(versions.map((version) => version.contentHash)).size).toBe(CONCURRENT);
    expect(reports[0]).toMatchObject({ versionCount: CONCURRENT, currentVersionId: versions[CONCURRENT - 1].id });
  });

  it('the same document at once: stored once, the rest UNCHANGED', async () => {
    const content = `${text}\n\n（同一稿）\n`;
    const results = await Promise.all(
      Array.from({ length: 10 }, () => api.execute<UploadStatus>(UPLOAD, { input: { townshipCode: ZHANGTING, year: 2019, content } })),
    );
    expect(results.flatMap((result) => result.errors ?? [])).toEqual([]);
    expect(results.map((result) => result.data!.uploadReport.status).sort()).toEqual([...Array<string>(9).fill('UNCHANGED'), 'UPDATED']);
    expect(await db.dataSource.getRepository(ReportVersion).count()).toBe(CONCURRENT + 1);
  });
});
