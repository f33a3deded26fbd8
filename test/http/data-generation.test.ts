import { DataSource } from 'typeorm';
import { dataGeneration } from '../../src/api/graphql/data-generation';
import { demoReports } from '../../src/generator/demo-reports';
import { countWrite } from '../../src/storage/store/data-generation';
import { requireRegion, townshipsUnder } from '../../src/storage/store/regions';
import { GENERATION_SHARDS } from '../../src/storage/db/generation-shards';
import { GraphQLClient, GraphQLResult, graphqlClient } from '../support/graphql';
import { TEST_DATABASE_KIND, TestDatabase, openTestDatabase, seedRegions } from '../support/database';
import { describeOnMariadbPass } from '../support/mariadb-replication';
import { holdUploadOpen } from '../support/slow-upload';

const UPLOAD = 'mutation($input: UploadReportInput!) { uploadReport(input: $input) { status } }';
const REPORTED = '{ channelComparison(year: 2020, regionCode: "330281") { township { code } reported } }';

interface Reported {
  channelComparison: { township: { code: string }; reported: boolean }[];
}

const reportedCodes = (result: GraphQLResult<Reported>): string[] =>
  result
    .data!.channelComparison.filter((row) => row.reported)
    .map((row) => row.township.code)
    .sort();

describe(`the data generation (${TEST_DATABASE_KIND})`, () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await openTestDatabase();
  });
  afterAll(() => db.close());

  it('grows by one with every counted write, whatever shard its key lands on', async () => {
    const start = Number(await dataGeneration(db.dataSource));
    const keys = Array.from({ length: 64 }, (_, i) => `330281${String(i).padStart(3, '0')}/2020`);
    for (const key of keys) await countWrite(db.dataSource.manager, key);
    expect(Number(await dataGeneration(db.dataSource))).toBe(start + keys.length);
    const [{ used }] = await db.dataSource.query<{ used: number }[]>('SELECT COUNT(*) AS used FROM generation_shards WHERE writes > 0');
    // Spread out over the shards: 64 townships' writes land on many rows, not a few.
    expect(Number(used)).toBeGreaterThan(48);
    expect(Number(used)).toBeLessThanOrEqual(GENERATION_SHARDS);
  });
});

/**
 * The generation used to be the largest ids of versions, audit events and rubric versions: an
 * upload that took its id first but committed after another's left the largest id where it
 * was, and the cache went on serving the answer without it. Ids are handed out at insert and
 * rows become visible at commit, so this happens on one server too; SQLite runs one writer at a
 * time and cannot interleave them.
 */
describeOnMariadbPass('an upload committed after a newer-numbered one (MariaDB)', () => {
  let db: TestDatabase;
  let cached: GraphQLClient;
  let reports: ReturnType<typeof demoReports>;
  let slowWriter: DataSource;
  beforeAll(async () => {
    db = await openTestDatabase();
    await seedRegions(db.dataSource, ['330281']);
    cached = await graphqlClient(db.dataSource, { responseCacheBytes: 8 * 1024 * 1024 });
    reports = demoReports(await townshipsUnder(db.dataSource.manager, await requireRegion(db.dataSource.manager, '330281')), [2020]);
    slowWriter = db.dataSource;
  });
  afterAll(async () => {
    await cached.stop();
    await db.close();
  });

  it('moves the cached answer when it commits', async () => {
    const [early, late] = reports;
    // READ COMMITTED: no gap lock around the slow upload's report row to hold the other one up.
    const slow = await holdUploadOpen(slowWriter, { townshipCode: early.townshipCode, year: 2020, text: early.text }, 'READ COMMITTED');
    const stored = await cached.execute(UPLOAD, { input: { townshipCode: late.townshipCode, year: 2020, content: late.text } });
    expect(stored.errors).toBeUndefined();
    expect(reportedCodes(await cached.execute<Reported>(REPORTED))).toEqual([late.townshipCode]);
    await slow.commit();
    const ids = await db.dataSource.query<{ id: number; township_code: string }[]>(
      'SELECT v.id, r.township_code FROM report_versions v JOIN reports r ON r.id = v.report_id ORDER BY v.id',
    );
    // The slow upload holds the smaller id: the largest did not move when it committed.
    expect(ids.map((row) => row.township_code)).toEqual([early.townshipCode, late.townshipCode]);
    expect(reportedCodes(await cached.execute<Reported>(REPORTED))).toEqual([early.townshipCode, late.townshipCode].sort());
  });
});
