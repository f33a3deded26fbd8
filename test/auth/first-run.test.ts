import { ApiToken } from '../../entities';
import { RunningHub, startHub } from '../../src/hub';
import { TEST_DATABASE_KIND, TestDatabase, openTestDatabase, seedRegions } from '../support/database';
import { testHubConfig } from '../support/hub-config';
import { jsonHeaders, TEST_ADMIN_TOKEN } from '../support/http-access';

const SECRET = /dhub_[A-Za-z0-9_-]{43}/g;

/** A hub as `npm start` starts one, on the test's database, its stdout lines kept. */
async function start(db: TestDatabase, env: NodeJS.ProcessEnv = {}): Promise<{ hub: RunningHub; printed: string[] }> {
  const printed: string[] = [];
  const config = testHubConfig(db.config, { HUB_DEMO: 'off', ...env });
  return { hub: await startHub(config, (line) => printed.push(line)), printed };
}

const secretsIn = (printed: string[]) => printed.join('\n').match(SECRET) ?? [];

async function tokensCan(hub: RunningHub, secret: string): Promise<unknown> {
  const response = await fetch(hub.url, {
    method: 'POST',
    headers: jsonHeaders(secret),
    body: JSON.stringify({ query: '{ apiTokens { role } }' }),
  });
  return response.json();
}

describe(`the first start without HUB_ADMIN_TOKEN (${TEST_DATABASE_KIND})`, () => {
  let db: TestDatabase;
  const running: RunningHub[] = [];
  beforeEach(async () => {
    db = await openTestDatabase();
    await seedRegions(db.dataSource, ['330281']);
  });
  afterEach(async () => {
    // Each hub has a connection of its own; stopping one closes it.
    for (const hub of running.splice(0)) await hub.stop(0);
    await db.close();
  });

  it('creates one ADMIN token when several hubs start together, and only the hub that created it prints it', async () => {
    const starts = await Promise.all([start(db), start(db), start(db)]);
    running.push(...starts.map(({ hub }) => hub));
    const printedSecrets = starts.flatMap(({ printed }) => secretsIn(printed));
    expect(printedSecrets).toHaveLength(1);
    expect(await db.dataSource.manager.find(ApiToken, { select: { role: true } })).toEqual([{ role: 'ADMIN' }]);
    const [printer] = starts.filter(({ printed }) => secretsIn(printed).length);
    expect(printer.printed.join('\n')).toMatch(/\/upload\b[\s\S]*\/graphql\b/);
    // Any of the hubs takes the printed token as the admin it is.
    expect(await tokensCan(starts[2].hub, printedSecrets[0])).toEqual({ data: { apiTokens: [{ role: 'ADMIN' }] } });
  });

  it('prints nothing on the next start: the database has had its first run', async () => {
    const first = await start(db);
    running.push(first.hub);
    const again = await start(db);
    running.push(again.hub);
    expect([secretsIn(first.printed), secretsIn(again.printed)]).toEqual([[expect.any(String)], []]);
    expect(await db.dataSource.manager.count(ApiToken)).toBe(1);
  });

  it('creates none when HUB_ADMIN_TOKEN is set', async () => {
    const { hub, printed } = await start(db, { HUB_ADMIN_TOKEN: TEST_ADMIN_TOKEN });
    running.push(hub);
    expect(secretsIn(printed)).toEqual([]);
    expect(await db.dataSource.manager.count(ApiToken)).toBe(0);
  });
});
