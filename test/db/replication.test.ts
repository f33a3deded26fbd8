import { DataSource } from 'typeorm';
import { PublicationCount } from '../../entities';
import { loadConfig } from '../../src/config';
import { mysqlServers, openDatabase, readingThrough } from '../../src/storage/db/data-source';
import { REPORT_VALUES_TABLE, valueCellColumn } from '../../src/storage/db/report-values-layout';
import { reportFixture } from '../support/fixtures';
import { GraphQLClient, graphqlClient } from '../support/graphql';
import { seedRegions } from '../support/database';
import { ReplicatedServers, TestServer, describeOnMariadbPass, startReplicatedMariadb } from '../support/mariadb-replication';
import type { ChannelRow, CompareRow, CompareTotal } from '../support/answers';
import { UPLOAD_REPORT, type UploadData } from '../support/report-query';

describe('DATABASE_REPLICA_URLS', () => {
  const config = (env: NodeJS.ProcessEnv) => loadConfig({ DATABASE_URL: 'mysql://hub@primary:3306/hub', ...env }).database;

  it('sends reads to the replicas named only when asked to, writes to DATABASE_URL', () => {
    const database = config({ DATABASE_REPLICA_URLS: 'mysql://hub@replica1:3306/hub, mariadb://hub@replica2:3306/hub' });
    expect(database).toEqual({
      kind: 'mysql',
      url: 'mysql://hub@primary:3306/hub',
      replicaUrls: ['mysql://hub@replica1:3306/hub', 'mysql://hub@replica2:3306/hub'],
    });
    expect(mysqlServers(database as { url: string; replicaUrls: string[] })).toEqual({
      replication: {
        master: { url: 'mysql://hub@primary:3306/hub' },
        slaves: [{ url: 'mysql://hub@replica1:3306/hub' }, { url: 'mysql://hub@replica2:3306/hub' }],
        defaultMode: 'master',
      },
    });
  });

  it('is one server without replicas', () => {
    expect(mysqlServers({ url: 'mysql://hub@primary:3306/hub' })).toEqual({ url: 'mysql://hub@primary:3306/hub' });
    expect(config({ DATABASE_REPLICA_URLS: '' })).toEqual({ kind: 'mysql', url: 'mysql://hub@primary:3306/hub' });
  });

  it('refuses replicas of SQLite and replicas that are not mysql://', () => {
    expect(() => loadConfig({ DATABASE_URL: 'sqlite:/tmp/x.sqlite', DATABASE_REPLICA_URLS: 'mysql://r/hub' })).toThrow(
      /mysql:\/\/ DATABASE_URL/,
    );
    expect(() => config({ DATABASE_REPLICA_URLS: 'sqlite:/tmp/x' })).toThrow(/not a mysql/);
  });
});

const ZHANGTING = '330281109';
const TEXT = reportFixture('zhangting-2019.txt').toString('utf8');
/** What the document states, and what the primary keeps. */
const WEBSITE = 130;
/** Written on the replica only: an answer holding it was read there. */
const REPLICA_MARK = 4242;

/** Every way a query reads a report's number: loaders (finds), a comparison and ad-hoc compare (raw SQL). */
/** What READS selects. */
interface Reads {
  report: { channels: { website: number | null }; versions: { number: number }[] };
  channelComparison: ChannelRow[];
  compare: { rows: CompareRow[]; totals: CompareTotal[] };
}
const READS = `{
  report(townshipCode: "${ZHANGTING}", year: 2019) { channels { website } versions { number } }
  channelComparison(regionCode: "330281", year: 2019) { township { code } website }
  compare(input: { metrics: ["channels.website"], years: [2019], regionCode: "${ZHANGTING}" }) { rows { values { value } } totals { values { value } } }
}`;

/** SELECTs a server has run so far (the counter itself is not one). */
async function selects(server: TestServer): Promise<number> {
  const [{ Value }] = await server.query<{ Value: string }[]>("SHOW GLOBAL STATUS LIKE 'Com_select'");
  return Number(Value);
}

/** The SELECTs each server runs during `work`. */
async function selectsDuring<T>(
  servers: ReplicatedServers,
  work: () => Promise<T>,
): Promise<{ result: T; primary: number; replica: number }> {
  const before = await Promise.all([selects(servers.primary), selects(servers.replica)]);
  const result = await work();
  const after = await Promise.all([selects(servers.primary), selects(servers.replica)]);
  return { result, primary: after[0] - before[0], replica: after[1] - before[1] };
}

async function websiteOn(server: TestServer): Promise<number[]> {
  const rows = await server.query<{ value: number }[]>(
    "SELECT value FROM hub.publication_counts WHERE metric = 'channels.website' ORDER BY version_id",
  );
  return rows.map((row) => row.value);
}

describeOnMariadbPass('the hub on a MariaDB primary with a replica (servers of its own)', () => {
  let servers: ReplicatedServers | undefined;
  let dataSource: DataSource | undefined;
  let api: GraphQLClient | undefined;

  const upload = (content: string) => api!.execute<UploadData>(UPLOAD_REPORT, { input: { townshipCode: ZHANGTING, year: 2019, content } });

  beforeAll(async () => {
    servers = await startReplicatedMariadb();
    await servers.primary.query('CREATE DATABASE hub CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci');
    const { database } = loadConfig({ DATABASE_URL: servers.primary.url('hub'), DATABASE_REPLICA_URLS: servers.replica.url('hub') });
    dataSource = await openDatabase(database);
    await seedRegions(dataSource, ['330281']);
    api = await graphqlClient(dataSource);
    expect((await upload(TEXT)).data?.uploadReport.status).toBe('CREATED');
    await servers.caughtUp();
    // From here the replica differs from the primary, so every answer shows where it was read.
    await servers.replica.query('STOP SLAVE');
    await servers.replica.query(`UPDATE hub.publication_counts SET value = ${REPLICA_MARK} WHERE metric = 'channels.website'`);
    // Comparisons read the read model: its copy of the cell is marked the same way.
    const website = valueCellColumn('publicationCounts', 'channels.website', 'value');
    await servers.replica.query(`UPDATE hub.${REPORT_VALUES_TABLE} SET ${website} = ${REPLICA_MARK}`);
  });
  afterAll(async () => {
    await api?.stop();
    if (dataSource?.isInitialized) await dataSource.destroy();
    await servers?.stop();
  });

  it('answers a query operation, raw-SQL comparisons included, wholly from the replica', async () => {
    const { result, primary, replica } = await selectsDuring(servers!, () => api!.execute<Reads>(READS));
    expect(result.errors).toBeUndefined();
    const { report, channelComparison, compare } = result.data!;
    expect(report.channels.website).toBe(REPLICA_MARK);
    expect(channelComparison.find((row) => row.township.code === ZHANGTING)!.website).toBe(REPLICA_MARK);
    expect(compare.rows[0].values[0].value).toBe(REPLICA_MARK);
    expect(compare.totals[0].values[0].value).toBe(REPLICA_MARK);
    expect(primary).toBe(0);
    expect(replica).toBeGreaterThan(0);
    expect(await websiteOn(servers!.primary)).toEqual([WEBSITE]);
  });

  it('reads through the replica connection whichever way the data source is asked', async () => {
    const runner = dataSource!.createQueryRunner('slave');
    try {
      const view = readingThrough(dataSource!, runner);
      const where = { metric: 'channels.website' };
      expect(await view.query('SELECT value FROM publication_counts WHERE metric = ?', [where.metric])).toEqual([{ value: REPLICA_MARK }]);
      expect((await view.manager.findOneByOrFail(PublicationCount, where)).value).toBe(REPLICA_MARK);
      expect((await view.getRepository(PublicationCount).findOneByOrFail(where)).value).toBe(REPLICA_MARK);
      expect((await view.createQueryBuilder(PublicationCount, 'count').where(where).getOneOrFail()).value).toBe(REPLICA_MARK);
      expect((await dataSource!.manager.findOneByOrFail(PublicationCount, where)).value).toBe(WEBSITE);
    } finally {
      await runner.release();
    }
  });

  it('writes a mutation to the primary and answers it from there, the lagging replica untouched', async () => {
    const { result, replica } = await selectsDuring(servers!, () => upload(`${TEXT}\n补充说明。\n`));
    expect(result.errors).toBeUndefined();
    const { status, report } = result.data!.uploadReport;
    expect(status).toBe('UPDATED');
    expect(report.versions.map((version) => version.number)).toEqual([1, 2]);
    expect(report.channels.website).toBe(WEBSITE);
    expect(replica).toBe(0);
    expect(await websiteOn(servers!.primary)).toEqual([WEBSITE, WEBSITE]);
    expect(await websiteOn(servers!.replica)).toEqual([REPLICA_MARK]);
  });

  it('shows queries the replica as it is: an upload appears there once replicated', async () => {
    const lagging = (await api!.execute<Reads>(READS)).data!.report;
    expect(lagging.versions).toEqual([{ number: 1 }]);
    await servers!.replica.query('START SLAVE');
    await servers!.caughtUp();
    const replicated = (await api!.execute<Reads>(READS)).data!.report;
    expect(replicated.versions).toEqual([{ number: 1 }, { number: 2 }]);
    expect(replicated.channels.website).toBe(WEBSITE);
  });
});
