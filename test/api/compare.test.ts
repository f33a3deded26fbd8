import { METRICS } from '../../src/answers/analytics/metrics/registry';
import { loadDemoIfEmpty } from '../../src/demo/load-demo';
import { GraphQLClient, graphqlClient } from '../support/graphql';
import type { ChannelData, CompareData } from '../support/answers';
import { TEST_DATABASE_KIND, TestDatabase, openTestDatabase, seedRegions } from '../support/database';

const COMPARE = `
  query Compare($input: CompareInput!) {
    compare(input: $input) {
      totalCount
      rows { region { code name level } year rank reportCount missingCount values { metric value previous delta } }
      totals { year regionCount reportCount missingCount values { metric value previous delta } }
    }
  }`;
const COMPARE_ROWS = COMPARE.replace(/totals \{.*\}\n/, '\n');

const CHANNELS = `query($year: Int!) { channelComparison(year: $year, regionCode: "330281") { township { code } rank website } }`;

describe(`compare over GraphQL (${TEST_DATABASE_KIND})`, () => {
  let db: TestDatabase;
  let api: GraphQLClient;

  beforeAll(async () => {
    db = await openTestDatabase();
    await seedRegions(db.dataSource);
    await loadDemoIfEmpty(db.dataSource);
    api = await graphqlClient(db.dataSource);
  });
  afterAll(async () => {
    await api.stop();
    await db.close();
  });

  it('lists every metric with its label, unit, templates and whether it adds up', async () => {
    const { data } = await api.execute<{ metrics: { key: string }[] }>(
      `{ metrics { key label unit description templates summable formula } }`,
    );
    expect(data!.metrics).toHaveLength(METRICS.length);
    const byKey = new Map(data!.metrics.map((m) => [m.key, m]));
    expect(byKey.get('channels.wechat')).toMatchObject({ label: '政务微信公开政府信息数', unit: '条', summable: true, formula: null });
    expect(byKey.get('derived.reviewCorrectionRate')).toMatchObject({ unit: '比率', summable: false, templates: ['2019', '2021'] });
  });

  it('agrees with channelComparison, township by township, rank by rank', async () => {
    const channels = (await api.execute<ChannelData>(CHANNELS, { year: 2019 })).data!.channelComparison;
    const input = { metrics: ['channels.website'], years: [2019], regionCode: '330281', includeMissing: true };
    const { rows, totalCount } = (await api.execute<CompareData>(COMPARE_ROWS, { input })).data!.compare;
    expect(totalCount).toBe(21);
    expect(rows.map((row) => [row.region.code, row.rank, row.values[0].value])).toEqual(
      channels.map((row) => [row.township.code, row.rank, row.website]),
    );
    expect(rows[0].region.level).toBe('TOWNSHIP');
  });

  it('rolls townships up to their county with totals', async () => {
    const input = { metrics: ['channels.website', 'derived.disclosureRate'], years: [2020], regionCode: '33', groupBy: 'COUNTY' };
    const { data, errors } = await api.execute<CompareData>(COMPARE, { input });
    expect(errors).toBeUndefined();
    const [county] = data!.compare.rows;
    expect(data!.compare.rows).toHaveLength(1);
    expect(county).toMatchObject({
      region: { code: '330281', name: '余姚市', level: 'COUNTY' },
      year: 2020,
      rank: 1,
      reportCount: 20,
      missingCount: 1,
    });
    const [total] = data!.compare.totals!;
    expect(total).toMatchObject({ year: 2020, regionCount: 1, reportCount: 20, missingCount: 1, values: county.values });
  });

  it('finds zero applications over consecutive years, as zeroApplicationTownships does', async () => {
    const zero = async (years: number) =>
      (
        await api.execute<{ zeroApplicationTownships: { code: string }[] }>(
          `query($years: Int) { zeroApplicationTownships(year: 2020, regionCode: "330281", years: $years) { code } }`,
          {
            years,
          },
        )
      ).data!.zeroApplicationTownships.map((t) => t.code);
    const input = (years: number) => ({
      metrics: ['derived.newReceivedTotal'],
      years: [2020],
      regionCode: '330281',
      where: [{ metric: 'derived.newReceivedTotal', op: 'EQ', value: 0, years }],
    });
    for (const years of [1, 2]) {
      const compared = (await api.execute<CompareData>(COMPARE_ROWS, { input: input(years) })).data!.compare.rows.map(
        (row) => row.region.code,
      );
      expect(await zero(years)).toEqual(compared);
    }
    expect((await zero(2)).length).toBeLessThanOrEqual((await zero(1)).length);
  });

  it("costs one statement with totals or without, for 21 townships or 1,387, once the region's scope is remembered", async () => {
    const input = (regionCode: string) => ({
      metrics: ['channels.website', 'derived.disclosureRate', 'derived.issueCount.warning'],
      years: [2019, 2020],
      regionCode,
      includeMissing: true,
      where: [{ metric: 'derived.newReceivedTotal', op: 'IS_NULL', years: 2 }],
    });
    // Asked twice: the first time a region is looked up (two statements, remembered-scope.test.ts).
    const askedAgain = async (regionCode: string) => {
      await api.execute<CompareData>(COMPARE, { input: input(regionCode) });
      return api.execute<CompareData>(COMPARE, { input: input(regionCode) });
    };
    const city = await askedAgain('330281');
    const province = await askedAgain('330000');
    expect(province.data!.compare.totalCount).toBeGreaterThan(1000);
    expect(province.data!.compare.rows).toHaveLength(100);
    // An empty answer carries no generation: a lookup confirms it (two statements).
    expect([city, province].map((answer) => answer.statements.length)).toEqual(
      [city, province].map((answer) => (answer.data!.compare.totalCount! > 0 ? 1 : 2)),
    );
    const bare = await api.execute<CompareData>(COMPARE_ROWS, { input: input('330000') });
    expect(bare.statements).toHaveLength(1);
  });

  it('reads the year before and the totals only when the query asks for them, through fragments too', async () => {
    const input = { metrics: ['channels.website'], years: [2020], regionCode: '330281', includeMissing: true };
    const plain = await api.execute(`query($input: CompareInput!) { compare(input: $input) { rows { values { value } } } }`, { input });
    expect(plain.statements.at(-1)).not.toMatch(/LAG\(|year_region_count/);
    const fragments = await api.execute<CompareData>(
      `query($input: CompareInput!) { compare(input: $input) { ...Page } }
       fragment Page on Comparison { rows { values { ... on MetricValue { delta } } } totals { regionCount } }`,
      { input },
    );
    expect(fragments.statements.at(-1)).toMatch(/LAG\(/);
    expect(fragments.data!.compare.totals).toEqual([{ regionCount: 21 }]);
    expect(fragments.data!.compare.rows.some((row) => row.values[0].delta !== null)).toBe(true);
  });

  it('names an unknown metric and suggests the closest one; a key cannot inject SQL', async () => {
    const key = 'applications.newReceived.total; DROP TABLE reports';
    const result = await api.execute<CompareData>(COMPARE, { input: { metrics: [key], years: [2019], regionCode: '330281' } });
    expect(result.errors![0].extensions).toMatchObject({
      code: 'UNKNOWN_METRIC',
      metric: key,
      suggestion: 'applications.newReceived.total',
    });
    expect(result.errors![0].message).toBe(`指标「${key}」不存在，是否要找「applications.newReceived.total」？`);
    expect(result.statements).toEqual([]);
    expect((await api.execute<ChannelData>(CHANNELS, { year: 2019 })).data!.channelComparison).toHaveLength(21);
  });

  it.each([
    ['a page over the cap', { limit: 1001 }, 'BAD_USER_INPUT'],
    ['a grouping above the region', { groupBy: 'CITY' }, 'BAD_USER_INPUT'],
    ['a year out of range', { years: [2007] }, 'YEAR_OUT_OF_RANGE'],
    ['an unknown region', { regionCode: '999999' }, 'UNKNOWN_REGION'],
  ])('rejects %s', async (_what, changes, code) => {
    const input = { metrics: ['channels.website'], years: [2019], regionCode: '330281', ...changes };
    expect((await api.execute<CompareData>(COMPARE, { input })).errors![0].extensions!.code).toBe(code);
  });
});
