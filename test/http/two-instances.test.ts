import { openDatabase } from '../../src/storage/db/data-source';
import { RunningHub, serveHub } from '../../src/hub';
import { demoReports } from '../../src/generator/demo-reports';
import { TEST_DATABASE_KIND, TestDatabase, openTestDatabase, seedRegions } from '../support/database';
import { ChannelData } from '../support/answers';
import { HttpAnswer, jsonBody, jsonHeaders, testServeSettings } from '../support/http-access';

/** Scaling out: the hub keeps no state between requests, so instances behind a load balancer agree. */
describe(`two hub instances on one database (${TEST_DATABASE_KIND})`, () => {
  let db: TestDatabase;
  let first: RunningHub;
  let second: RunningHub;
  beforeAll(async () => {
    db = await openTestDatabase();
    await seedRegions(db.dataSource, ['330281']);
    first = await serveHub(db.dataSource, 0, testServeSettings());
    // A connection of its own, as a second process would have.
    second = await serveHub(await openDatabase(db.config), 0, testServeSettings());
  });
  afterAll(async () => {
    await second.stop();
    await new Promise<void>((resolve) => first.server.close(() => resolve()));
    await first.apollo.stop();
    await db.close();
  });

  /** The data of an answer that has no errors; `T`: the shape the query selects. */
  const post = async <T>(hub: RunningHub, query: string, variables?: unknown): Promise<T> => {
    const response = await fetch(hub.url, { method: 'POST', headers: jsonHeaders(), body: JSON.stringify({ query, variables }) });
    const body = await jsonBody<HttpAnswer<T>>(response);
    expect(body.errors).toBeUndefined();
    return body.data!;
  };
  type Uploaded = { uploadReport: { status: string } };
  const upload = 'mutation($input: UploadReportInput!) { uploadReport(input: $input) { status } }';
  const ranking = '{ channelComparison(year: 2019, regionCode: "330281", orderBy: WEBSITE) { township { code } rank reported website } }';

  it('answers alike, and an upload through one is seen by the other', async () => {
    const [zhangting, lizhou] = demoReports(
      [
        { code: '330281109', name: '丈亭镇' },
        { code: '330281001', name: '梨洲街道' },
      ],
      [2019],
    );
    const input = (report: typeof zhangting) => ({ input: { townshipCode: report.townshipCode, year: report.year, content: report.text } });
    expect((await post<Uploaded>(first, upload, input(zhangting))).uploadReport.status).toBe('CREATED');
    expect((await post<Uploaded>(second, upload, input(lizhou))).uploadReport.status).toBe('CREATED');
    expect((await post<Uploaded>(second, upload, input(zhangting))).uploadReport.status).toBe('UNCHANGED');
    const [seenByFirst, seenBySecond] = await Promise.all([post<ChannelData>(first, ranking), post<ChannelData>(second, ranking)]);
    expect(seenBySecond).toEqual(seenByFirst);
    expect(seenByFirst.channelComparison.filter((row) => row.reported)).toHaveLength(2);
  });
});
