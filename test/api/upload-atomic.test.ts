import { DataSource } from 'typeorm';
import { GraphQLClient, graphqlClient } from '../support/graphql';
import { TEST_DATABASE_KIND, TestDatabase, openTestDatabase, seedRegions, storedRowCounts } from '../support/database';
import { reportFixture } from '../support/fixtures';

const MARKER = '注入故障';
const UPLOAD = 'mutation($input: UploadReportInput!) { uploadReport(input: $input) { status } }';

/**
 * A real failure of the database in the middle of an upload: a trigger that refuses the
 * narrative sections, which are written after the version, its table rows and the report.
 */
async function failNarrativeInserts(dataSource: DataSource): Promise<void> {
  if (TEST_DATABASE_KIND === 'mysql') {
    await dataSource.query(
      `CREATE TRIGGER fail_marked_sections BEFORE INSERT ON narrative_sections FOR EACH ROW
       BEGIN IF NEW.text LIKE '%${MARKER}%' THEN SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'injected failure'; END IF; END`,
    );
  } else {
    await dataSource.query(
      `CREATE TRIGGER fail_marked_sections BEFORE INSERT ON narrative_sections
       WHEN NEW.text LIKE '%${MARKER}%' BEGIN SELECT RAISE(ABORT, 'injected failure'); END`,
    );
  }
}

describe(`an upload is one transaction (${TEST_DATABASE_KIND})`, () => {
  let db: TestDatabase;
  let api: GraphQLClient;
  beforeAll(async () => {
    db = await openTestDatabase();
    await seedRegions(db.dataSource, ['330281']);
    await failNarrativeInserts(db.dataSource);
    api = await graphqlClient(db.dataSource);
  });
  afterAll(async () => {
    await api.stop();
    await db.close();
  });

  it('leaves nothing behind when the database fails half way, and answers a typed, masked error', async () => {
    const text = reportFixture('zhangting-2019.txt').toString('utf8').replace('一、总体情况', `一、总体情况\n\n${MARKER}。`);
    const before = await storedRowCounts(db.dataSource);
    // The operator's log gets the whole error under the request id; the caller gets the id only.
    const log = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    const result = await api.execute(UPLOAD, { input: { townshipCode: '330281109', year: 2019, content: text } });
    expect(log).toHaveBeenCalledWith(expect.stringContaining(String(result.errors?.[0].extensions?.requestId)), expect.anything());
    log.mockRestore();
    expect(result.data).toBeNull();
    expect(result.errors![0].extensions!.code).toBe('INTERNAL_SERVER_ERROR');
    expect(result.errors![0].extensions!.requestId).toEqual(expect.any(String));
    expect(JSON.stringify(result.errors)).not.toMatch(/injected failure|INSERT|narrative_sections/);
    expect(await storedRowCounts(db.dataSource)).toEqual(before);

    // The same report without the marker goes through: the failure left no lock or half row.
    const clean = reportFixture('zhangting-2019.txt').toString('utf8');
    const stored = await api.execute<{ uploadReport: { status: string } }>(UPLOAD, {
      input: { townshipCode: '330281109', year: 2019, content: clean },
    });
    expect(stored.data!.uploadReport.status).toBe('CREATED');
  });
});
