import { DataSource } from 'typeorm';
import { MIGRATIONS } from '../../src/storage/db/migrations';
import { demoReports } from '../../src/generator/demo-reports';
import { requireRegion, townshipsUnder } from '../../src/storage/store/regions';
import { GaleraNode } from '../support/galera/cluster';
import { freshClusterDatabase, nodesFrom, onNode, openOnCluster, testCluster } from '../support/galera/test-cluster';
import { GraphQLClient, graphqlClient } from '../support/graphql';
import { seedRegions } from '../support/database';
import { reportFixture } from '../support/fixtures';
import { printFigure } from './figures';
import { holdUploadOpen } from '../support/slow-upload';
import { ingestReport } from '../../src/storage/ingest/ingest-report';

const ZHANGTING = '330281109';
const TEXT = reportFixture('zhangting-2019.txt').toString('utf8');
const UPLOAD = 'mutation($input: UploadReportInput!) { uploadReport(input: $input) { status report { versions { number } } } }';

interface Uploaded {
  uploadReport: { status: string; report: { versions: { number: number }[] } };
}

/** Certification failures and transactions aborted by a replicated write, summed over the nodes. */
async function conflicts(nodes: readonly GaleraNode[]): Promise<number> {
  let total = 0;
  for (const node of nodes) {
    const rows = await onNode<{ Value: string }[]>(
      node,
      "SHOW GLOBAL STATUS WHERE Variable_name IN ('wsrep_local_cert_failures', 'wsrep_local_bf_aborts')",
    );
    total += rows.reduce((sum, row) => sum + Number(row.Value), 0);
  }
  return total;
}

describe('two hubs on two nodes of a Galera cluster', () => {
  const cluster = testCluster();
  const [node1, node2, node3] = cluster.nodes;
  let database: string;
  let hubs: DataSource[] = [];
  let apis: GraphQLClient[] = [];

  beforeAll(async () => {
    database = await freshClusterDatabase(node1, 'two_hubs');
    // Both start at once on an empty database, as two instances of a deployment do.
    hubs = await Promise.all([openOnCluster(nodesFrom(cluster, 0), database), openOnCluster(nodesFrom(cluster, 1), database)]);
    await seedRegions(hubs[0], ['330281']);
    apis = await Promise.all(hubs.map((hub) => graphqlClient(hub)));
  });
  afterAll(async () => {
    await Promise.all(apis.map((api) => api.stop()));
    await Promise.all(hubs.map((hub) => hub.destroy()));
    await onNode(node1, `DROP DATABASE IF EXISTS \`${database}\``);
  });

  it('migrate once when they start together, and leave the lock free', async () => {
    const runs = await onNode<{ name: string; runs: number }[]>(
      node3,
      `SELECT name, COUNT(*) AS runs FROM \`${database}\`.migrations GROUP BY name ORDER BY name`,
    );
    expect(runs.map((run) => [run.name, Number(run.runs)])).toEqual(MIGRATIONS.map((migration) => [migration.name, 1]).sort());
    expect(await onNode(node3, `SELECT * FROM \`${database}\`.migration_lock`)).toEqual([]);
  });

  it('every table has a primary key (Galera replicates rows by it)', async () => {
    const withoutKey = await onNode<{ table_name: string }[]>(
      node2,
      `SELECT t.table_name FROM information_schema.tables t
       WHERE t.table_schema = ? AND t.table_type = 'BASE TABLE' AND NOT EXISTS (
         SELECT 1 FROM information_schema.table_constraints c
         WHERE c.table_schema = t.table_schema AND c.table_name = t.table_name AND c.constraint_type = 'PRIMARY KEY')`,
      [database],
    );
    expect(withoutKey).toEqual([]);
    const tables = await onNode<unknown[]>(node2, 'SELECT table_name FROM information_schema.tables WHERE table_schema = ?', [database]);
    expect(tables.length).toBeGreaterThan(15);
  });

  it('set wsrep_sync_wait on their connections', async () => {
    for (const hub of hubs) expect(await hub.query('SELECT CAST(@@SESSION.wsrep_sync_wait AS CHAR) AS wait')).toEqual([{ wait: '1' }]);
  });

  it('40 concurrent uploads, half to one township and year: versions as on one server, read from the third node', async () => {
    const region = await requireRegion(hubs[0].manager, '330281');
    const others = (await townshipsUnder(hubs[0].manager, region)).filter((township) => township.code !== ZHANGTING).slice(0, 20);
    // Ten drafts of one report, each sent twice, once through each hub: the second send of a
    // draft is a re-send, stored again only if another draft became current in between.
    const drafts = Array.from({ length: 10 }, (_, i) => `${TEXT}\n\n（修订说明：第 ${i + 1} 稿）\n`);
    const same = drafts.flatMap((content) => [0, 1].map((hub) => ({ hub, input: { townshipCode: ZHANGTING, year: 2019, content } })));
    const distinct = demoReports(others, [2020]).map((report, i) => ({
      hub: i % 2,
      input: { townshipCode: report.townshipCode, year: 2020, content: report.text },
    }));
    const uploads = same.flatMap((upload, i) => [upload, distinct[i]]);
    expect(uploads).toHaveLength(40);

    const conflictsBefore = await conflicts(cluster.nodes);
    const started = Date.now();
    const results = await Promise.all(uploads.map(({ hub, input }) => apis[hub].execute<Uploaded>(UPLOAD, { input })));
    const seconds = (Date.now() - started) / 1000;
    expect(results.flatMap((result) => result.errors ?? [])).toEqual([]);
    printFigure(
      `40 concurrent uploads through 2 hubs × 2 nodes: ${seconds.toFixed(1)} s, ${(await conflicts(cluster.nodes)) - conflictsBefore} certification conflicts`,
    );

    const statuses = results.map((result) => result.data!.uploadReport.status);
    const sameStatuses = statuses.filter((_, i) => i % 2 === 0);
    expect(statuses.filter((_, i) => i % 2 === 1)).toEqual(Array(20).fill('CREATED'));

    const versions = await onNode<{ number: number; content_hash: string; id: number }[]>(
      node3,
      `SELECT v.number, v.content_hash, v.id FROM \`${database}\`.report_versions v JOIN \`${database}\`.reports r ON r.id = v.report_id
       WHERE r.township_code = ? AND r.year = 2019 ORDER BY v.number`,
      [ZHANGTING],
    );
    const stored = versions.length;
    expect(versions.map((version) => version.number)).toEqual(Array.from({ length: stored }, (_, i) => i + 1));
    expect(sameStatuses.filter((status) => status === 'CREATED')).toHaveLength(1);
    expect(sameStatuses.filter((status) => status !== 'UNCHANGED')).toHaveLength(stored);
    // Every draft is stored; a re-send never stores the current content again.
    expect(new Set(versions.map((version) => version.content_hash)).size).toBe(drafts.length);
    for (let i = 1; i < stored; i++) expect(versions[i].content_hash).not.toBe(versions[i - 1].content_hash);
    const [report] = await onNode<{ version_count: number; current_version_id: number }[]>(
      node3,
      `SELECT version_count, current_version_id FROM \`${database}\`.reports WHERE township_code = ? AND year = 2019`,
      [ZHANGTING],
    );
    expect(report).toEqual({ version_count: stored, current_version_id: versions[stored - 1].id });

    const perReport = await onNode<{ versions: number; current_is_first: number }[]>(
      node3,
      `SELECT COUNT(v.id) AS versions, MAX(r.current_version_id = v.id AND v.number = 1) AS current_is_first
       FROM \`${database}\`.reports r JOIN \`${database}\`.report_versions v ON v.report_id = r.id
       WHERE r.year = 2020 GROUP BY r.id`,
    );
    expect(perReport.map((row) => [Number(row.versions), Number(row.current_is_first)])).toEqual(Array(20).fill([1, 1]));
  });

  it('let an upload waiting for its COMMIT on one node commit after another year of its township went in through the other', async () => {
    // Under REPEATABLE READ the waiting upload's locking read of its absent report row locks the
    // gap before the next key, (township, 2022) lands in that gap when replicated, and Galera
    // aborts the waiting upload for it.
    const [township] = (await townshipsUnder(hubs[0].manager, await requireRegion(hubs[0].manager, '330281'))).filter(
      (candidate) => candidate.code !== ZHANGTING,
    );
    const [year2021, year2022] = demoReports([township], [2021, 2022]);
    const waiting = await holdUploadOpen(hubs[0], { townshipCode: township.code, year: 2021, text: year2021.text });
    // Stored as an upload stores it, without a GraphQL request's audit row, whose write count
    // lands in a random shard of the generation: the waiting upload's, one time in 256.
    const other = await ingestReport(hubs[1], {
      townshipCode: township.code,
      year: 2022,
      bytes: Buffer.from(year2022.text),
      format: 'TEXT',
    });
    expect(other.status).toBe('CREATED');
    await expect(waiting.commit()).resolves.toBeUndefined();
  });

  it('read their own writes through the other node', async () => {
    const CREATE =
      'mutation($name: String!) { createApiToken(input: { name: $name, role: ANALYST, townshipCodes: [] }) { apiToken { id } } }';
    let missed = 0;
    for (let i = 0; i < 100; i++) {
      const writer = apis[i % 2];
      const reader = apis[(i + 1) % 2];
      const created = await writer.execute<{ createApiToken: { apiToken: { id: string } } }>(CREATE, { name: `读写 ${i}` });
      expect(created.errors).toBeUndefined();
      const listed = await reader.execute<{ apiTokens: { id: string }[] }>('{ apiTokens { id } }');
      const ids = listed.data!.apiTokens.map((token) => token.id);
      if (!ids.includes(created.data!.createApiToken.apiToken.id)) missed++;
    }
    expect(missed).toBe(0);
    const drafted = `${TEXT}\n\n（读写一致：最后一稿）\n`;
    const uploaded = await apis[0].execute<Uploaded>(UPLOAD, { input: { townshipCode: ZHANGTING, year: 2019, content: drafted } });
    const numbers = uploaded.data!.uploadReport.report.versions.map((version) => version.number);
    const seen = await apis[1].execute<{ report: { versions: { number: number }[] } }>(
      `{ report(townshipCode: "${ZHANGTING}", year: 2019) { versions { number } } }`,
    );
    expect(seen.data!.report.versions).toEqual(numbers.map((number) => ({ number })));
  });
});
