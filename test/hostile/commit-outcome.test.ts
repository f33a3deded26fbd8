import { createHash } from 'node:crypto';
import { DataSource } from 'typeorm';
import { Report, ReportVersion } from '../../entities';
import { openDatabase } from '../../src/storage/db/data-source';
import { ingestReport } from '../../src/storage/ingest/ingest-report';
import { TEST_DATABASE_KIND, TestDatabase, openTestDatabase, seedRegions, storedRowCounts } from '../support/database';
import { reportFixture } from '../support/fixtures';
import { GraphQLClient, graphqlClient } from '../support/graphql';
import { describeOnMariadbPass } from '../support/mariadb-replication';
import { FaultPoint, MysqlFaultProxy } from '../support/mysql-fault-proxy';

const ZHANGTING = '330281109';
const TEXT = reportFixture('zhangting-2019.txt').toString('utf8');
const UPLOAD = 'mutation($input: UploadReportInput!) { uploadReport(input: $input) { status report { versions { number isCurrent } } } }';

interface Uploaded {
  uploadReport: { status: string; report: { versions: { number: number; isCurrent: boolean }[] } };
}

/** A different document each time: a note at the end, which the reading keeps out of the tables. */
const draft = (n: number) => `${TEXT}\n\n（修订说明：第 ${n} 稿）\n`;
const sha256 = (text: string) => createHash('sha256').update(Buffer.from(text)).digest('hex');

describe(`an upload writes an id of its own on its version (${TEST_DATABASE_KIND})`, () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await openTestDatabase();
    await seedRegions(db.dataSource, ['330281']);
  });
  afterAll(() => db.close());

  it('in its own transaction, different for every upload, none when nothing is stored', async () => {
    const upload = (content: string) =>
      ingestReport(db.dataSource, { townshipCode: ZHANGTING, year: 2019, bytes: Buffer.from(content), format: 'AUTO' });
    expect((await upload(draft(1))).status).toBe('CREATED');
    expect((await upload(draft(2))).status).toBe('UPDATED');
    expect((await upload(draft(2))).status).toBe('UNCHANGED');
    const versions = await db.dataSource.getRepository(ReportVersion).find({ order: { number: 'ASC' } });
    expect(versions.map((version) => version.number)).toEqual([1, 2]);
    expect(versions.every((version) => /^[0-9a-f-]{36}$/.test(version.uploadId ?? ''))).toBe(true);
    expect(versions[0].uploadId).not.toBe(versions[1].uploadId);
  });
});

/** What the database holds for the township's 2019 report, read on a connection of the test's own. */
async function held(dataSource: DataSource): Promise<{ numbers: number[]; hashes: string[]; current: number | null }> {
  const versions = await dataSource.getRepository(ReportVersion).find({ order: { number: 'ASC' } });
  const report = await dataSource.getRepository(Report).findOne({ where: { townshipCode: ZHANGTING, year: 2019 } });
  const current = versions.find((version) => version.id === report?.currentVersionId);
  return { numbers: versions.map((v) => v.number), hashes: versions.map((v) => v.contentHash), current: current?.number ?? null };
}

describeOnMariadbPass("the truth about an upload whose connection dies (the hub's MariaDB connection killed at each point)", () => {
  let db: TestDatabase;
  let proxy: MysqlFaultProxy;
  let throughProxy: DataSource;
  let api: GraphQLClient;
  beforeAll(async () => {
    db = await openTestDatabase();
    await seedRegions(db.dataSource, ['330281']);
    const url = new URL(db.config.kind === 'mysql' ? db.config.url : '');
    proxy = await MysqlFaultProxy.start({ host: url.hostname, port: Number(url.port || 3306) });
    url.host = `127.0.0.1:${proxy.port}`;
    throughProxy = await openDatabase({ kind: 'mysql', url: url.toString() });
    api = await graphqlClient(throughProxy);
  });
  afterAll(async () => {
    await api.stop();
    await throughProxy.destroy();
    await proxy.stop();
    await db.close();
  });

  const isVersionInsert = (sql: string) => sql.startsWith('INSERT INTO `report_versions`');
  const isCommit = (sql: string) => sql.trim().toUpperCase() === 'COMMIT';

  // Each case: where the connection dies, and the answers the database's state allows.
  const CASES: [string, FaultPoint, (sql: string) => boolean, readonly string[]][] = [
    // Nothing of it stored before COMMIT: the transaction runs again on a fresh connection.
    ['before COMMIT: while the version is written', 'before', isVersionInsert, ['CREATED', 'UPDATED']],
    ['at COMMIT, before the server has it', 'unsent', isCommit, ['OUTCOME_UNKNOWN']],
    ['during COMMIT: sent, the connection gone at once', 'sent', isCommit, ['CREATED', 'UPDATED', 'OUTCOME_UNKNOWN']],
    // The server committed before it answered: the lookup finds it (3 of 61 such uploads were answered "not stored").
    ['after COMMIT: done on the server, its answer lost', 'answer-lost', isCommit, ['CREATED', 'UPDATED']],
    ['after COMMIT: answered, then the connection gone', 'after', isCommit, ['CREATED', 'UPDATED']],
  ];

  it('answers DATABASE_UNAVAILABLE only when nothing was stored: the database gone, no connection to be had', async () => {
    const content = draft(200);
    const before = await held(db.dataSource);
    const rowsBefore = await storedRowCounts(db.dataSource);
    proxy.goDown();
    // The refused upload's audit row cannot be written either while the database is gone: the log says so, in one line.
    const log = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    const result = await api.execute<Uploaded>(UPLOAD, { input: { townshipCode: ZHANGTING, year: 2019, content } });
    proxy.comeBack();
    const logged = [...log.mock.calls];
    log.mockRestore();
    for (const line of logged) expect(line).toEqual([expect.stringMatching(/audit log not written \(DATABASE_UNAVAILABLE\)$/)]);
    expect(result.errors![0].extensions!.code).toBe('DATABASE_UNAVAILABLE');
    expect(await held(db.dataSource)).toEqual(before);
    expect(await storedRowCounts(db.dataSource)).toEqual(rowsBefore);
    const again = await api.execute<Uploaded>(UPLOAD, { input: { townshipCode: ZHANGTING, year: 2019, content } });
    expect(again.data!.uploadReport.status).toBe(before.numbers.length ? 'UPDATED' : 'CREATED');
  });

  it.each(CASES.map((testCase, i) => [...testCase, i + 1] as const))(
    '%s: the answer matches what the database holds, and sending again is safe',
    async (_name, point, matches, allowed, n) => {
      const content = draft(100 + n);
      const before = await held(db.dataSource);
      const struck = proxy.arm(point, matches);
      const result = await api.execute<Uploaded>(UPLOAD, { input: { townshipCode: ZHANGTING, year: 2019, content } });
      await struck;
      const answer = result.data?.uploadReport.status ?? String(result.errors![0].extensions!.code);
      expect(allowed).toContain(answer);
      const after = await held(db.dataSource);
      const stored = after.hashes.includes(sha256(content));
      switch (answer) {
        case 'CREATED':
        case 'UPDATED': {
          // Stored, as the current version, with the number the answer gives.
          const [version] = result.data!.uploadReport.report.versions.slice(-1);
          expect(stored).toBe(true);
          expect(after.current).toBe(version.number);
          expect(after.numbers).toEqual([...before.numbers, version.number]);
          break;
        }
        case 'OUTCOME_UNKNOWN':
          expect(result.errors![0].extensions).toMatchObject({ resendIsSafe: true });
          expect(String(result.errors![0].extensions!.uploadId)).toMatch(/^[0-9a-f-]{36}$/);
          break;
        default:
          throw new Error(`unexpected answer ${answer}`);
      }
      // Sending the same document again: UNCHANGED when it was stored, else stored now; either way once.
      const again = await api.execute<Uploaded>(UPLOAD, { input: { townshipCode: ZHANGTING, year: 2019, content } });
      expect(again.errors).toBeUndefined();
      expect(again.data!.uploadReport.status).toBe(stored ? 'UNCHANGED' : before.numbers.length ? 'UPDATED' : 'CREATED');
      const final = await held(db.dataSource);
      expect(final.hashes.filter((hash) => hash === sha256(content))).toHaveLength(1);
      expect(final.numbers).toEqual(final.numbers.map((_, i) => i + 1));
    },
  );
});
