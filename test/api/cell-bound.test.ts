import { Region, RegionLevel } from '../../entities';
import { DEFAULT_LIMITS } from '../../src/api/graphql/limits/limit-config';
import { BASE_METRICS } from '../../src/answers/analytics/metrics/base-metrics';
import { TEST_DATABASE_KIND, TestDatabase, openTestDatabase, seedRegions } from '../support/database';
import { GraphQLClient, GraphQLResult, graphqlClient } from '../support/graphql';

const SICHUAN = '51';
const YEAR = 2019;
const EVERY_YEAR = Array.from({ length: new Date().getFullYear() - 2008 + 1 }, (_, i) => 2008 + i);

/** The queries the dashboard (web/dashboard/*.ts) sends for a region and a year, without a token. */
const DASHBOARD: [string, string, Record<string, unknown>][] = [
  [
    'the years panel',
    'query($input: CompareInput!) { compare(input: $input) { totals { year reportCount } } }',
    { input: { metrics: ['derived.issueCount'], years: EVERY_YEAR, regionCode: SICHUAN, limit: 1 } },
  ],
  [
    'the year over year panel',
    'query($input: CompareInput!) { compare(input: $input) { totals { year reportCount missingCount values { metric value } } } }',
    {
      input: {
        metrics: [
          'channels.totalActive',
          'channels.website',
          'channels.weibo',
          'channels.wechat',
          'channels.gazette',
          'applications.newReceived.total',
          'review.total',
          'derived.issueCount',
        ],
        years: [YEAR - 1, YEAR],
        regionCode: SICHUAN,
        limit: 1,
      },
    },
  ],
  [
    'the channel chart',
    'query($r: String!, $y: Int!) { channelComparison(regionCode: $r, year: $y) { township { code name } reported website weibo wechat gazette } }',
    { r: SICHUAN, y: YEAR },
  ],
  [
    'the zero-application list',
    'query($r: String!, $y: Int!) { zeroApplicationTownships(regionCode: $r, year: $y) { code name newReceivedTotal(year: $y) { derived } } }',
    { r: SICHUAN, y: YEAR },
  ],
  ['the missing list', 'query($r: String!, $y: Int!) { missingReports(regionCode: $r, year: $y) { code name } }', { r: SICHUAN, y: YEAR }],
];

describe(`the cells a request may read (${TEST_DATABASE_KIND}, the whole country's regions)`, () => {
  let db: TestDatabase;
  let admin: GraphQLClient;
  let anonymous: GraphQLClient;
  let townships: number;
  beforeAll(async () => {
    db = await openTestDatabase();
    await seedRegions(db.dataSource, ['']);
    admin = await graphqlClient(db.dataSource);
    anonymous = admin.withToken(null);
    townships = await db.dataSource.getRepository(Region).count({ where: { level: RegionLevel.TOWNSHIP } });
  });
  afterAll(async () => {
    await admin.stop();
    await db.close();
  });

  const refusal = (result: GraphQLResult) => result.errors?.[0]?.extensions;

  it('lets a token read a national one-metric ranking page with the year before, and the national channel ranking', async () => {
    const ranking = await admin.execute(
      `{ compare(input: { metrics: ["channels.website"], years: [${YEAR}], limit: 100 }) { rows { values { value previous } } } }`,
    );
    expect(ranking.errors).toBeUndefined();
    const channels = await admin.execute(`{ channelComparison(year: ${YEAR}, orderBy: WECHAT, limit: 100) { rank } }`);
    expect(channels.errors).toBeUndefined();
  });

  it.each(DASHBOARD)("lets anyone read a province's dashboard (四川省, the largest): %s", async (_panel, query, variables) => {
    expect((await anonymous.execute(query, variables)).errors).toBeUndefined();
  });

  it('refuses 30 metrics × every year since 2008 for the country, with a token or without, before reading them', async () => {
    const metrics = BASE_METRICS.slice(0, 30).map((metric) => metric.key);
    const query = `query($input: CompareInput!) { compare(input: $input) { totalCount } }`;
    for (const [client, limit] of [
      [anonymous, DEFAULT_LIMITS.maxCellsAnonymous],
      [admin, DEFAULT_LIMITS.maxCells],
    ] as const) {
      const result = await client.execute(query, { input: { metrics, years: EVERY_YEAR, includeMissing: true } });
      expect(refusal(result)).toMatchObject({ code: 'QUERY_TOO_COSTLY', limit, actual: 30 * EVERY_YEAR.length * townships });
      expect(result.errors![0].message).toContain(limit === DEFAULT_LIMITS.maxCells ? 'HUB_MAX_CELLS' : 'HUB_MAX_CELLS_ANONYMOUS');
      // The country's townships counted; the comparison never ran.
      expect(result.statements).toHaveLength(1);
    }
  });

  it('counts the years a comparison reads, not the years it names: the year before, and every year between', async () => {
    const tight = admin.withLimits({ ...DEFAULT_LIMITS, maxCells: 5 * 21 });
    const years = (input: string) =>
      tight.execute(`{ compare(input: { metrics: ["channels.website"], regionCode: "330281", ${input} }) { totalCount } }`);
    expect((await years('years: [2015, 2019]')).errors).toBeUndefined();
    expect(refusal(await years('years: [2014, 2019]'))).toMatchObject({ code: 'QUERY_TOO_COSTLY', actual: 6 * 21 });
    const withPrevious = await tight.execute(
      '{ compare(input: { metrics: ["channels.website"], regionCode: "330281", years: [2015, 2019] }) { rows { values { previous } } } }',
    );
    expect(refusal(withPrevious)).toMatchObject({ code: 'QUERY_TOO_COSTLY', actual: 6 * 21 });
  });

  it('bounds the operations of one request together (aliases share the budget)', async () => {
    const one = `compare(input: { metrics: ["channels.website"], years: [${YEAR}], regionCode: "51" }) { totalCount }`;
    const tight = anonymous.withLimits({ ...DEFAULT_LIMITS, maxCellsAnonymous: 3 * 3200 });
    expect((await tight.execute(`{ a: ${one} b: ${one} }`)).errors).toBeUndefined();
    expect(refusal(await tight.execute(`{ a: ${one} b: ${one} c: ${one} d: ${one} }`))).toMatchObject({ code: 'QUERY_TOO_COSTLY' });
  });

  it("bounds a region's 汇总 by every cell of its townships' reports: a province's needs a token", async () => {
    const summary = `{ regionSummary(year: ${YEAR}, regionCode: "${SICHUAN}") { townshipCount } }`;
    const sichuan = await db.dataSource.getRepository(Region).count({ where: { level: RegionLevel.TOWNSHIP, provinceCode: '510000' } });
    expect(refusal(await anonymous.execute(summary))).toMatchObject({ code: 'QUERY_TOO_COSTLY', actual: BASE_METRICS.length * sichuan });
    expect((await admin.execute<{ regionSummary: unknown }>(summary)).data!.regionSummary).toEqual({ townshipCount: sichuan });
    expect((await anonymous.execute(`{ regionSummary(year: ${YEAR}, regionCode: "330281") { townshipCount } }`)).errors).toBeUndefined();
  });
});
