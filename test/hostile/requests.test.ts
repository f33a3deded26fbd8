import http from 'node:http';
import net from 'node:net';
import Database from 'better-sqlite3';
import mysql from 'mysql2/promise';
import { ApiToken, AuditEvent, Region, RegionLevel } from '../../entities';
import { DEFAULT_LIMITS } from '../../src/api/graphql/limits/limit-config';
import { ingestReport } from '../../src/storage/ingest/ingest-report';
import { TEST_DATABASE_KIND, TestDatabase, openTestDatabase, seedRegions, storedRowCounts } from '../support/database';
import { reportFixture } from '../support/fixtures';
import { TEST_ADMIN_TOKEN, jsonHeaders } from '../support/http-access';
import { HubProcess, startHubProcess } from '../support/hub-process';

const ZHANGTING = '330281109';
/** The hub stops a query operation's statement after this long (MariaDB). */
const STATEMENT_TIMEOUT_MS = 3000;

interface Answer {
  status: number;
  headers: Headers;
  text: string;
  body: {
    data?: unknown;
    errors?: { message: string; extensions: Record<string, unknown> }[];
    extensions?: Record<string, unknown>;
  };
}

/** An answer's data, as the test's query shapes it. */
const data = <T>(answer: Answer): T => answer.body.data as T;

/**
 * Attacks a client can make with requests, each against the hub as deployed, in a process of
 * its own, on the whole country's regions: each ends with its typed error or a bounded answer,
 * nothing is stored, and where the attack was a stall, the hub goes on serving meanwhile.
 */
describe(`request attacks on a hub in its own process (${TEST_DATABASE_KIND})`, () => {
  let db: TestDatabase;
  let hub: HubProcess;
  beforeAll(async () => {
    db = await openTestDatabase();
    await seedRegions(db.dataSource, ['']);
    const text = reportFixture('zhangting-2019.txt');
    await ingestReport(db.dataSource, { townshipCode: ZHANGTING, year: 2019, bytes: text, format: 'AUTO' });
    hub = await startHubProcess(db.config, {
      HUB_ADMIN_TOKEN: TEST_ADMIN_TOKEN,
      HUB_TRACE_SQL: 'on',
      HUB_RESPONSE_CACHE_MB: '0',
      HUB_STATEMENT_TIMEOUT_MS: String(STATEMENT_TIMEOUT_MS),
    });
  });
  afterAll(async () => {
    await hub.stop();
    await db.close();
  });

  const post = async (token: string | null, payload: unknown): Promise<Answer> => {
    const response = await fetch(hub.url, { method: 'POST', headers: jsonHeaders(token), body: JSON.stringify(payload) });
    const text = await response.text();
    return { status: response.status, headers: response.headers, text, body: JSON.parse(text) as Answer['body'] };
  };
  const codes = (answer: Answer) => (answer.body.errors ?? []).map((error) => error.extensions.code);
  const auditRows = () => db.dataSource.getRepository(AuditEvent).count();

  /** Requests a static file again and again until `pending` settles: how many were answered while it was pending. */
  async function staticFilesServedDuring(pending: Promise<unknown>): Promise<number> {
    let settled = false;
    void pending.finally(() => (settled = true)).catch(() => undefined);
    let served = 0;
    while (!settled) {
      const response = await fetch(`${hub.base}/static/hub.css`);
      expect(response.status).toBe(200);
      await response.arrayBuffer();
      if (!settled) served++;
    }
    return served;
  }

  it('compare of 30 metrics × every year since 2008 for the whole country is refused before it reads a cell, with a token or without', async () => {
    const listed = data<{ metrics: { key: string }[] }>(await post(null, { query: '{ metrics { key } }' }));
    const metrics = listed.metrics.slice(0, 30).map((metric) => metric.key);
    const years = Array.from({ length: new Date().getFullYear() - 2008 + 1 }, (_, i) => 2008 + i);
    const townships = await db.dataSource.getRepository(Region).count({ where: { level: RegionLevel.TOWNSHIP } });
    const query = `query($input: CompareInput!) { a: compare(input: $input) { totalCount } b: compare(input: $input) { totalCount } }`;
    const before = await storedRowCounts(db.dataSource);
    for (const [token, limit] of [
      [null, DEFAULT_LIMITS.maxCellsAnonymous],
      [TEST_ADMIN_TOKEN, DEFAULT_LIMITS.maxCells],
    ] as const) {
      const answer = await post(token, { query, variables: { input: { metrics, years, includeMissing: true } } });
      const refusal = { code: 'QUERY_TOO_COSTLY', limit, actual: metrics.length * years.length * townships };
      // The first refusal ends the operation (compare is not nullable): one error, for one alias or the other.
      expect(answer.body.errors!.map((error) => error.extensions)).toEqual([expect.objectContaining(refusal)]);
      // The aliases counted the country's townships, and nothing more ran.
      expect(answer.body.extensions!.sqlStatements).toBeLessThanOrEqual(2);
    }
    const download = await fetch(
      `${hub.base}/export/compare.csv?input=${encodeURIComponent(JSON.stringify({ metrics, years, regionCode: '51' }))}`,
    );
    expect(download.status).toBe(400);
    expect(((await download.json()) as Answer['body']).errors![0].extensions).toMatchObject({ code: 'QUERY_TOO_COSTLY' });
    expect(await storedRowCounts(db.dataSource)).toEqual(before);
  });

  it('another holder of a lock the request needs never holds the event loop: static files are served while it waits, and it ends typed', async () => {
    const before = await storedRowCounts(db.dataSource);
    if (db.config.kind === 'sqlite') {
      // Another process writing: the file's write lock held.
      const other = new Database(db.config.file);
      other.exec('BEGIN EXCLUSIVE');
      try {
        const write = post(TEST_ADMIN_TOKEN, { query: 'mutation { createApiToken(input: { name: "锁住时", role: ANALYST }) { token } }' });
        expect(await staticFilesServedDuring(write)).toBeGreaterThanOrEqual(3);
        expect(codes(await write)).toEqual(['DATABASE_BUSY']);
      } finally {
        other.exec('COMMIT');
        other.close();
      }
    } else {
      // A table locked by another session: the query waits, and MariaDB stops it at HUB_STATEMENT_TIMEOUT_MS.
      const other = await mysql.createConnection(db.config.url);
      await other.query('LOCK TABLES regions WRITE');
      try {
        const read = post(null, { query: '{ townships(regionCode: "330281") { code } }' });
        expect(await staticFilesServedDuring(read)).toBeGreaterThanOrEqual(3);
        expect(codes(await read)).toEqual(['QUERY_TIMEOUT']);
      } finally {
        await other.query('UNLOCK TABLES');
        await other.end();
      }
    }
    expect(await storedRowCounts(db.dataSource)).toEqual(before);
  });

  if (TEST_DATABASE_KIND === 'mysql') {
    it("KILL QUERY on the hub's connection is QUERY_INTERRUPTED (it was INTERNAL_SERVER_ERROR)", async () => {
      const url = db.config.kind === 'mysql' ? db.config.url : '';
      const other = await mysql.createConnection(url);
      await other.query('LOCK TABLES regions WRITE');
      try {
        const read = post(null, { query: '{ townships(regionCode: "330282") { code } }' });
        const database = new URL(url).pathname.slice(1);
        let waiting: { id: number }[] = [];
        while (!waiting.length) {
          [waiting] = (await other.query(
            "SELECT id FROM information_schema.processlist WHERE db = ? AND info LIKE '%regions%' AND state LIKE '%lock%' AND id <> CONNECTION_ID()",
            [database],
          )) as [{ id: number }[], unknown];
        }
        await other.query('KILL QUERY ?', [waiting[0].id]);
        expect(codes(await read)).toEqual(['QUERY_INTERRUPTED']);
      } finally {
        await other.query('UNLOCK TABLES');
        await other.end();
      }
    });
  }

  it('revokeApiToken asked 100 times in one request writes one audit row, anonymously or with a bad token (3,200 wrote 3,200)', async () => {
    const repeated = (times: number) => `mutation { ${'revokeApiToken(id: 1) { id } '.repeat(times)} }`;
    let rows = await auditRows();
    for (const token of [null, 'dhub_not-a-real-token-at-all']) {
      const answer = await post(token, { query: repeated(100) });
      expect(codes(answer)).toEqual(['UNAUTHENTICATED']);
      expect(await auditRows()).toBe(++rows);
    }
    // 3,200 of them: past what a document may hold, refused before anything runs, and never a row each.
    const huge = await post(null, { query: repeated(3200) });
    expect(huge.status).toBe(400);
    expect(await auditRows()).toBe(rows);
  });

  it('strings longer than their columns are refused before the database, naming the field and the limit (on MariaDB they were INTERNAL_SERVER_ERROR)', async () => {
    const before = await storedRowCounts(db.dataSource);
    const rows = await auditRows();
    const review = { townshipCode: ZHANGTING, year: 2019, fingerprint: 'f', status: 'DISMISSED', comment: '理'.repeat(2001) };
    const rubric = { regionCode: '330281', year: 2019, criteria: [], note: '注'.repeat(501) };
    const cases: [string, Record<string, unknown>, string, number][] = [
      ['mutation($i: ReviewIssueInput!) { reviewIssue(input: $i) { rule } }', { i: review }, 'reviewIssue.input.comment', 2000],
      ['mutation($i: RubricInput!) { updateRubric(input: $i) { version } }', { i: rubric }, 'updateRubric.input.note', 500],
      [
        'mutation($i: CreateApiTokenInput!) { createApiToken(input: $i) { token } }',
        { i: { name: '名'.repeat(101), role: 'ANALYST' } },
        'createApiToken.input.name',
        100,
      ],
      [`{ townships(regionCode: "${'3'.repeat(101)}") { code } }`, {}, 'townships.regionCode', 100],
    ];
    for (const [query, variables, field, limit] of cases) {
      const answer = await post(TEST_ADMIN_TOKEN, { query, variables });
      expect(answer.body.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field, limit });
      expect(answer.body.errors![0].message).toContain(String(limit));
    }
    // A refused mutation's name longer than the audit log's column (60): one row, the name cut to fit.
    const refused = await post('dhub_not-a-real-token-at-all', { query: `mutation { ${'a'.repeat(70)} }` });
    expect(refused.status).toBe(401);
    const [event] = await db.dataSource.getRepository(AuditEvent).find({ order: { id: 'DESC' }, take: 1 });
    expect(event.mutation).toHaveLength(60);
    expect(await auditRows()).toBe(rows + 1);
    expect(await storedRowCounts(db.dataSource)).toEqual(before);
  });

  it('a 20 MB regionCode is refused in a short answer that quotes none of it (it was echoed twice)', async () => {
    const code = '3'.repeat(20 * 1024 * 1024);
    const answer = await post(null, { query: 'query($c: String!) { townships(regionCode: $c) { code } }', variables: { c: code } });
    expect(codes(answer)).toEqual(['BAD_USER_INPUT']);
    expect(answer.text.length).toBeLessThan(2000);
    // Typed errors quote at most 200 characters of an input, wherever it is.
    const unknown = await post(null, { query: `{ townships(regionCode: "${'9'.repeat(99)}") { code } }` });
    expect(codes(unknown)).toEqual(['UNKNOWN_REGION']);
    expect(unknown.text).toContain('9'.repeat(99));
    const wrongType = await post(null, {
      query: 'query($y: Int!) { missingReports(year: $y, regionCode: "33") { code } }',
      variables: { y: code },
    });
    expect(codes(wrongType)).toEqual(['BAD_USER_INPUT']);
    expect(wrongType.text.length).toBeLessThan(2000);
  });

  it('a body over the limit is answered with a readable 413, then the connection is closed (it was a reset)', async () => {
    const body = JSON.stringify({
      query: 'mutation($i: UploadReportInput!) { previewReport(input: $i) { format } }',
      variables: { i: { content: 'x'.repeat(30 * 1024 * 1024) } },
    });
    // On a connection of its own (not one the hub may be closing as idle), as a browser's upload.
    const { status, headers, text } = await new Promise<{ status?: number; headers: http.IncomingHttpHeaders; text: string }>(
      (resolve, reject) => {
        const request = http.request(hub.url, { method: 'POST', headers: jsonHeaders(), agent: false }, (response) => {
          let received = '';
          response.on('data', (chunk: Buffer) => (received += chunk.toString()));
          response.on('end', () => resolve({ status: response.statusCode, headers: response.headers, text: received }));
        });
        request.on('error', reject);
        request.end(body);
      },
    );
    expect(status).toBe(413);
    expect(headers.connection).toBe('close');
    expect((JSON.parse(text) as Answer['body']).errors![0].extensions).toMatchObject({ code: 'DOCUMENT_TOO_LARGE' });
  });

  it('a deeply nested input on /export/compare.csv is a typed error (it was a 500 RangeError)', async () => {
    for (const depth of [2500, 7000]) {
      const nested = `{"metrics":${'['.repeat(depth)}${']'.repeat(depth)},"years":[2019],"regionCode":"330281"}`;
      const path = depth < 5000 ? encodeURIComponent(nested) : nested;
      const response = await fetch(`${hub.base}/export/compare.csv?input=${path}`);
      expect(response.status).toBe(400);
      const body = (await response.json()) as Answer['body'];
      expect(body.errors![0].extensions.code).toBe('BAD_USER_INPUT');
      expect(body.errors![0].message.length).toBeLessThan(400);
    }
  });

  it('a GraphQL document nested past what the parser can hold is refused in Chinese (it said "Maximum call stack size exceeded")', async () => {
    const answer = await post(null, { query: `{ townships(regionCode: ${'['.repeat(2400)}"1"${']'.repeat(2400)}) { code } }` });
    expect(answer.status).toBe(400);
    expect(codes(answer)).toEqual(['GRAPHQL_PARSE_FAILED']);
    expect(answer.body.errors![0].message).toContain('嵌套过深');
  });

  it('who decides is the token: an EVALUATOR cannot sign a decision as 「市长本人」', async () => {
    const created = await post(TEST_ADMIN_TOKEN, {
      query: 'mutation { createApiToken(input: { name: "考核组 钱七", role: EVALUATOR }) { token } }',
    });
    const evaluator = data<{ createApiToken: { token: string } }>(created).createApiToken.token;
    const issues = await post(evaluator, { query: `{ report(townshipCode: "${ZHANGTING}", year: 2019) { issues { fingerprint } } }` });
    const [{ fingerprint }] = data<{ report: { issues: { fingerprint: string }[] } }>(issues).report.issues;
    const decide = 'mutation($i: ReviewIssueInput!) { reviewIssue(input: $i) { review { reviewer } } }';
    const input = { townshipCode: ZHANGTING, year: 2019, fingerprint, status: 'CONFIRMED' };
    const signed = await post(evaluator, { query: decide, variables: { i: { ...input, reviewer: '市长本人' } } });
    expect(codes(signed)).toEqual(['BAD_USER_INPUT']);
    expect(signed.text).toContain('reviewer');
    const decided = await post(evaluator, { query: decide, variables: { i: input } });
    expect(data<{ reviewIssue: { review: { reviewer: string } } }>(decided).reviewIssue.review.reviewer).toBe('考核组 钱七');
  });

  it('stopping drains: a request running at SIGTERM is answered, new ones are refused, and the pool closes after it', async () => {
    const tokens = () => db.dataSource.getRepository(ApiToken).count();
    const before = await tokens();
    const body = JSON.stringify({ query: 'mutation { createApiToken(input: { name: "停机时", role: ANALYST }) { apiToken { name } } }' });
    const socket = net.connect(Number(new URL(hub.base).port), '127.0.0.1');
    const response = new Promise<string>((resolve) => {
      let received = '';
      socket.on('data', (chunk: Buffer) => (received += chunk.toString()));
      socket.on('close', () => resolve(received));
    });
    // Expect: 100-continue makes the hub say when it has read the request's head: then the request is running.
    const head = [
      'POST /graphql HTTP/1.1',
      'Host: hub',
      'Content-Type: application/json',
      `Authorization: Bearer ${TEST_ADMIN_TOKEN}`,
      `Content-Length: ${Buffer.byteLength(body)}`,
      'Expect: 100-continue',
    ].join('\r\n');
    const running = new Promise<void>((resolve) => socket.once('data', () => resolve()));
    socket.write(`${head}\r\n\r\n`);
    await running;
    const exited = hub.stop('SIGTERM');
    let refused = false;
    while (!refused)
      refused = await fetch(`${hub.base}/static/hub.css`).then(
        () => false,
        () => true,
      );
    socket.write(body);
    const answer = await response;
    expect(answer).toMatch(/^HTTP\/1\.1 100 Continue\r\n\r\nHTTP\/1\.1 200/);
    expect(answer).toContain('"data":{"createApiToken":{"apiToken":{"name":"停机时"}}}');
    expect(await exited).toBe(0);
    expect(hub.stderr()).not.toMatch(/Pool is closed|unexpected error|request failed/);
    expect(await tokens()).toBe(before + 1);
  });
});
