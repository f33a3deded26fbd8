import { RunningHub, serveHub } from '../../src/hub';
import { TEST_DATABASE_KIND, TestDatabase, openTestDatabase, seedRegions } from '../support/database';
import { reportFixture } from '../support/fixtures';
import { HttpAnswer, jsonBody, jsonHeaders, testServeSettings } from '../support/http-access';

describe(`the hub over HTTP (${TEST_DATABASE_KIND})`, () => {
  let db: TestDatabase;
  let hub: RunningHub;
  beforeAll(async () => {
    db = await openTestDatabase();
    await seedRegions(db.dataSource, ['330281']);
    hub = await serveHub(db.dataSource, 0, testServeSettings());
  });
  afterAll(async () => {
    await new Promise<void>((resolve) => hub.server.close(() => resolve()));
    await hub.apollo.stop();
    await db.close();
  });

  const post = (body: unknown) => fetch(hub.url, { method: 'POST', headers: jsonHeaders(), body: JSON.stringify(body) });

  it('uploads a report and answers a query at /graphql', async () => {
    const upload = await post({
      query: 'mutation($input: UploadReportInput!) { uploadReport(input: $input) { status report { channels { website } } } }',
      variables: { input: { townshipCode: '330281109', year: 2019, content: reportFixture('zhangting-2019.txt').toString('utf8') } },
    });
    expect(upload.status).toBe(200);
    expect(await upload.json()).toEqual({ data: { uploadReport: { status: 'CREATED', report: { channels: { website: 130 } } } } });
    const query = await post({ query: '{ missingReports(year: 2019, regionCode: "330281") { code } }' });
    expect((await jsonBody<HttpAnswer<{ missingReports: { code: string }[] }>>(query)).data?.missingReports).toHaveLength(20);
  });

  it('answers a typed error with its code, and 404 elsewhere', async () => {
    const response = await post({ query: '{ townships(regionCode: "99") { code } }' });
    const body = await jsonBody(response);
    expect(body.errors?.[0].extensions?.code).toBe('UNKNOWN_REGION');
    expect(body.errors?.[0].extensions?.stacktrace).toBeUndefined();
    expect((await fetch(hub.url.replace('/graphql', '/nowhere'))).status).toBe(404);
  });

  it('refuses a body that is not JSON', async () => {
    const response = await fetch(hub.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{not json' });
    expect(response.status).toBe(400);
  });
});
