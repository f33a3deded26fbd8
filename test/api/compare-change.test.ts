/**
 * Conditions and the order on the year before and the change ("townships whose website count
 * fell"), checked against the same comparison's own values, previous and delta without them.
 */
import { loadDemoIfEmpty } from '../../src/demo/load-demo';
import { parseCompareInput } from '../../src/answers/export/compare-request';
import { GraphQLClient, graphqlClient } from '../support/graphql';
import { TEST_DATABASE_KIND, TestDatabase, openTestDatabase, seedRegions } from '../support/database';

const COMPARE = `query($input: CompareInput!) {
  compare(input: $input) { totalCount rows { region { code } rank values { metric value previous delta } } }
}`;

interface Row {
  region: { code: string };
  rank: number;
  values: { metric: string; value: number | null; previous: number | null; delta: number | null }[];
}

type Compared = { compare: { rows: Row[] } };

const WEBSITE = 'channels.website';
const base = { metrics: [WEBSITE], years: [2020], regionCode: '330281', limit: 100 };

describe(`compare on the year before and the change (${TEST_DATABASE_KIND})`, () => {
  let db: TestDatabase;
  let api: GraphQLClient;
  let all: Row[];

  beforeAll(async () => {
    db = await openTestDatabase();
    await seedRegions(db.dataSource, ['330281']);
    await loadDemoIfEmpty(db.dataSource);
    api = await graphqlClient(db.dataSource);
    all = (await api.execute<Compared>(COMPARE, { input: base })).data!.compare.rows;
  });
  afterAll(async () => {
    await api.stop();
    await db.close();
  });

  const rows = async (input: object): Promise<Row[]> => {
    const result = await api.execute<Compared>(COMPARE, { input: { ...base, ...input } });
    expect(result.errors).toBeUndefined();
    return result.data!.compare.rows;
  };
  const codes = (list: Row[]) => list.map((row) => row.region.code).sort();

  it('filters on the change: the townships whose website count fell', async () => {
    const fell = all.filter((row) => row.values[0].delta !== null && row.values[0].delta < 0);
    expect(fell.length).toBeGreaterThan(0);
    expect(fell.length).toBeLessThan(all.length);
    expect(codes(await rows({ where: [{ metric: WEBSITE, of: 'DELTA', op: 'LT', value: 0 }] }))).toEqual(codes(fell));
  });

  it('filters on the year before’s value', async () => {
    const threshold = all.map((row) => row.values[0].previous).filter((value): value is number => value !== null)[0];
    const expected = all.filter((row) => row.values[0].previous !== null && row.values[0].previous >= threshold);
    expect(codes(await rows({ where: [{ metric: WEBSITE, of: 'PREVIOUS', op: 'GTE', value: threshold }] }))).toEqual(codes(expected));
  });

  it('ranks by the change, the largest fall first, nulls last', async () => {
    const ranked = await rows({ orderBy: { metric: WEBSITE, of: 'DELTA', direction: 'ASC' } });
    const deltas = ranked.map((row) => row.values[0].delta);
    const numbers = deltas.filter((delta): delta is number => delta !== null);
    expect(numbers).toEqual([...numbers].sort((a, b) => a - b));
    expect(deltas.slice(numbers.length).every((delta) => delta === null)).toBe(true);
    expect(ranked[0].rank).toBe(1);
  });

  it('reads the year before for a change even when previous and delta are not asked', async () => {
    const result = await api.execute<Compared>(
      `query($input: CompareInput!) { compare(input: $input) { rows { region { code } values { value } } } }`,
      { input: { ...base, where: [{ metric: WEBSITE, of: 'DELTA', op: 'LT', value: 0 }] } },
    );
    expect(codes(result.data!.compare.rows)).toEqual(codes(all.filter((row) => (row.values[0].delta ?? 0) < 0)));
  });

  it('refuses a run of years on the change, naming it', async () => {
    const result = await api.execute<Compared>(COMPARE, {
      input: { ...base, where: [{ metric: WEBSITE, of: 'DELTA', op: 'LT', value: 0, years: 2 }] },
    });
    expect(result.errors![0].extensions!.code).toBe('BAD_USER_INPUT');
    expect(result.errors![0].message).toContain('of: DELTA');
  });

  it('takes the same in a download’s input, and refuses an unknown kind', () => {
    const spec = parseCompareInput(JSON.stringify({ ...base, where: [{ metric: WEBSITE, of: 'DELTA', op: 'LT', value: 0 }] }));
    expect(spec.where![0].of).toBe('DELTA');
    expect(() => parseCompareInput(JSON.stringify({ ...base, orderBy: { metric: WEBSITE, of: 'CHANGE' } }))).toThrow(
      /orderBy\.of「"CHANGE"」/,
    );
  });
});
