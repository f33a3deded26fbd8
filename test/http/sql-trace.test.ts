import { RunningHub, serveHub } from '../../src/hub';
import { demoReports } from '../../src/generator/demo-reports';
import { ingestReport } from '../../src/storage/ingest/ingest-report';
import { jsonHeaders, testServeSettings } from '../support/http-access';
import { TEST_DATABASE_KIND, TestDatabase, openTestDatabase, seedRegions } from '../support/database';

describe(`HUB_TRACE_SQL=1 over HTTP (${TEST_DATABASE_KIND})`, () => {
  let db: TestDatabase;
  let hub: RunningHub;
  beforeAll(async () => {
    db = await openTestDatabase();
    await seedRegions(db.dataSource, ['330281']);
    for (const report of demoReports(
      [
        { code: '330281109', name: '丈亭镇' },
        { code: '330281001', name: '梨洲街道' },
      ],
      [2019],
    )) {
      await ingestReport(db.dataSource, {
        townshipCode: report.townshipCode,
        year: report.year,
        bytes: Buffer.from(report.text),
        format: 'TEXT',
      });
    }
    // Uncached, so every answer runs its operation's statements.
    hub = await serveHub(db.dataSource, 0, { ...testServeSettings(), responseCacheBytes: 0, traceSql: true });
  });
  afterAll(async () => {
    await new Promise<void>((resolve) => hub.server.close(() => resolve()));
    await hub.apollo.stop();
    await db.close();
  });

  const sqlStatements = async (query: string, on: RunningHub = hub): Promise<number> => {
    const response = await fetch(on.url, { method: 'POST', headers: jsonHeaders(), body: JSON.stringify({ query }) });
    const body = (await response.json()) as { errors?: unknown; extensions?: { sqlStatements?: number } };
    expect(body.errors).toBeUndefined();
    return body.extensions?.sqlStatements ?? -1;
  };

  it('says how many statements each operation ran', async () => {
    // A region's first comparison looks it up (two statements); later ones use its remembered
    // scope, which their one statement confirms (remembered-scope.test.ts).
    expect(await sqlStatements('{ channelComparison(year: 2019, regionCode: "330281", orderBy: WECHAT) { rank } }')).toBe(2);
    const compare = `{ compare(input: { metrics: ["channels.wechat"], years: [2019], regionCode: "330281", groupBy: COUNTY,
      where: [{ metric: "derived.newReceivedTotal", op: GTE, value: 0 }] }) { totalCount totals { year } } }`;
    expect(await sqlStatements(compare)).toBe(1);
  });

  it('counts each request apart from the others running beside it', async () => {
    const query = '{ channelComparison(year: 2019, regionCode: "330281", orderBy: WEBSITE) { rank } }';
    expect(await Promise.all(Array.from({ length: 8 }, () => sqlStatements(query)))).toEqual(Array(8).fill(1));
  });

  it('says a cached answer cost the one statement that reads the data generation', async () => {
    const cached = await serveHub(db.dataSource, 0, { ...testServeSettings(), responseCacheBytes: 1024 * 1024, traceSql: true });
    try {
      const query = '{ channelComparison(year: 2019, regionCode: "330281", orderBy: WEIBO) { rank } }';
      expect(await sqlStatements(query, cached)).toBe(1 + 1);
      expect(await sqlStatements(query, cached)).toBe(1);
    } finally {
      await new Promise<void>((resolve) => cached.server.close(() => resolve()));
      await cached.apollo.stop();
    }
  });
});
