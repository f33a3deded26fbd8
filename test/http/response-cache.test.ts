import { DataSource } from 'typeorm';
import { Region } from '../../entities';
import { townshipsUnder } from '../../src/storage/store/regions';
import { loadConfig, responseCacheBytes } from '../../src/config';
import { openDatabase } from '../../src/storage/db/data-source';
import { seedDemoRubricsIfEmpty } from '../../src/demo/seed-rubrics';
import { demoReports } from '../../src/generator/demo-reports';
import { dataGeneration } from '../../src/api/graphql/data-generation';
import { HubSettings, RunningHub, serveHub } from '../../src/hub';
import { ingestReport } from '../../src/storage/ingest/ingest-report';
import { requireRegion } from '../../src/storage/store/regions';
import { TEST_DATABASE_KIND, TestDatabase, openTestDatabase, seedRegions } from '../support/database';
import { ChannelData } from '../support/answers';
import { GraphQLResultError } from '../support/graphql';
import { HttpAnswer, TEST_ADMIN_TOKEN, jsonBody, jsonHeaders, testServeSettings } from '../support/http-access';
import { ReplicatedServers, TestServer, describeOnMariadbPass, startReplicatedMariadb } from '../support/mariadb-replication';

const MB = 1024 * 1024;
const COUNTY = '330281';

/** `T`: the shape of `data` the query selects. */
interface Answer<T = unknown> {
  data: T | null | undefined;
  errors?: GraphQLResultError[];
  /** extensions.sqlStatements (HUB_TRACE_SQL=1): 1 for an answer from the cache, the generation read. */
  statements: number;
}

async function ask<T = unknown>(
  hub: RunningHub,
  query: string,
  { variables, token = TEST_ADMIN_TOKEN }: { variables?: object; token?: string | null } = {},
): Promise<Answer<T>> {
  const response = await fetch(hub.url, { method: 'POST', headers: jsonHeaders(token), body: JSON.stringify({ query, variables }) });
  const body = await jsonBody<HttpAnswer<T>>(response);
  return { data: body.data, errors: body.errors, statements: body.extensions?.sqlStatements ?? -1 };
}

/** A hub answering with statement counts, as HUB_TRACE_SQL=1 makes it. */
async function tracedHub(dataSource: DataSource, settings: Partial<HubSettings> = {}): Promise<RunningHub> {
  return serveHub(dataSource, 0, { ...testServeSettings(), traceSql: true, ...settings });
}

/** Stops serving, leaving the database open for the other hubs on it. */
async function stopServing(hub: RunningHub): Promise<void> {
  await new Promise<void>((resolve) => hub.server.close(() => resolve()));
  await hub.apollo.stop();
}

const RANKING = `{ channelComparison(year: 2019, regionCode: "${COUNTY}", orderBy: WEBSITE) { township { code } rank reported website } }`;
const UPLOAD = 'mutation($input: UploadReportInput!) { uploadReport(input: $input) { status } }';

const reportedCount = (answer: Answer<ChannelData>): number => answer.data!.channelComparison.filter((row) => row.reported).length;

describe(`the response cache of query answers (${TEST_DATABASE_KIND})`, () => {
  let db: TestDatabase;
  /** A second process's connection, for the other hub and for writes made as the CLI makes them. */
  let elsewhere: DataSource;
  let cached: RunningHub;
  let other: RunningHub;
  /** 2019 reports of 余姚市's townships not stored yet: each test that writes takes the next. */
  let unstored: ReturnType<typeof demoReports>;

  beforeAll(async () => {
    db = await openTestDatabase();
    await seedRegions(db.dataSource, [COUNTY]);
    const townships: Region[] = await townshipsUnder(db.dataSource.manager, await requireRegion(db.dataSource.manager, COUNTY));
    unstored = demoReports(townships, [2019]);
    for (const report of unstored.splice(0, 2)) await ingestReport(db.dataSource, storeInput(report));
    elsewhere = await openDatabase(db.config);
    cached = await tracedHub(db.dataSource, { responseCacheBytes: MB });
    other = await tracedHub(elsewhere, { responseCacheBytes: MB });
  });
  afterAll(async () => {
    await stopServing(other);
    await stopServing(cached);
    await elsewhere.destroy();
    await db.close();
  });

  function storeInput(report: (typeof unstored)[number]) {
    return { townshipCode: report.townshipCode, year: report.year, bytes: Buffer.from(report.text, 'utf8'), format: 'TEXT' as const };
  }
  const uploadThrough = async (hub: RunningHub): Promise<void> => {
    const report = unstored.shift()!;
    const answer = await ask<{ uploadReport: { status: string } }>(hub, UPLOAD, {
      variables: { input: { townshipCode: report.townshipCode, year: report.year, content: report.text } },
    });
    expect(answer.data?.uploadReport.status).toBe('CREATED');
  };
  /** The ranking, asked until it comes from the cache: the answer any later write must change. */
  const warmRanking = async (): Promise<Answer<ChannelData>> => {
    await ask<ChannelData>(cached, RANKING);
    const answer = await ask<ChannelData>(cached, RANKING);
    expect(answer.statements).toBe(1);
    return answer;
  };

  /** A token of the given role, created through the cached hub. */
  const token = async (name: string, role: string, townshipCodes: string[] = []): Promise<string> => {
    const variables = { input: { name, role, townshipCodes } };
    const mutation = 'mutation($input: CreateApiTokenInput!) { createApiToken(input: $input) { token } }';
    return (await ask<{ createApiToken: { token: string } }>(cached, mutation, { variables })).data!.createApiToken.token;
  };

  it('answers a repeated query from the cache, with the same data, for the one statement of the generation', async () => {
    const first = await ask<ChannelData>(cached, RANKING);
    const again = await ask<ChannelData>(cached, RANKING);
    expect(first.errors).toBeUndefined();
    expect(first.statements).toBe(1 + 2);
    expect(again.statements).toBe(1);
    expect(again.data).toEqual(first.data);
    expect(reportedCount(again)).toBe(2);
  });

  it('takes the same variables in any order for the same query', async () => {
    const query = 'query($year: Int!, $regionCode: String!) { channelComparison(year: $year, regionCode: $regionCode) { rank } }';
    const first = await ask(cached, query, { variables: { year: 2019, regionCode: COUNTY } });
    const reordered = await ask(cached, query, { variables: { regionCode: COUNTY, year: 2019 } });
    const otherYear = await ask(cached, query, { variables: { regionCode: COUNTY, year: 2020 } });
    // The generation, then the comparison: its region's scope is remembered from the test before.
    expect([first.statements, reordered.statements]).toEqual([1 + 1, 1]);
    expect(otherYear.statements).toBeGreaterThan(1);
  });

  it('answers with an upload through the mutation at once: the generation moved', async () => {
    const before = reportedCount(await warmRanking());
    const generation = await dataGeneration(db.dataSource);
    await uploadThrough(cached);
    expect(await dataGeneration(db.dataSource)).not.toBe(generation);
    const after = await ask<ChannelData>(cached, RANKING);
    expect(after.statements).toBeGreaterThan(1);
    expect(reportedCount(after)).toBe(before + 1);
  });

  it('answers with an upload through another hub on the same database', async () => {
    const before = reportedCount(await warmRanking());
    await uploadThrough(other);
    expect(reportedCount(await ask<ChannelData>(cached, RANKING))).toBe(before + 1);
  });

  it('answers with a report stored by the store layer directly, as the CLI stores it', async () => {
    const before = reportedCount(await warmRanking());
    await ingestReport(elsewhere, storeInput(unstored.shift()!));
    expect(reportedCount(await ask<ChannelData>(cached, RANKING))).toBe(before + 1);
  });

  it('answers with a mutation of another hub that stores no report (its audit event moves the generation)', async () => {
    const tokens = '{ apiTokens { name } }';
    type Tokens = { apiTokens: { name: string }[] };
    await ask(cached, tokens);
    const before = await ask<Tokens>(cached, tokens);
    expect(before.statements).toBe(1);
    const created = await ask(other, 'mutation { createApiToken(input: { name: "看板", role: ANALYST }) { token } }');
    expect(created.errors).toBeUndefined();
    const after = await ask<Tokens>(cached, tokens);
    expect(after.data?.apiTokens.map((token) => token.name)).toEqual([...before.data!.apiTokens.map((token) => token.name), '看板']);
  });

  it('answers with rubrics seeded by a starting hub, which no mutation stores', async () => {
    const rubrics = `{ rubrics(year: 2019, regionCode: "${COUNTY}") { version } }`;
    await ask(cached, rubrics);
    const before = await ask(cached, rubrics);
    expect(before).toMatchObject({ statements: 1, data: { rubrics: [] } });
    expect(await seedDemoRubricsIfEmpty(elsewhere)).toBe(2);
    expect((await ask<{ rubrics: { version: number }[] }>(cached, rubrics)).data?.rubrics).toEqual([{ version: 1 }]);
  });

  it('keeps answers apart for different roles and township scopes, shared by actors alike', async () => {
    await seedDemoRubricsIfEmpty(db.dataSource);
    const [evaluator, evaluator2, analyst, uploaderA, uploaderA2, uploaderB] = [
      await token('评估甲', 'EVALUATOR'),
      await token('评估乙', 'EVALUATOR'),
      await token('分析', 'ANALYST'),
      await token('上传甲', 'UPLOADER', ['330281109']),
      await token('上传乙', 'UPLOADER', ['330281109']),
      await token('上传丙', 'UPLOADER', ['330281001']),
    ];
    const assessment = `{ assessment(year: 2019, regionCode: "${COUNTY}") { township { code } total } }`;
    const scored = await ask<{ assessment: unknown[] }>(cached, assessment, { token: evaluator });
    expect(scored.errors).toBeUndefined();
    expect(scored.data?.assessment.length).toBeGreaterThan(0);
    const anonymous = await ask(cached, assessment, { token: null });
    expect(anonymous.data).toBeNull();
    expect(['UNAUTHENTICATED', 'FORBIDDEN']).toContain(anonymous.errors?.[0].extensions?.code);
    const byAnalyst = await ask(cached, assessment, { token: analyst });
    expect(byAnalyst.statements).toBeGreaterThan(1);
    expect(byAnalyst.data).toEqual(scored.data);
    expect(await ask(cached, assessment, { token: evaluator2 })).toEqual({ ...scored, statements: 1 });

    const asUploader = async (secret: string) => (await ask<ChannelData>(cached, RANKING, { token: secret })).statements;
    expect(await asUploader(uploaderA)).toBeGreaterThan(1);
    expect(await asUploader(uploaderB)).toBeGreaterThan(1);
    expect(await asUploader(uploaderA2)).toBe(1);
  });

  it('keeps no answer to `me`, which names the token’s holder: two evaluators are told their own names', async () => {
    const [first, second] = [await token('评估一', 'EVALUATOR'), await token('评估二', 'EVALUATOR')];
    const me = 'query Who { ...Who } fragment Who on Query { me { name role } }';
    type Me = { me: { name: string } };
    expect((await ask<Me>(cached, me, { token: first })).data?.me.name).toBe('评估一');
    expect((await ask<Me>(cached, me, { token: second })).data?.me.name).toBe('评估二');
    expect((await ask<Me>(cached, '{ me { name } }', { token: first })).data?.me.name).toBe('评估一');
    expect((await ask<Me>(cached, '{ me { name } }', { token: second })).data?.me.name).toBe('评估二');
  });

  it('keeps no answer that has errors', async () => {
    const partly = `{ channelComparison(year: 2019, regionCode: "${COUNTY}") { rank } report(townshipCode: "330281999", year: 2019) { year } }`;
    const first = await ask<{ channelComparison: unknown[] }>(cached, partly);
    expect(first.errors?.[0].extensions?.code).toBe('UNKNOWN_TOWNSHIP');
    expect(first.data?.channelComparison.length).toBeGreaterThan(0);
    const again = await ask(cached, partly);
    expect(again.errors?.[0].extensions?.code).toBe('UNKNOWN_TOWNSHIP');
    expect(again.statements).toBe(first.statements);
    expect(again.statements).toBeGreaterThan(1);
  });

  it('keeps answers within its byte bound, the least recently used out first', async () => {
    const byWebsite = RANKING;
    const byWechat = RANKING.replace('WEBSITE', 'WECHAT');
    // V8 may hold 2 bytes a character: room for either answer, not for both.
    const sizes = [(await ask<ChannelData>(cached, byWebsite)).data, (await ask<ChannelData>(cached, byWechat)).data].map(
      (data) => 2 * JSON.stringify({ data }).length,
    );
    const small = await tracedHub(db.dataSource, { responseCacheBytes: Math.max(...sizes) + 10 });
    try {
      const statements = async (query: string) => (await ask(small, query)).statements;
      expect(await statements(byWebsite)).toBeGreaterThan(1);
      expect(await statements(byWebsite)).toBe(1);
      expect(await statements(byWechat)).toBeGreaterThan(1);
      expect(await statements(byWechat)).toBe(1);
      expect(await statements(byWebsite)).toBeGreaterThan(1);
    } finally {
      await stopServing(small);
    }
  });

  it('is off with HUB_RESPONSE_CACHE_MB=0: no answer kept, no generation read', async () => {
    process.env.HUB_RESPONSE_CACHE_MB = '0';
    const uncached = await tracedHub(db.dataSource).finally(() => delete process.env.HUB_RESPONSE_CACHE_MB);
    try {
      expect([(await ask<ChannelData>(uncached, RANKING)).statements, (await ask<ChannelData>(uncached, RANKING)).statements]).toEqual([
        1, 1,
      ]);
    } finally {
      await stopServing(uncached);
    }
  });
});

describe('HUB_RESPONSE_CACHE_MB', () => {
  it('is a whole number of megabytes, 64 unless set, 0 for no cache', () => {
    expect(responseCacheBytes({})).toBe(64 * MB);
    expect(responseCacheBytes({ HUB_RESPONSE_CACHE_MB: '' })).toBe(64 * MB);
    expect(responseCacheBytes({ HUB_RESPONSE_CACHE_MB: '0' })).toBe(0);
    expect(loadConfig({ HUB_RESPONSE_CACHE_MB: '8' }).responseCacheBytes).toBe(8 * MB);
  });

  it.each(['lots', '-1', '1.5', '1e300'])('refuses %s, quoting it', (value) => {
    expect(() => loadConfig({ HUB_RESPONSE_CACHE_MB: value })).toThrow(
      `HUB_RESPONSE_CACHE_MB "${value}" must be a whole number of megabytes`,
    );
  });
});

/** SELECTs a server has run so far. */
async function selects(server: TestServer): Promise<number> {
  const [{ Value }] = await server.query<{ Value: string }[]>("SHOW GLOBAL STATUS LIKE 'Com_select'");
  return Number(Value);
}

describeOnMariadbPass('the response cache with a replica (servers of its own)', () => {
  let servers: ReplicatedServers | undefined;
  let dataSource: DataSource | undefined;
  let hub: RunningHub | undefined;

  beforeAll(async () => {
    servers = await startReplicatedMariadb();
    await servers.primary.query('CREATE DATABASE hub CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci');
    const { database } = loadConfig({ DATABASE_URL: servers.primary.url('hub'), DATABASE_REPLICA_URLS: servers.replica.url('hub') });
    dataSource = await openDatabase(database);
    await seedRegions(dataSource, [COUNTY]);
    hub = await tracedHub(dataSource, { responseCacheBytes: MB });
  });
  afterAll(async () => {
    if (hub) await stopServing(hub);
    if (dataSource?.isInitialized) await dataSource.destroy();
    await servers?.stop();
  });

  it('reads the generation where it reads the data: the replica, which serves a write once it has it', async () => {
    const [zhangting, lizhou] = demoReports(
      [
        { code: '330281109', name: '丈亭镇' },
        { code: '330281001', name: '梨洲街道' },
      ],
      [2019],
    );
    const store = (report: typeof zhangting) =>
      ingestReport(dataSource!, { townshipCode: report.townshipCode, year: report.year, bytes: Buffer.from(report.text), format: 'TEXT' });
    await store(zhangting);
    await servers!.caughtUp();
    expect(reportedCount(await ask<ChannelData>(hub!, RANKING))).toBe(1);
    await servers!.replica.query('STOP SLAVE');
    await store(lizhou);
    // The primary's generation moved, the replica's did not: its answer from the cache is still right for it.
    const onPrimaryBefore = await selects(servers!.primary);
    const lagging = await ask<ChannelData>(hub!, RANKING);
    expect(await selects(servers!.primary)).toBe(onPrimaryBefore);
    expect(lagging.statements).toBe(1);
    expect(reportedCount(lagging)).toBe(1);
    await servers!.replica.query('START SLAVE');
    await servers!.caughtUp();
    const caughtUp = await ask<ChannelData>(hub!, RANKING);
    expect(caughtUp.statements).toBeGreaterThan(1);
    expect(reportedCount(caughtUp)).toBe(2);
  });
});
