import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { DataSource } from 'typeorm';
import mysql from 'mysql2/promise';
import { demoReports } from '../../src/generator/demo-reports';
import { bulkIngest } from '../../src/storage/ingest/bulk-ingest';
import { requireRegion, townshipsUnder } from '../../src/storage/store/regions';
import { GaleraNode, connectNode, killNode, nodeRunning, rejoinNode, rejoinedByIst } from '../support/galera/cluster';
import { freshClusterDatabase, nodesFrom, onNode, openOnCluster, testCluster } from '../support/galera/test-cluster';
import { GraphQLClient, graphqlClient } from '../support/graphql';
import { seedRegions } from '../support/database';
import { printFigure } from './figures';

const YEARS = [2019, 2020, 2021, 2022, 2023, 2024];
const UPLOAD = 'mutation($input: UploadReportInput!) { uploadReport(input: $input) { status } }';

/**
 * Waits until the node runs a transaction that has written rows, or has stored the first of
 * the ingest's reports: the moment to kill it in, with most of the ingest still to come. Fails,
 * rather than waiting for good, when `done` (the ingest) finished first.
 */
async function writeInFlight(node: GaleraNode, database: string, done: Promise<unknown>): Promise<void> {
  let finished = false;
  const finish = () => (finished = true);
  done.then(finish, finish);
  const connection = await connectNode(node);
  try {
    for (;;) {
      if (finished) throw new Error('the ingest finished before the node was seen writing: give it more reports');
      const [rows] = await connection.query(
        `SELECT (SELECT COUNT(*) FROM information_schema.innodb_trx t
           JOIN information_schema.processlist p ON p.id = t.trx_mysql_thread_id
           WHERE t.trx_rows_modified > 0 AND p.db = ?)
         + (SELECT COUNT(*) FROM ${mysql.escapeId(database)}.reports) AS writing`,
        [database],
      );
      if (Number((rows as { writing: number }[])[0].writing) > 0) return;
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
  } finally {
    await connection.end();
  }
}

/** Every table's checksum on a node, by name. */
async function checksums(node: GaleraNode, database: string): Promise<Record<string, string>> {
  const tables = await onNode<{ name: string }[]>(
    node,
    "SELECT table_name AS name FROM information_schema.tables WHERE table_schema = ? AND table_type = 'BASE TABLE' ORDER BY table_name",
    [database],
  );
  const sums: Record<string, string> = {};
  for (const { name } of tables) {
    const [row] = await onNode<{ Checksum: string }[]>(node, `CHECKSUM TABLE \`${database}\`.\`${name}\``);
    sums[name] = String(row.Checksum);
  }
  return sums;
}

/** Runs `probe` again and again until stopped; how long each took and which failed. */
function keepProbing(probe: () => Promise<unknown>) {
  const samples: { at: number; ms: number; failed: boolean }[] = [];
  let running = true;
  const loop = (async () => {
    while (running) {
      const at = Date.now();
      const failed = await probe().then(
        () => false,
        () => true,
      );
      samples.push({ at, ms: Date.now() - at, failed });
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  })();
  return {
    samples,
    async stop() {
      running = false;
      await loop;
    },
  };
}

describe('a Galera node killed with -9 during a bulk ingest', () => {
  const cluster = testCluster();
  const [victim, survivor, third] = cluster.nodes;
  let database: string;
  let hub: DataSource;
  let other: DataSource;
  let otherApi: GraphQLClient;
  let hubApi: GraphQLClient;
  let folder: string;
  let files: string[];
  /** 丈亭镇's 2025 report, which no file holds: what the in-flight uploads send. */
  let lateReport: string;

  beforeAll(async () => {
    database = await freshClusterDatabase(survivor, 'node_death');
    // The ingesting hub prefers the node that will die: the first of its list.
    [hub, other] = await Promise.all([openOnCluster(nodesFrom(cluster, 0), database), openOnCluster(nodesFrom(cluster, 1), database)]);
    await seedRegions(hub, ['3302']);
    [hubApi, otherApi] = await Promise.all([graphqlClient(hub), graphqlClient(other)]);
    // Every township of 宁波市 over six years: an ingest long enough to be caught writing.
    const townships = await townshipsUnder(hub.manager, await requireRegion(hub.manager, '330200'));
    folder = fs.mkdtempSync(path.join(os.tmpdir(), 'hub-node-death-'));
    files = demoReports(townships, YEARS).map((report) => {
      const file = path.join(folder, `${report.townshipCode}-${report.year}.txt`);
      fs.writeFileSync(file, report.text);
      return file;
    });
    lateReport = demoReports(
      townships.filter((township) => township.code === '330281109'),
      [2025],
    )[0].text;
  });
  afterAll(async () => {
    // The next test files need all three nodes, whatever became of this one.
    if (!nodeRunning(victim)) await rejoinNode(victim);
    await Promise.all([hubApi?.stop(), otherApi?.stop()]);
    await Promise.all([hub?.destroy(), other?.destroy()]);
    await onNode(survivor, `DROP DATABASE IF EXISTS \`${database}\``);
    fs.rmSync(folder, { recursive: true, force: true });
  });

  it('finishes through the other nodes, stores every report once, and the node rejoins with the same tables', async () => {
    const region = await requireRegion(hub.manager, '330200');
    // Clients of both hubs keep asking while the node dies: what its death costs them.
    const REGION_QUERY = '{ townships(regionCode: "330281") { code } }';
    const probes = [hubApi, otherApi].map((api) =>
      keepProbing(async () => {
        const result = await api.execute(REGION_QUERY);
        if (result.errors) throw new Error(result.errors[0].message);
      }),
    );
    const ingest = bulkIngest(hub, files, { region });
    await writeInFlight(victim, database, ingest);
    const killedAt = Date.now();
    killNode(victim);
    // Uploads sent to the hub whose node just died: each gets a truthful answer.
    const drafts = [0, 1, 2].map((i) => `${lateReport}\n（第 ${i} 稿）\n`);
    const inFlight = await Promise.all(
      drafts.map((content) => hubApi.execute(UPLOAD, { input: { townshipCode: '330281109', year: 2025, content } })),
    );
    const results = await ingest;
    await Promise.all(probes.map((probe) => probe.stop()));

    expect(results.filter((result) => result.outcome === 'REJECTED')).toEqual([]);
    expect(results).toHaveLength(files.length);
    const stored = await onNode<{ township_code: string; year: number; versions: number; version_count: number }[]>(
      survivor,
      `SELECT r.township_code, r.year, COUNT(v.id) AS versions, r.version_count FROM \`${database}\`.reports r
       JOIN \`${database}\`.report_versions v ON v.report_id = r.id WHERE r.year < 2025 GROUP BY r.id`,
    );
    expect(stored).toHaveLength(files.length);
    expect(stored.filter((report) => Number(report.versions) !== 1 || report.version_count !== 1)).toEqual([]);

    // Stored when answered so; not stored when refused (the database unavailable or busy);
    // OUTCOME_UNKNOWN only when the connection died at COMMIT, and then stored at most once.
    for (const [i, answer] of inFlight.entries()) {
      const code = answer.errors?.[0]?.extensions?.code as string | undefined;
      const [{ copies }] = await onNode<{ copies: number }[]>(
        survivor,
        `SELECT COUNT(*) AS copies FROM \`${database}\`.report_versions WHERE document = ?`,
        [Buffer.from(drafts[i])],
      );
      if (code === undefined) expect(Number(copies)).toBe(1);
      else if (code === 'OUTCOME_UNKNOWN') expect(Number(copies)).toBeLessThanOrEqual(1);
      else {
        expect(['DATABASE_UNAVAILABLE', 'DATABASE_BUSY']).toContain(code);
        expect(Number(copies)).toBe(0);
      }
    }
    printFigure(
      `uploads in flight on the dead node: ${inFlight.map((answer) => String((answer.errors?.[0]?.extensions?.code as string | undefined) ?? 'stored')).join(', ')}`,
    );

    const after = (samples: { at: number; ms: number; failed: boolean }[]) => samples.filter((sample) => sample.at + sample.ms >= killedAt);
    for (const [name, probe] of [
      ['the hub on the dead node', probes[0]],
      ['the hub on another node', probes[1]],
    ] as const) {
      const around = after(probe.samples);
      const slowest = Math.max(...around.map((sample) => sample.ms));
      const failed = around.filter((sample) => sample.failed).length;
      printFigure(`node killed: slowest query of ${name} ${slowest} ms, ${failed} failed of ${around.length}`);
    }

    const { ms } = await rejoinNode(victim);
    expect(rejoinedByIst(victim)).toBe(true);
    printFigure(`killed node recovered (--wsrep-recover) and rejoined by IST in ${(ms / 1000).toFixed(1)} s`);
    const sums = await Promise.all([victim, survivor, third].map((node) => checksums(node, database)));
    expect(Object.keys(sums[0]).length).toBeGreaterThan(15);
    expect(sums[1]).toEqual(sums[0]);
    expect(sums[2]).toEqual(sums[0]);
  });
});
