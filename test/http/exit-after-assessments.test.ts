import { loadDemoIfEmpty } from '../../src/demo/load-demo';
import { seedDemoRubricsIfEmpty } from '../../src/demo/seed-rubrics';
import { TEST_DATABASE_KIND, TestDatabase, openTestDatabase, seedRegions } from '../support/database';
import { TEST_ADMIN_TOKEN, jsonHeaders } from '../support/http-access';
import { HubProcess, startHubProcess } from '../support/hub-process';

/**
 * Assessments asked one after another, each computed (no response cache): enough for V8 to
 * optimize what reads the read model's rows. In 余姚市's demo a few dozen did it; twice that
 * leaves room for a machine where it takes longer.
 */
const ASSESSMENTS = 80;
const DEMO_CITY = '330281';
const DEMO_TOWNSHIPS = 21;

/**
 * A hub that had answered assessments on MariaDB never exited on SIGTERM: mysql2 read the
 * read model's rows (about 300 columns) with a reader generated for that shape, V8's
 * optimizing compiler never finished with it, and Node, leaving, waited for that compiler's
 * thread (process.exit included). The hub must drain and exit, whatever it answered.
 */
describe(`a hub that answered assessments exits on SIGTERM (${TEST_DATABASE_KIND})`, () => {
  let db: TestDatabase;
  let hub: HubProcess;
  beforeAll(async () => {
    db = await openTestDatabase();
    await seedRegions(db.dataSource);
    await loadDemoIfEmpty(db.dataSource);
    await seedDemoRubricsIfEmpty(db.dataSource);
    hub = await startHubProcess(db.config, { HUB_ADMIN_TOKEN: TEST_ADMIN_TOKEN, HUB_RESPONSE_CACHE_MB: '0' });
  });
  afterAll(async () => {
    // A hub that did not exit is stopped here, so that a failed run leaves no process behind.
    if (hub.child.exitCode === null && hub.child.signalCode === null) hub.child.kill('SIGKILL');
    await db.close();
  });

  it(`answers ${ASSESSMENTS} assessments of the demo city, then drains and exits with 0`, async () => {
    const query = `{ assessment(year: 2020, regionCode: "${DEMO_CITY}") { township { code } total rank } }`;
    for (let asked = 0; asked < ASSESSMENTS; asked++) {
      const response = await fetch(hub.url, { method: 'POST', headers: jsonHeaders(), body: JSON.stringify({ query }) });
      const body = (await response.json()) as { data?: { assessment: unknown[] }; errors?: unknown };
      expect(body.errors).toBeUndefined();
      expect(body.data?.assessment).toHaveLength(DEMO_TOWNSHIPS);
    }
    expect(await hub.stop('SIGTERM')).toBe(0);
    expect(hub.stdout()).toContain('SIGTERM: no new requests');
    expect(hub.stderr()).toBe('');
  });
});
