import { AuditEvent } from '../../entities';
import { loadConfig } from '../../src/config';
import { DEFAULT_RATE_LIMITS, NO_RATE_LIMITS, parseRateLimits } from '../../src/api/http/rate-limit-config';
import { SlidingWindow } from '../../src/api/http/sliding-window';
import { RunningHub, serveHub } from '../../src/hub';
import { TEST_DATABASE_KIND, TestDatabase, openTestDatabase, seedRegions } from '../support/database';
import { TEST_ADMIN_TOKEN, jsonHeaders, testServeSettings } from '../support/http-access';

describe('HUB_RATE_LIMIT', () => {
  it('has bounds for requests without a token and for failed authentications, none for tokens, unless told', () => {
    expect(parseRateLimits(undefined)).toEqual(DEFAULT_RATE_LIMITS);
    expect(DEFAULT_RATE_LIMITS).toMatchObject({ anonymous: { limit: 600, windowMs: 60_000 }, authFailures: { limit: 30 }, token: null });
    expect(parseRateLimits('off')).toEqual(NO_RATE_LIMITS);
    expect(parseRateLimits('anonymous=100/s, token=6000/h')).toEqual({
      anonymous: { limit: 100, windowMs: 1000, per: '每秒' },
      authFailures: DEFAULT_RATE_LIMITS.authFailures,
      token: { limit: 6000, windowMs: 3_600_000, per: '每小时' },
    });
    expect(parseRateLimits('auth-failures=off').authFailures).toBeNull();
    expect(loadConfig({ HUB_RATE_LIMIT: 'anonymous=5/min' }).rateLimits.anonymous).toMatchObject({ limit: 5 });
  });

  it('quotes a bound it cannot read', () => {
    expect(() => parseRateLimits('anonymous=lots')).toThrow('anonymous=lots');
    expect(() => parseRateLimits('everyone=5/min')).toThrow('"everyone=5/min"');
    expect(() => parseRateLimits('anonymous=0/min')).toThrow('anonymous=0/min');
  });
});

describe('a sliding window of events', () => {
  /** A clock the test moves: the window's arithmetic, not the time a test takes. */
  const clock = (start: number) => {
    let now = start;
    return { now: () => now, advance: (ms: number) => (now += ms) };
  };

  it('allows `limit` events in any window, and says how long to wait for the next', () => {
    const time = clock(60_000 * 1000);
    const window = new SlidingWindow({ limit: 5, windowMs: 60_000, per: '每分钟' }, time.now);
    expect(Array.from({ length: 5 }, () => window.take('a'))).toEqual([0, 0, 0, 0, 0]);
    const wait = window.take('a');
    expect(wait).toBeGreaterThan(0);
    expect(window.take('b')).toBe(0);
    // Half a minute on, the five still count; once the wait is over, one more is allowed.
    time.advance(30_000);
    expect(window.take('a')).toBeGreaterThan(0);
    time.advance(wait * 1000 - 30_000);
    expect(window.take('a')).toBe(0);
    expect(window.take('a')).toBeGreaterThan(0);
  });

  it('slides: the previous window counts for the part of it still covered', () => {
    const time = clock(60_000 * 1000 + 50_000);
    const window = new SlidingWindow({ limit: 10, windowMs: 60_000, per: '每分钟' }, time.now);
    for (let i = 0; i < 10; i++) expect(window.take('a')).toBe(0);
    // 20 s into the next window, two thirds of the previous one's 10 still count: 3 more fit, not 10.
    time.advance(30_000);
    expect(Array.from({ length: 4 }, () => window.take('a') === 0)).toEqual([true, true, true, false]);
  });

  it('counts failures whatever the rate, and peeks without counting', () => {
    const window = new SlidingWindow({ limit: 2, windowMs: 60_000, per: '每分钟' }, clock(0).now);
    window.record('x');
    expect(window.peek('x')).toBe(0);
    window.record('x');
    window.record('x');
    expect(window.peek('x')).toBeGreaterThan(0);
  });
});

describe(`rate limits over HTTP (${TEST_DATABASE_KIND})`, () => {
  let db: TestDatabase;
  let hub: RunningHub;
  beforeAll(async () => {
    db = await openTestDatabase();
    await seedRegions(db.dataSource, ['330281']);
    hub = await serveHub(db.dataSource, 0, { ...testServeSettings(), rateLimits: parseRateLimits('anonymous=3/min,auth-failures=2/min') });
  });
  afterAll(async () => {
    await new Promise<void>((resolve) => hub.server.close(() => resolve()));
    await hub.apollo.stop();
    await db.close();
  });

  const post = (token: string | null, query: string) =>
    fetch(hub.url, { method: 'POST', headers: jsonHeaders(token), body: JSON.stringify({ query }) });
  const base = () => hub.url.replace(/\/graphql$/, '');

  it('refuses requests without a token past the bound, with 429, Retry-After and RATE_LIMITED; tokens and static files go on', async () => {
    const query = '{ region(code: "330281") { name } }';
    expect((await post(null, query)).status).toBe(200);
    expect((await fetch(`${base()}/export/summary.docx?year=2019&regionCode=330281`)).status).toBe(200);
    expect((await post(null, query)).status).toBe(200);
    const refused = await post(null, query);
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
    const body = (await refused.json()) as { errors: { message: string; extensions: Record<string, unknown> }[] };
    expect(body.errors[0].extensions).toMatchObject({ code: 'RATE_LIMITED', limit: 3, windowSeconds: 60 });
    expect(body.errors[0].extensions.requestId).toBe(refused.headers.get('x-request-id'));
    expect(body.errors[0].message).toContain('HUB_RATE_LIMIT');
    expect((await fetch(`${base()}/export/summary.docx?year=2019&regionCode=330281`)).status).toBe(429);
    expect((await post(TEST_ADMIN_TOKEN, query)).status).toBe(200);
    expect((await fetch(`${base()}/static/hub.css`)).status).toBe(200);
  });

  it('refuses an address that failed to authenticate too often, unread, and writes nothing for a refusal', async () => {
    const audit = () => db.dataSource.getRepository(AuditEvent).count();
    const mutation = 'mutation { revokeApiToken(id: 1) { id } }';
    for (let i = 0; i < 2; i++) expect((await post('dhub_guessed-wrong', mutation)).status).toBe(401);
    const rows = await audit();
    const refused = await post('dhub_guessed-wrong', mutation);
    expect(refused.status).toBe(429);
    const body = (await refused.json()) as { errors: { extensions: { code: string } }[] };
    expect(body.errors[0].extensions.code).toBe('RATE_LIMITED');
    // While the address is over, a token is not even looked at: a guess that happens to be right is refused too.
    expect((await post(TEST_ADMIN_TOKEN, '{ metrics { key } }')).status).toBe(429);
    expect(await audit()).toBe(rows);
  });
});
