import { GraphQLClient, graphqlClient } from '../support/graphql';
import { TEST_DATABASE_KIND, TestDatabase, openTestDatabase, seedRegions } from '../support/database';
import { createTestToken } from '../support/tokens';
import { DEFAULT_LIMITS } from '../../src/api/graphql/limits/limit-config';

const FIND = 'query($search: String!) { regions(search: $search) { code name level } }';
type Found = { regions: { code: string; name: string; level: string }[] };
const ME = '{ me { name role townships { code name } maxUploadBytes } }';

describe(`finding a region by name, and whose token is in use (${TEST_DATABASE_KIND})`, () => {
  let db: TestDatabase;
  let admin: GraphQLClient;
  beforeAll(async () => {
    db = await openTestDatabase();
    await seedRegions(db.dataSource, ['3302']);
    admin = await graphqlClient(db.dataSource);
  });
  afterAll(async () => {
    await admin?.stop();
    await db?.close();
  });

  it('finds 宁波, 余姚 and 丈亭 by part of their names, the higher levels first', async () => {
    const names = async (search: string) => (await admin.execute<Found>(FIND, { search })).data!.regions.map((r) => r.name);
    expect((await names('宁波'))[0]).toBe('宁波市');
    expect((await names('余姚'))[0]).toBe('余姚市');
    expect(await names('丈亭')).toEqual(['丈亭镇']);
  });

  it('finds a region by its code, in any form a code is typed', async () => {
    const result = await admin.execute<Found>(FIND, { search: ' 3302 ' });
    expect(result.data!.regions).toEqual([{ code: '330200', name: '宁波市', level: 'CITY' }]);
  });

  it('takes % and _ as plain text, and finds nothing for a name that is no region', async () => {
    for (const search of ['%', '_', '不存在的地方', '999999', ''])
      expect((await admin.execute<Found>(FIND, { search })).data!.regions).toEqual([]);
  });

  it('refuses a search longer than any region name, naming the field', async () => {
    const result = await admin.execute<Found>(FIND, { search: '宁'.repeat(101) });
    expect(result.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(result.errors?.[0].message).toContain('search');
  });

  it('tells an uploader its role and its townships by name', async () => {
    const uploader = admin.withToken(await createTestToken(admin, '丈亭镇办公室', 'UPLOADER', ['330281109']));
    const { data } = await uploader.execute<{ me: unknown }>(ME);
    expect(data!.me).toEqual({
      name: '丈亭镇办公室',
      role: 'UPLOADER',
      townships: [{ code: '330281109', name: '丈亭镇' }],
      maxUploadBytes: DEFAULT_LIMITS.maxUploadBytes,
    });
  });

  it('tells an anonymous reader it has no role', async () => {
    const { data } = await admin.withToken(null).execute<{ me: unknown }>(ME);
    expect(data!.me).toEqual({ name: '匿名', role: null, townships: [], maxUploadBytes: DEFAULT_LIMITS.maxUploadBytes });
  });
});
