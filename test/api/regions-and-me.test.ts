import { GraphQLClient, graphqlClient } from '../support/graphql';
import { TEST_DATABASE_KIND, TestDatabase, openTestDatabase, seedRegions } from '../support/database';
import { createTestToken } from '../support/tokens';
import { DEFAULT_LIMITS } from '../../src/api/graphql/limits/limit-config';
import { Region } from '../../entities';

const FIND = 'query($search: String!) { regions(search: $search) { code name level } }';
type Found = { regions: { code: string; name: string; level: string }[] };
const ME = '{ me { name role townships { code name } maxUploadBytes } }';
const FIND_IN_YEAR = 'query($search: String!, $year: Int) { regions(search: $search, year: $year) { code } }';
const TOWNSHIPS_IN_YEAR = 'query($year: Int) { townships(regionCode: "330281", year: $year) { code } }';
const ME_IN_YEAR = 'query($year: Int) { me { townships(year: $year) { code } } }';
type Codes<K extends string> = Record<K, { code: string }[]>;
/** 丈亭镇, retired after 2020 (merged into 大隐镇); 大隐镇 here a code valid from 2019 only. */
const RETIRED = '330281109';
const NEWER = '330281112';

describe(`finding a region by name, and whose token is in use (${TEST_DATABASE_KIND})`, () => {
  let db: TestDatabase;
  let admin: GraphQLClient;
  beforeAll(async () => {
    db = await openTestDatabase();
    await seedRegions(db.dataSource, ['3302']);
    await db.dataSource.getRepository(Region).update(RETIRED, { validTo: 2020, mergedInto: NEWER });
    await db.dataSource.getRepository(Region).update(NEWER, { validFrom: 2019 });
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

  it('offers under a county only the townships valid in the year asked, and every code without a year', async () => {
    const codes = async (year?: number) =>
      (await admin.execute<Codes<'townships'>>(TOWNSHIPS_IN_YEAR, { year })).data!.townships.map((t) => t.code);
    const all = await codes();
    expect(all).toEqual(expect.arrayContaining([RETIRED, NEWER]));
    expect(await codes(2018)).toEqual(all.filter((code) => code !== NEWER));
    expect(await codes(2020)).toEqual(all);
    expect(await codes(2021)).toEqual(all.filter((code) => code !== RETIRED));
  });

  it('finds a retired township by name only in its years, and by code always', async () => {
    const found = async (search: string, year?: number) =>
      (await admin.execute<Codes<'regions'>>(FIND_IN_YEAR, { search, year })).data!.regions.map((r) => r.code);
    expect(await found('丈亭', 2020)).toEqual([RETIRED]);
    expect(await found('丈亭', 2021)).toEqual([]);
    expect(await found('丈亭')).toEqual([RETIRED]);
    expect(await found(RETIRED, 2021)).toEqual([RETIRED]);
    expect(await found('大隐', 2018)).toEqual([]);
  });

  it('offers an uploader only its townships valid in the upload’s year', async () => {
    const uploader = admin.withToken(await createTestToken(admin, '合并前后', 'UPLOADER', [RETIRED, NEWER]));
    const codes = async (year?: number) =>
      (await uploader.execute<{ me: Codes<'townships'> }>(ME_IN_YEAR, { year })).data!.me.townships.map((t) => t.code);
    expect(await codes()).toEqual([RETIRED, NEWER]);
    expect(await codes(2018)).toEqual([RETIRED]);
    expect(await codes(2021)).toEqual([NEWER]);
  });

  it('tells an anonymous reader it has no role', async () => {
    const { data } = await admin.withToken(null).execute<{ me: unknown }>(ME);
    expect(data!.me).toEqual({ name: '匿名', role: null, townships: [], maxUploadBytes: DEFAULT_LIMITS.maxUploadBytes });
  });
});
