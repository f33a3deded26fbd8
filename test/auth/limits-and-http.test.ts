import net from 'node:net';
import mysql from 'mysql2/promise';
import { DEFAULT_LIMITS } from '../../src/api/graphql/limits/limit-config';
import { loadConfig } from '../../src/config';
import { databaseError } from '../../src/storage/db/database-errors';
import { RunningHub, serveHub } from '../../src/hub';
import { GraphQLClient, graphqlClient } from '../support/graphql';
import { TEST_DATABASE_KIND, TestDatabase, openTestDatabase, seedRegions } from '../support/database';
import { HttpAnswer, TEST_ADMIN_TOKEN, jsonBody, jsonHeaders, testServeSettings } from '../support/http-access';
import { textContaining } from '../support/matchers';

describe(`limits, request ids and access over HTTP (${TEST_DATABASE_KIND})`, () => {
  let db: TestDatabase;
  let api: GraphQLClient;
  let open: RunningHub;
  let closed: RunningHub;
  beforeAll(async () => {
    db = await openTestDatabase();
    await seedRegions(db.dataSource, ['330281']);
    api = await graphqlClient(db.dataSource);
    open = await serveHub(db.dataSource, 0, testServeSettings());
    closed = await serveHub(db.dataSource, 0, testServeSettings({ publicRead: false }));
  });
  afterAll(async () => {
    for (const hub of [open, closed]) {
      await new Promise<void>((resolve) => hub.server.close(() => resolve()));
      await hub.apollo.stop();
    }
    await api.stop();
    await db.close();
  });

  const post = (hub: RunningHub, body: unknown, token: string | null) =>
    fetch(hub.url, { method: 'POST', headers: jsonHeaders(token), body: JSON.stringify(body) });

  it('reads public data without a token, unless HUB_PUBLIC_READ=off', async () => {
    const query = { query: '{ metrics { key } }' };
    expect((await post(open, query, null)).status).toBe(200);
    const refused = await post(closed, query, null);
    expect(refused.status).toBe(401);
    const body = await jsonBody(refused);
    expect(body.errors?.[0].extensions).toMatchObject({ code: 'UNAUTHENTICATED', requestId: refused.headers.get('x-request-id') });
    expect((await post(closed, query, TEST_ADMIN_TOKEN)).status).toBe(200);
  });

  it('refuses an unknown token, and answers every error with the request id', async () => {
    const refused = await post(open, { query: '{ metrics { key } }' }, 'dhub_not-a-token');
    expect(refused.status).toBe(401);
    expect((await jsonBody(refused)).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    const failed = await post(open, { query: '{ townships(regionCode: "99") { code } }' }, null);
    const id = failed.headers.get('x-request-id');
    expect(id).toMatch(/^[0-9a-f-]{36}$/);
    expect((await jsonBody(failed)).errors?.[0].extensions).toMatchObject({ code: 'UNKNOWN_REGION', requestId: id });
  });

  it('bounds batched operations', async () => {
    const one = { query: '{ region(code: "330281") { code } }' };
    const batch = await post(open, [one, one], null);
    expect((await jsonBody<HttpAnswer<{ region: { code: string } }>[]>(batch)).map((answer) => answer.data?.region.code)).toEqual([
      '330281',
      '330281',
    ]);
    const tooMany = await post(open, Array(DEFAULT_LIMITS.maxBatch + 1).fill(one), null);
    expect(tooMany.status).toBe(400);
    expect((await jsonBody(tooMany)).errors?.[0].extensions).toMatchObject({ code: 'TOO_MANY_OPERATIONS', limit: DEFAULT_LIMITS.maxBatch });
  });

  it('refuses a query past its depth, alias or cost limit before it runs, naming the limit', async () => {
    const strict = api.withLimits({ ...DEFAULT_LIMITS, maxDepth: 3, maxAliases: 2, maxCost: 50 });
    const deep = await strict.execute('{ assessment(year: 2019, regionCode: "330281") { criteria { evidence { issue { rule } } } } }');
    expect(deep.errors![0].extensions).toMatchObject({ code: 'QUERY_TOO_DEEP', limit: 3, actual: 5 });
    expect(deep.errors![0].message).toContain('HUB_MAX_DEPTH');
    const aliased = await strict.execute(
      '{ a: region(code: "33") { code } b: region(code: "33") { code } c: region(code: "33") { code } }',
    );
    expect(aliased.errors![0].extensions).toMatchObject({ code: 'TOO_MANY_ALIASES', limit: 2, actual: 3 });
    const costly = await strict.execute('{ townships(regionCode: "330281") { code name county { code name } } }');
    expect(costly.errors![0].extensions).toMatchObject({ code: 'QUERY_TOO_COSTLY', limit: 50 });
    expect(deep.statements.concat(aliased.statements, costly.statements)).toEqual([]);
    // The text's shape is the same for every request; the limits are each request's own.
    expect((await api.execute('{ townships(regionCode: "330281") { code name county { code name } } }')).errors).toBeUndefined();
    expect(
      (await strict.execute('{ townships(regionCode: "330281") { code name county { code name } } }')).errors![0].extensions,
    ).toMatchObject({ code: 'QUERY_TOO_COSTLY', limit: 50 });
  });

  it('refuses a document over HUB_MAX_UPLOAD_BYTES with DOCUMENT_TOO_LARGE, before reading it', async () => {
    const small = api.withLimits({ ...DEFAULT_LIMITS, maxUploadBytes: 1000 });
    for (const [content, encoding] of [
      ['丈'.repeat(400), 'UTF8'],
      [Buffer.alloc(1001).toString('base64'), 'BASE64'],
    ]) {
      const result = await small.execute('mutation($input: UploadReportInput!) { previewReport(input: $input) { format } }', {
        input: { townshipCode: '330281109', year: 2019, content, encoding },
      });
      expect(result.errors![0].extensions).toMatchObject({ code: 'DOCUMENT_TOO_LARGE', maxBytes: 1000 });
    }
  });
});

describe('configuration and an unreachable database', () => {
  it('quotes a bad limit or switch', () => {
    expect(() => loadConfig({ HUB_MAX_DEPTH: 'deep' })).toThrow('HUB_MAX_DEPTH "deep"');
    expect(() => loadConfig({ HUB_PUBLIC_READ: 'maybe' })).toThrow('HUB_PUBLIC_READ "maybe"');
    expect(() => loadConfig({ HUB_ADMIN_TOKEN: 'short' })).toThrow('HUB_ADMIN_TOKEN');
    expect(loadConfig({ HUB_MAX_UPLOAD_BYTES: '1024' }).limits.maxUploadBytes).toBe(1024);
    expect(() => loadConfig({ HUB_MAX_CELLS: '0' })).toThrow('HUB_MAX_CELLS "0"');
    expect(loadConfig({ HUB_MAX_CELLS_ANONYMOUS: '5000' }).limits.maxCellsAnonymous).toBe(5000);
    expect(loadConfig({ HUB_STATEMENT_TIMEOUT_MS: '0' }).limits.statementTimeoutMs).toBe(0);
    expect(() => loadConfig({ HUB_STATEMENT_TIMEOUT_MS: '-1' })).toThrow('HUB_STATEMENT_TIMEOUT_MS "-1"');
    expect([loadConfig({}).host, loadConfig({ HOST: '127.0.0.1' }).host]).toEqual(['0.0.0.0', '127.0.0.1']);
    expect(loadConfig({ HUB_PARSE_WORKERS: '3', HUB_PARSE_TIMEOUT_MS: '5000', HUB_PARSE_MEMORY_MB: '128' }).parsing).toEqual({
      workers: 3,
      timeoutMs: 5000,
      memoryMb: 128,
    });
    expect(() => loadConfig({ HUB_PARSE_WORKERS: '0' })).toThrow('HUB_PARSE_WORKERS "0"');
    expect(() => loadConfig({ HUB_PARSE_MEMORY_MB: '8' })).toThrow('HUB_PARSE_MEMORY_MB "8"');
  });

  it('makes a database that cannot be reached a typed DATABASE_UNAVAILABLE', async () => {
    // A port nothing listens on: what the hub meets while MariaDB restarts.
    const port = await new Promise<number>((resolve) => {
      const server = net.createServer().listen(0, () => {
        const { port: free } = server.address() as net.AddressInfo;
        server.close(() => resolve(free));
      });
    });
    const failure = await mysql.createConnection({ host: '127.0.0.1', port, user: 'root' }).catch((error: unknown) => error);
    expect(databaseError(failure)).toMatchObject({ code: 'DATABASE_UNAVAILABLE', message: textContaining('数据库') });
    expect(databaseError(new Error('syntax error'))).toBeNull();
  });
});
