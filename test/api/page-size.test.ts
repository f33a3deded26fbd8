import { DEFAULT_LIMITS } from '../../src/api/graphql/limits/limit-config';
import { loadConfig } from '../../src/config';
import { GraphQLClient, graphqlClient } from '../support/graphql';
import type { CompareData } from '../support/answers';
import { TEST_DATABASE_KIND, TestDatabase, openTestDatabase, seedRegions } from '../support/database';

const COMPARE = `query($limit: Int!) { compare(input: { metrics: ["channels.website"], years: [2019], regionCode: "330281", includeMissing: true, limit: $limit }) { totalCount rows { region { code } } } }`;
const AUDIT = `query($limit: Int!) { auditLog(limit: $limit) { id } }`;

describe(`the page size bound, HUB_MAX_PAGE_SIZE (${TEST_DATABASE_KIND})`, () => {
  let db: TestDatabase;
  let api: GraphQLClient;
  beforeAll(async () => {
    db = await openTestDatabase();
    await seedRegions(db.dataSource, ['330281']);
    api = (await graphqlClient(db.dataSource)).withLimits({ ...DEFAULT_LIMITS, maxPageSize: 5 });
  });
  afterAll(async () => {
    await api.stop();
    await db.close();
  });

  it('is read from the environment, with the bad value quoted', () => {
    expect(loadConfig({ HUB_MAX_PAGE_SIZE: '50' }).limits.maxPageSize).toBe(50);
    expect(loadConfig({}).limits.maxPageSize).toBe(DEFAULT_LIMITS.maxPageSize);
    expect(() => loadConfig({ HUB_MAX_PAGE_SIZE: 'many' })).toThrow(/HUB_MAX_PAGE_SIZE "many"/);
  });

  it.each([
    ['compare', COMPARE],
    ['auditLog', AUDIT],
  ])('bounds %s pages', async (_name, query) => {
    const within = await api.execute(query, { limit: 5 });
    expect(within.errors).toBeUndefined();
    const past = await api.execute(query, { limit: 6 });
    expect(past.errors![0].extensions!.code).toBe('BAD_USER_INPUT');
    expect(past.errors![0].message).toMatch(/5/);
  });

  it('still counts every row past the page', async () => {
    const { data } = await api.execute<CompareData>(COMPARE, { limit: 5 });
    expect(data!.compare.rows).toHaveLength(5);
    expect(data!.compare.totalCount).toBe(21);
  });
});
