import { DEMO_COUNTY, DEMO_YEARS, loadDemoIfEmpty } from '../../src/demo/load-demo';
import { demoReportData } from '../../src/generator/demo-reports';
import { loadRegionSeed } from '../../src/storage/store/region-seed';
import { GraphQLClient, graphqlClient } from '../support/graphql';
import { TEST_DATABASE_KIND, TestDatabase, openTestDatabase, seedRegions } from '../support/database';
import { REPORT, type ReportQueryData } from '../support/report-query';
import type { ChannelData } from '../support/answers';

const ZHANGTING = '330281109';

const CHANNEL_COMPARISON = `
  query Channels($year: Int!, $regionCode: String!, $orderBy: Channel) {
    channelComparison(year: $year, regionCode: $regionCode, orderBy: $orderBy) {
      township { code name } rank reported totalActive gazette website weibo wechat other
    }
  }`;

type Townships = { townships: { code: string; name: string }[] };
type Region = { code: string; name: string };

/** The demo's generated reports, as the generator made them: the ground truth to compare with. */
function generatedDemo() {
  const yuyao = loadRegionSeed().filter((r) => r.countyCode === DEMO_COUNTY && r.level === 'TOWNSHIP' && r.code !== ZHANGTING);
  return demoReportData(yuyao, DEMO_YEARS);
}

describe(`comparisons over the demo city (${TEST_DATABASE_KIND})`, () => {
  let db: TestDatabase;
  let api: GraphQLClient;

  beforeAll(async () => {
    db = await openTestDatabase();
    await seedRegions(db.dataSource);
    expect(await loadDemoIfEmpty(db.dataSource)).toBe(41);
    api = await graphqlClient(db.dataSource);
  });
  afterAll(async () => {
    await api.stop();
    await db.close();
  });

  it('lists the townships under a province, city or county code in any written form', async () => {
    const query = `query($code: String!) { townships(regionCode: $code) { code name } }`;
    const county = (await api.execute<Townships>(query, { code: '330281' })).data!.townships;
    expect(county).toHaveLength(21);
    expect(county.map((t: { name: string }) => t.name)).toContain('丈亭镇');
    const expectedInZhejiang = loadRegionSeed().filter((r) => r.level === 'TOWNSHIP' && r.provinceCode === '330000').length;
    for (const code of ['330000', '33']) {
      expect((await api.execute<Townships>(query, { code })).data!.townships).toHaveLength(expectedInZhejiang);
    }
    expect((await api.execute<Townships>(query, { code: '3302' })).data!.townships.length).toBeGreaterThan(21);
    const unknown = await api.execute(query, { code: '999999' });
    expect(unknown.errors![0].extensions!.code).toBe('UNKNOWN_REGION');
    expect(unknown.errors![0].message).toContain('999999');
  });

  it('compares channels township by township, nulls kept and ranked last', async () => {
    const rows = (await api.execute<ChannelData>(CHANNEL_COMPARISON, { year: 2019, regionCode: '330281' })).data!.channelComparison;
    expect(rows).toHaveLength(21);
    const zhangting = rows.find((row) => row.township.code === ZHANGTING);
    expect(zhangting).toMatchObject({ reported: true, totalActive: 155, website: 130, weibo: 68, wechat: 78, gazette: null });
    const truth = generatedDemo().filter((report) => report.year === 2019);
    for (const report of truth) {
      const row = rows.find((r) => r.township.code === report.townshipCode)!;
      expect([report.townshipCode, row.website, row.weibo, row.gazette]).toEqual([
        report.townshipCode,
        report.data.channels?.website ?? null,
        report.data.channels?.weibo ?? null,
        report.data.channels?.gazette ?? null,
      ]);
    }
    // Ranked by the number shown: highest first, ties share a rank, no count ranks last.
    const byWeibo = (await api.execute<ChannelData>(CHANNEL_COMPARISON, { year: 2019, regionCode: '330281', orderBy: 'WEIBO' })).data!
      .channelComparison;
    const valued = byWeibo.filter((row) => row.weibo !== null);
    for (const row of byWeibo) {
      const expectedRank = row.weibo === null ? valued.length + 1 : 1 + valued.filter((other) => other.weibo! > row.weibo!).length;
      expect([row.township.code, row.rank]).toEqual([row.township.code, expectedRank]);
    }
    expect(byWeibo.slice(valued.length).every((row) => row.weibo === null)).toBe(true);
  });

  it('ranks every township of the country when no region is given, a page at a time', async () => {
    const national = `query($limit: Int, $offset: Int) { channelComparison(year: 2019, orderBy: WEBSITE, limit: $limit, offset: $offset) { township { code } rank website } }`;
    const city = (await api.execute<ChannelData>(CHANNEL_COMPARISON, { year: 2019, regionCode: '330281', orderBy: 'WEBSITE' })).data!
      .channelComparison;
    // Only 余姚市's townships have reports: the country's ranking starts with theirs.
    const first = await api.execute<ChannelData>(national, { limit: 5 });
    expect(first.data!.channelComparison).toEqual(
      city.slice(0, 5).map((row) => ({ township: { code: row.township.code }, rank: row.rank, website: row.website })),
    );
    // The country's townships counted (the cell bound), then the page.
    expect(first.statements).toHaveLength(2);
    const next = (await api.execute<ChannelData>(national, { limit: 5, offset: 5 })).data!.channelComparison;
    expect(next.map((row) => row.township.code)).toEqual(city.slice(5, 10).map((row) => row.township.code));
    const unbounded = await api.execute(national, {});
    expect(unbounded.errors![0].extensions!.code).toBe('BAD_USER_INPUT');
    expect(unbounded.errors![0].message).toContain('limit');
  });

  it('compares the whole country grouped by province', async () => {
    const query = `{ compare(input: { metrics: ["channels.website"], years: [2019], groupBy: PROVINCE }) { totalCount rows { region { code } reportCount values { value } } } }`;
    const { data, errors } = await api.execute<{ compare: unknown }>(query);
    expect(errors).toBeUndefined();
    const website = generatedDemo()
      .filter((report) => report.year === 2019)
      .reduce((sum, report) => sum + (report.data.channels?.website ?? 0), 0);
    expect(data!.compare).toEqual({
      totalCount: 1,
      rows: [{ region: { code: '330000' }, reportCount: 21, values: [{ value: website + 130 }] }],
    });
  });

  it('gives townships without a report all-null rows, ranked last', async () => {
    const rows = (await api.execute<ChannelData>(CHANNEL_COMPARISON, { year: 2020, regionCode: '330281' })).data!.channelComparison;
    const last = rows[rows.length - 1];
    expect(last).toMatchObject({
      township: { code: ZHANGTING },
      reported: false,
      totalActive: null,
      website: null,
      wechat: null,
      rank: 20 + 1,
    });
  });

  it('finds the zero-application townships, saying where the total was derived', async () => {
    const query = `query($year: Int!) { zeroApplicationTownships(year: $year, regionCode: "330281") { code name newReceivedTotal(year: $year) { value derived } } }`;
    const result = await api.execute<{
      zeroApplicationTownships: (Region & { newReceivedTotal: { value: number | null; derived: boolean } })[];
    }>(query, { year: 2019 });
    const truth = generatedDemo()
      .filter((report) => report.year === 2019 && report.data.applications?.newReceived?.total === 0)
      .map((report) => report.townshipCode);
    const codes = result.data!.zeroApplicationTownships.map((t) => t.code);
    expect(codes).toEqual([...truth, ZHANGTING].sort());
    const zhangting = result.data!.zeroApplicationTownships.find((t) => t.code === ZHANGTING)!;
    expect(zhangting.newReceivedTotal).toEqual({ value: 0, derived: true });
    // The list already knows each total: asking for it costs no statement per township.
    const bare = await api.execute(`{ zeroApplicationTownships(year: 2019, regionCode: "330281") { code } }`);
    expect(result.statements).toHaveLength(bare.statements.length);
  });

  it('lists the townships missing a report', async () => {
    const query = `query($year: Int!) { missingReports(year: $year, regionCode: "330281") { code name } }`;
    expect((await api.execute<{ missingReports: Region[] }>(query, { year: 2019 })).data!.missingReports).toEqual([]);
    expect((await api.execute<{ missingReports: Region[] }>(query, { year: 2020 })).data!.missingReports).toEqual([
      { code: ZHANGTING, name: '丈亭镇' },
    ]);
    expect((await api.execute<{ missingReports: Region[] }>(query, { year: 2021 })).data!.missingReports).toHaveLength(21);
  });

  describe('costs a fixed number of SQL statements, however many townships', () => {
    it.each([['channelComparison', CHANNEL_COMPARISON, { year: 2019 }]])('%s', async (_name, query, variables) => {
      // Asked twice: the second time each region's scope is remembered (remembered-scope.test.ts).
      const askedAgain = async (regionCode: string) => {
        await api.execute<ChannelData>(query, { ...variables, regionCode });
        return api.execute<ChannelData>(query, { ...variables, regionCode });
      };
      const city = await askedAgain('330281');
      const province = await askedAgain('330000');
      expect(city.data!.channelComparison).toHaveLength(21);
      expect(province.data!.channelComparison.length).toBeGreaterThan(1000);
      expect(city.statements).toHaveLength(1);
      expect(province.statements).toHaveLength(city.statements.length);
    });

    it('report', async () => {
      const statements = [];
      for (const code of [ZHANGTING, '330281001']) {
        const result = await api.execute<ReportQueryData>(REPORT, { townshipCode: code, year: 2019 });
        expect(result.errors).toBeUndefined();
        statements.push(result.statements.length);
      }
      // township, report with its current version, seven row tables, versions.
      expect(statements).toEqual([10, 10]);
    });
  });

  it('answers null for a township without a report and an error for an unknown one', async () => {
    expect((await api.execute<{ report: unknown }>(REPORT, { townshipCode: ZHANGTING, year: 2020 })).data!.report).toBeNull();
    const unknown = await api.execute<ReportQueryData>(REPORT, { townshipCode: '123', year: 2019 });
    expect(unknown.errors![0].extensions!.code).toBe('UNKNOWN_TOWNSHIP');
  });
});
