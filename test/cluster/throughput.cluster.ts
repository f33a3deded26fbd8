import mysql from 'mysql2/promise';
import { DataSource } from 'typeorm';
import { demoReports } from '../../src/generator/demo-reports';
import { parseDatabaseUrl } from '../../src/storage/db/database-config';
import { openDatabase } from '../../src/storage/db/data-source';
import { requireRegion, townshipsUnder } from '../../src/storage/store/regions';
import { GaleraNode } from '../support/galera/cluster';
import { freshClusterDatabase, nodesFrom, onNode, openOnCluster, testCluster } from '../support/galera/test-cluster';
import { GraphQLClient, graphqlClient } from '../support/graphql';
import { seedRegions } from '../support/database';
import { printFigure } from './figures';

/** The single server of the other test runs (CI starts it), for the comparison in the same run. */
const SINGLE_SERVER = 'mysql://root@127.0.0.1:3306';
const UPLOAD = 'mutation($input: UploadReportInput!) { uploadReport(input: $input) { status } }';
const YEARS = [2019, 2020, 2021, 2022];
/** Uploads each hub has under way at once. */
const PER_HUB = 8;

interface Upload {
  townshipCode: string;
  year: number;
  content: string;
}

/** Sends every upload through the hubs, PER_HUB at a time each, alternating; uploads a second. */
async function uploadAll(apis: readonly GraphQLClient[], uploads: readonly Upload[]): Promise<number> {
  const queues = apis.map((_, hub) => uploads.filter((_, i) => i % apis.length === hub));
  const started = Date.now();
  await Promise.all(
    queues.flatMap((queue, hub) =>
      Array.from({ length: PER_HUB }, async (_, lane) => {
        for (let i = lane; i < queue.length; i += PER_HUB) {
          const result = await apis[hub].execute<{ uploadReport: { status: string } }>(UPLOAD, { input: queue[i] });
          expect(result.errors).toBeUndefined();
          expect(result.data!.uploadReport.status).toBe('CREATED');
        }
      }),
    ),
  );
  return uploads.length / ((Date.now() - started) / 1000);
}

async function certificationConflicts(nodes: readonly GaleraNode[]): Promise<number> {
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

describe('uploads a second: two hubs on two Galera nodes, one hub on one server', () => {
  const cluster = testCluster();
  const singleDatabase = `hub_single_${process.pid}`;
  let clusterDatabase: string;
  const opened: DataSource[] = [];
  const apis: GraphQLClient[] = [];

  async function uploads(dataSource: DataSource): Promise<Upload[]> {
    const townships = await townshipsUnder(dataSource.manager, await requireRegion(dataSource.manager, '330281'));
    return demoReports(townships, YEARS).map((report) => ({ townshipCode: report.townshipCode, year: report.year, content: report.text }));
  }

  beforeAll(async () => {
    clusterDatabase = await freshClusterDatabase(cluster.nodes[0], 'throughput');
    const admin = await mysql.createConnection(SINGLE_SERVER);
    await admin.query(`CREATE DATABASE \`${singleDatabase}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`);
    await admin.end();
  });
  afterAll(async () => {
    await Promise.all(apis.map((api) => api.stop()));
    await Promise.all(opened.map((dataSource) => dataSource.destroy()));
    await onNode(cluster.nodes[0], `DROP DATABASE IF EXISTS \`${clusterDatabase}\``);
    const admin = await mysql.createConnection(SINGLE_SERVER);
    await admin.query(`DROP DATABASE IF EXISTS \`${singleDatabase}\``);
    await admin.end();
  });

  it('stores the same uploads both ways, each once', async () => {
    const single = await openDatabase(parseDatabaseUrl(`${SINGLE_SERVER}/${singleDatabase}`));
    const hubs = await Promise.all([0, 1].map((first) => openOnCluster(nodesFrom(cluster, first), clusterDatabase)));
    opened.push(single, ...hubs);
    await seedRegions(single, ['330281']);
    await seedRegions(hubs[0], ['330281']);
    const work = await uploads(single);
    const singleApi = await graphqlClient(single);
    const clusterApis = await Promise.all(hubs.map((hub) => graphqlClient(hub)));
    apis.push(singleApi, ...clusterApis);

    const onOne = await uploadAll([singleApi], work);
    const conflictsBefore = await certificationConflicts(cluster.nodes);
    const onCluster = await uploadAll(clusterApis, work);
    const conflicts = (await certificationConflicts(cluster.nodes)) - conflictsBefore;
    printFigure(
      `${work.length} uploads, ${PER_HUB} at a time per hub: 1 hub on 1 server ${onOne.toFixed(1)}/s; ` +
        `2 hubs × 2 Galera nodes ${onCluster.toFixed(1)}/s, ${conflicts} certification conflicts retried`,
    );
    for (const dataSource of [single, hubs[1]]) {
      const [{ reports, versions }] = await dataSource.query<{ reports: string; versions: string }[]>(
        'SELECT (SELECT COUNT(*) FROM reports) AS reports, (SELECT COUNT(*) FROM report_versions) AS versions',
      );
      expect([Number(reports), Number(versions)]).toEqual([work.length, work.length]);
    }
  });
});
