import { DEFAULT_LIMITS } from '../../src/api/graphql/limits/limit-config';
import { TEST_DATABASE_KIND, TestDatabase, openTestDatabase, seedRegions } from '../support/database';
import { reportFixture } from '../support/fixtures';
import { GraphQLClient, graphqlClient } from '../support/graphql';

const UPLOAD = 'mutation($input: UploadReportInput!) { uploadReport(input: $input) { status report { versions { number } } } }';
const QUERY =
  '{ channelComparison(year: 2019, regionCode: "330281") { rank } report(townshipCode: "330281109", year: 2019) { versions { number } } }';
const LIMITED = /^SET STATEMENT max_statement_time=1\.500 FOR /;

describe(`HUB_STATEMENT_TIMEOUT_MS (${TEST_DATABASE_KIND})`, () => {
  let db: TestDatabase;
  let api: GraphQLClient;
  beforeAll(async () => {
    db = await openTestDatabase();
    await seedRegions(db.dataSource, ['330281']);
    api = (await graphqlClient(db.dataSource)).withLimits({ ...DEFAULT_LIMITS, statementTimeoutMs: 1500 });
  });
  afterAll(async () => {
    await api.stop();
    await db.close();
  });

  it(
    TEST_DATABASE_KIND === 'mysql'
      ? "limits every statement of a query operation on MariaDB, and none of an upload's"
      : 'changes nothing on SQLite, which cannot stop a statement (the cell bound guards it)',
    async () => {
      const upload = await api.execute<{ uploadReport: { status: string } }>(UPLOAD, {
        input: { townshipCode: '330281109', year: 2019, content: reportFixture('zhangting-2019.txt').toString('utf8') },
      });
      expect(upload.data!.uploadReport.status).toBe('CREATED');
      expect(upload.statements.filter((sql) => LIMITED.test(sql))).toEqual([]);
      const query = await api.execute(QUERY);
      expect(query.errors).toBeUndefined();
      const limited = query.statements.filter((sql) => LIMITED.test(sql));
      expect(limited).toHaveLength(TEST_DATABASE_KIND === 'mysql' ? query.statements.length : 0);
      expect(query.statements.length).toBeGreaterThan(2);
    },
  );

  it('is off at 0', async () => {
    const unlimited = api.withLimits({ ...DEFAULT_LIMITS, statementTimeoutMs: 0 });
    const query = await unlimited.execute(QUERY);
    expect(query.errors).toBeUndefined();
    expect(query.statements.filter((sql) => sql.startsWith('SET STATEMENT'))).toEqual([]);
  });
});
