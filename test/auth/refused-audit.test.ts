import { AuditEvent } from '../../entities';
import { mutationNames } from '../../src/api/audit/refused-request';
import { RunningHub, serveHub } from '../../src/hub';
import { TEST_DATABASE_KIND, TestDatabase, openTestDatabase, seedRegions } from '../support/database';
import { jsonHeaders, testServeSettings } from '../support/http-access';

describe(`mutations refused before GraphQL runs are audited (${TEST_DATABASE_KIND})`, () => {
  let db: TestDatabase;
  let hub: RunningHub;
  beforeAll(async () => {
    db = await openTestDatabase();
    await seedRegions(db.dataSource, ['330281']);
    hub = await serveHub(db.dataSource, 0, testServeSettings({ publicRead: false }));
  });
  afterAll(async () => {
    await new Promise<void>((resolve) => hub.server.close(() => resolve()));
    await hub.apollo.stop();
    await db.close();
  });

  const post = (token: string | null, query: string) =>
    fetch(hub.url, { method: 'POST', headers: jsonHeaders(token), body: JSON.stringify({ query, variables: {} }) });

  it('records who was refused, for which mutation, with the refusal code and request id', async () => {
    const response = await post('dhub_not-a-real-token-at-all', 'mutation { revokeApiToken(id: 1) }');
    expect(response.status).toBe(401);
    const noToken = await post(null, 'mutation { revokeApiToken(id: 2) }');
    expect(noToken.status).toBe(401);
    const events = await db.dataSource.getRepository(AuditEvent).find({ order: { id: 'ASC' } });
    expect(events.map((event) => [event.mutation, event.outcome, event.actorRole])).toEqual([
      ['revokeApiToken', 'UNAUTHENTICATED', null],
      ['revokeApiToken', 'UNAUTHENTICATED', null],
    ]);
    expect(events[0].requestId).toBe(response.headers.get('x-request-id'));
  });

  it('leaves refused queries out (only mutations are audited)', async () => {
    const before = await db.dataSource.getRepository(AuditEvent).count();
    expect((await post(null, '{ townships(regionCode: "330281") { code } }')).status).toBe(401);
    expect(await db.dataSource.getRepository(AuditEvent).count()).toBe(before);
  });

  it('writes one row for a refused request however many mutations it asks (3,200 revokeApiToken wrote 3,200 rows)', async () => {
    const before = await db.dataSource.getRepository(AuditEvent).count();
    const repeated = `mutation { ${'revokeApiToken(id: 1) { id } '.repeat(3200)} }`;
    const aliased = `mutation { ${Array.from({ length: 800 }, (_, i) => `a${i}: revokeApiToken(id: ${i}) { id }`).join(' ')} }`;
    for (const query of [repeated, aliased]) expect((await post('dhub_not-a-real-token-at-all', query)).status).toBe(401);
    const events = (await db.dataSource.getRepository(AuditEvent).find({ order: { id: 'ASC' } })).slice(before);
    expect(events.map((event) => [event.mutation, event.outcome])).toEqual([
      ['（无法解析）', 'UNAUTHENTICATED'],
      ['（无法解析）', 'UNAUTHENTICATED'],
    ]);
  });

  it('reads the mutation names of single and batched bodies, and nothing from junk', () => {
    expect(mutationNames({ query: 'mutation A { uploadReport(input: {}) { status } reviewIssue(input: {}) { rule } }' })).toEqual([
      'uploadReport',
      'reviewIssue',
    ]);
    expect(mutationNames([{ query: 'mutation { revokeApiToken(id: 1) }' }, { query: '{ metrics { key } }' }])).toEqual(['revokeApiToken']);
    // A body that says it is a mutation but cannot be read is still audited, once.
    expect(mutationNames({ query: 'mutation {' })).toEqual(['（无法解析）']);
    expect(mutationNames({ query: `mutation { ${'a '.repeat(10000)} }` })).toEqual(['（无法解析）']);
    expect(mutationNames('not json')).toEqual([]);
    expect(mutationNames({ query: `{ ${'a '.repeat(10000)} }` })).toEqual([]);
  });
});
