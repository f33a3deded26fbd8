import { DEFAULT_MAX_INPUT_LENGTH } from '../../src/core/input-length';
import { TEST_DATABASE_KIND, TestDatabase, openTestDatabase, seedRegions, storedRowCounts } from '../support/database';
import { reportFixture } from '../support/fixtures';
import { GraphQLClient, GraphQLResult, graphqlClient } from '../support/graphql';

const LONG = '3'.repeat(DEFAULT_MAX_INPUT_LENGTH + 1);

describe(`every string input has a maximum length, checked before anything runs (${TEST_DATABASE_KIND})`, () => {
  let db: TestDatabase;
  let api: GraphQLClient;
  beforeAll(async () => {
    db = await openTestDatabase();
    await seedRegions(db.dataSource, ['330281']);
    api = await graphqlClient(db.dataSource);
  });
  afterAll(async () => {
    await api.stop();
    await db.close();
  });

  const refusal = (result: GraphQLResult) => {
    expect(result.statements).toEqual([]);
    return result.errors![0].extensions;
  };

  it.each([
    ['an argument written in the operation', `{ townships(regionCode: "${LONG}") { code } }`, {}, 'townships.regionCode'],
    ['a variable', 'query($c: String!) { townships(regionCode: $c) { code } }', { c: LONG }, 'townships.regionCode'],
    ["a variable's default", `query($c: String = "${LONG}") { townships(regionCode: $c) { code } }`, {}, 'townships.regionCode'],
    ['a fragment', `{ ...F } fragment F on Query { townships(regionCode: "${LONG}") { code } }`, {}, 'townships.regionCode'],
    [
      'an item of a list inside an input',
      'query($i: CompareInput!) { compare(input: $i) { totalCount } }',
      { i: { metrics: ['channels.website', LONG], years: [2019] } },
      'compare.input.metrics[1]',
    ],
  ])('in %s', async (_where, query, variables, field) => {
    expect(refusal(await api.execute(query, variables))).toMatchObject({ code: 'BAD_USER_INPUT', field, limit: DEFAULT_MAX_INPUT_LENGTH });
  });

  it('checks the variables of each request, when the same text comes again with others', async () => {
    const query = 'query($c: String!) { townships(regionCode: $c) { code } }';
    for (const [code, refused] of [
      ['330281', false],
      [LONG, true],
      ['330281', false],
      [LONG, true],
    ] as const) {
      const result = await api.execute(query, { c: code });
      expect([code.length, result.errors?.[0]?.extensions?.field]).toEqual([code.length, refused ? 'townships.regionCode' : undefined]);
    }
  });

  it('refuses a text written too long each time it comes, and not a text within its limits', async () => {
    const long = `{ townships(regionCode: "${LONG}") { code } }`;
    for (let i = 0; i < 3; i++) expect(refusal(await api.execute(long))).toMatchObject({ field: 'townships.regionCode' });
    for (let i = 0; i < 3; i++) expect((await api.execute('{ townships(regionCode: "330281") { code } }')).errors).toBeUndefined();
  });

  it("measures a JSON input by its text: a rubric criterion's parameters", async () => {
    const criteria = [
      {
        key: 'arithmetic',
        label: '数据准确',
        maxPoints: 10,
        kind: 'ARITHMETIC',
        parameters: { deductionPerIssue: 1, note: '注'.repeat(4000) },
      },
    ];
    const result = await api.execute('mutation($i: RubricInput!) { updateRubric(input: $i) { version } }', {
      i: { regionCode: '330281', year: 2019, criteria },
    });
    expect(refusal(result)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'updateRubric.input.criteria[0].parameters', limit: 4000 });
  });

  it('leaves a document to HUB_MAX_UPLOAD_BYTES, and stores nothing of what it refuses', async () => {
    const before = await storedRowCounts(db.dataSource);
    const content = reportFixture('zhangting-2019.txt').toString('utf8');
    const preview = await api.execute('mutation($i: UploadReportInput!) { previewReport(input: $i) { format } }', {
      i: { townshipCode: '330281109', year: 2019, content },
    });
    expect(content.length).toBeGreaterThan(DEFAULT_MAX_INPUT_LENGTH);
    expect(preview.errors).toBeUndefined();
    expect(await storedRowCounts(db.dataSource)).toEqual(before);
  });
});
