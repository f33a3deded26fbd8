import { RunningHub, serveHub } from '../../src/hub';
import { TEST_DATABASE_KIND, TestDatabase, openTestDatabase, seedRegions } from '../support/database';
import { jsonHeaders, testServeSettings } from '../support/http-access';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** Regression: only GraphQL answers and downloads carried x-request-id; pages, files, refusals and 404s had none. */
describe(`x-request-id on every response (${TEST_DATABASE_KIND})`, () => {
  let db: TestDatabase;
  let hub: RunningHub;
  let base: string;
  beforeAll(async () => {
    db = await openTestDatabase();
    await seedRegions(db.dataSource, ['330281']);
    hub = await serveHub(db.dataSource, 0, testServeSettings());
    base = hub.url.replace(/\/graphql$/, '');
  });
  afterAll(async () => {
    await new Promise<void>((resolve) => hub.server.close(() => resolve()));
    await hub.apollo.stop();
    await db.close();
  });

  const compare = encodeURIComponent(JSON.stringify({ metrics: ['channels.website'], years: [2019], regionCode: '330281' }));
  it.each([
    ['a page', '/', 200],
    ['the upload page', '/upload', 200],
    ['a stylesheet', '/static/hub.css', 200],
    ['a vendored file', '/vendor/echarts/echarts.esm.min.js', 200],
    ['a CSV export', `/export/compare.csv?input=${compare}`, 200],
    ['an XLSX export', `/export/compare.xlsx?input=${compare}`, 200],
    ['a refused export', '/export/compare.csv?input=nonsense', 400],
    ['a 404', '/no/such/page', 404],
    ['a file outside its folder', '/static/..%2f..%2fpackage.json', 404],
  ])('%s', async (_what, urlPath, status) => {
    const response = await fetch(base + urlPath);
    await response.arrayBuffer();
    expect([response.status, response.headers.get('x-request-id')]).toEqual([status, expect.stringMatching(UUID)]);
  });

  it('a GraphQL answer', async () => {
    const query = '{ townships(regionCode: "330281") { code } }';
    const response = await fetch(hub.url, { method: 'POST', headers: jsonHeaders(), body: JSON.stringify({ query }) });
    expect([response.status, response.headers.get('x-request-id')]).toEqual([200, expect.stringMatching(UUID)]);
  });

  it('a different id for each request', async () => {
    const ids = await Promise.all([1, 2, 3].map(async () => (await fetch(`${base}/`)).headers.get('x-request-id')));
    expect(new Set(ids).size).toBe(3);
  });
});
