import { DataSource } from 'typeorm';
import { ingestReport } from '../../src/storage/ingest/ingest-report';
import { requireRegion, townshipsUnder } from '../../src/storage/store/regions';
import { demoReports } from '../../src/generator/demo-reports';
import { freshClusterDatabase, nodesFrom, onNode, openOnCluster, testCluster } from '../support/galera/test-cluster';
import { GraphQLClient, GraphQLResult, graphqlClient } from '../support/graphql';
import { seedRegions } from '../support/database';
import { holdUploadOpen } from '../support/slow-upload';

const UPLOAD = 'mutation($input: UploadReportInput!) { uploadReport(input: $input) { status report { versions { number } } } }';
const REPORTED = '{ channelComparison(year: 2020, regionCode: "330281") { township { code } reported } }';

interface Reported {
  channelComparison: { township: { code: string }; reported: boolean }[];
}

function reportedCodes(result: GraphQLResult<Reported>): string[] {
  return result
    .data!.channelComparison.filter((row) => row.reported)
    .map((row) => row.township.code)
    .sort();
}

describe('the response cache of a hub on a Galera cluster', () => {
  const cluster = testCluster();
  let database: string;
  let writer: DataSource;
  let reader: DataSource;
  let writerApi: GraphQLClient;
  /** The hub whose answers are cached: it reads through node 2, writes come through node 1 too. */
  let cachedApi: GraphQLClient;
  let reports: { townshipCode: string; text: string }[];

  beforeAll(async () => {
    database = await freshClusterDatabase(cluster.nodes[0], 'cache');
    [writer, reader] = await Promise.all([openOnCluster(nodesFrom(cluster, 0), database), openOnCluster(nodesFrom(cluster, 1), database)]);
    await seedRegions(writer, ['330281']);
    writerApi = await graphqlClient(writer);
    cachedApi = await graphqlClient(reader, { responseCacheBytes: 8 * 1024 * 1024 });
    const townships = await townshipsUnder(writer.manager, await requireRegion(writer.manager, '330281'));
    reports = demoReports(townships, [2020]);
  });
  afterAll(async () => {
    await writerApi.stop();
    await cachedApi.stop();
    await Promise.all([writer.destroy(), reader.destroy()]);
    await onNode(cluster.nodes[0], `DROP DATABASE IF EXISTS \`${database}\``);
  });

  it('moves on when a write through another node commits after a newer-numbered one (interleaved ids)', async () => {
    const [early, late] = reports;
    // An upload on node 1 takes its version id and waits before committing ...
    const slow = await holdUploadOpen(writer, { townshipCode: early.townshipCode, year: 2020, text: early.text });
    // ... while one through node 2 takes a larger id (node 2's offset) and commits first. Stored
    // as an upload stores it, without the GraphQL request's audit row: that row counts its write
    // in a random one of the generation's shards, which could be the slow upload's and then
    // fail its commit as a certification conflict (an upload retries that; this held one cannot).
    const stored = await ingestReport(reader, {
      townshipCode: late.townshipCode,
      year: 2020,
      bytes: Buffer.from(late.text),
      format: 'TEXT',
    });
    expect(stored.status).toBe('CREATED');
    const ids = await onNode<{ id: number }[]>(cluster.nodes[2], `SELECT id FROM \`${database}\`.report_versions`);
    expect(ids).toHaveLength(1);

    expect(reportedCodes(await cachedApi.execute<Reported>(REPORTED))).toEqual([late.townshipCode]);
    expect(reportedCodes(await cachedApi.execute<Reported>(REPORTED))).toEqual([late.townshipCode]);
    await slow.commit();
    // The largest version id did not move (the slow upload's id is the smaller); the answer must.
    const [{ largest }] = await onNode<{ largest: number }[]>(
      cluster.nodes[1],
      `SELECT MAX(id) AS largest FROM \`${database}\`.report_versions`,
    );
    expect(largest).toBe(ids[0].id);
    expect(reportedCodes(await cachedApi.execute<Reported>(REPORTED))).toEqual([early.townshipCode, late.townshipCode].sort());
  });

  it('never answers older than a write finished through the other node', async () => {
    const [, , third] = reports;
    const REPORT = `{ report(townshipCode: "${third.townshipCode}", year: 2020) { versions { number } } }`;
    for (let draft = 1; draft <= 20; draft++) {
      const content = `${third.text}\n\n（修订说明：第 ${draft} 稿）\n`;
      // Asked (and cached) before the write too, so a stale answer is there to be served.
      await cachedApi.execute(REPORT);
      const written = await writerApi.execute(UPLOAD, { input: { townshipCode: third.townshipCode, year: 2020, content } });
      expect(written.errors).toBeUndefined();
      const seen = await cachedApi.execute<{ report: { versions: unknown[] } }>(REPORT);
      expect(seen.data!.report.versions).toHaveLength(draft);
    }
  });
});
