import { AuditEvent, ReportVersion } from '../../entities';
import { DEFAULT_CRITERIA } from '../../src/answers/assessment/default-rubric';
import { GraphQLClient, graphqlClient } from '../support/graphql';
import { TEST_DATABASE_KIND, TestDatabase, openTestDatabase, seedRegions } from '../support/database';
import { reportFixture } from '../support/fixtures';
import { createTestToken } from '../support/tokens';

const ZHANGTING = '330281109';
const text = reportFixture('zhangting-2019.txt').toString('utf8');
const upload = { input: { townshipCode: ZHANGTING, year: 2019, content: text } };

type Who = 'anonymous' | 'envAdmin' | 'admin' | 'uploader' | 'otherUploader' | 'evaluator' | 'analyst';
const EVERYONE: readonly Who[] = ['anonymous', 'envAdmin', 'admin', 'uploader', 'otherUploader', 'evaluator', 'analyst'];
const ADMINS: readonly Who[] = ['envAdmin', 'admin'];
const READ_ASSESSMENT: readonly Who[] = [...ADMINS, 'evaluator', 'analyst'];
const EDIT_ASSESSMENT: readonly Who[] = [...ADMINS, 'evaluator'];
const UPLOAD: readonly Who[] = [...ADMINS, 'uploader'];
const READ_NOTICE: readonly Who[] = [...READ_ASSESSMENT, 'uploader'];
/** The notice beforeAll issues to 丈亭镇 (filled in there): its id, and an answer to its one issue. */
const notice = { id: '' };
const noticeAnswer = { id: '', fingerprint: '', explanation: '已核实' };

interface Operation {
  name: string;
  query: string;
  variables?: Record<string, unknown>;
  allowed: readonly Who[];
  mutation?: boolean;
}

/** Every mutation and query of the schema, with who may run it. */
const OPERATIONS: readonly Operation[] = [
  { name: 'report', query: `{ report(townshipCode: "${ZHANGTING}", year: 2019) { year } }`, allowed: EVERYONE },
  {
    name: 'report.issues.review',
    query: `{ report(townshipCode: "${ZHANGTING}", year: 2019) { issues { review { status } } } }`,
    allowed: READ_ASSESSMENT,
  },
  { name: 'townships', query: '{ townships(regionCode: "330281") { code } }', allowed: EVERYONE },
  { name: 'region', query: '{ region(code: "330281") { code } }', allowed: EVERYONE },
  { name: 'regions', query: '{ regions(search: "余姚") { code } }', allowed: EVERYONE },
  { name: 'me', query: '{ me { role townships { code } } }', allowed: EVERYONE },
  { name: 'channelComparison', query: '{ channelComparison(year: 2019, regionCode: "330281") { rank } }', allowed: EVERYONE },
  { name: 'zeroApplicationTownships', query: '{ zeroApplicationTownships(year: 2019, regionCode: "330281") { code } }', allowed: EVERYONE },
  { name: 'missingReports', query: '{ missingReports(year: 2019, regionCode: "330281") { code } }', allowed: EVERYONE },
  { name: 'metrics', query: '{ metrics { key } }', allowed: EVERYONE },
  {
    name: 'compare',
    query: '{ compare(input: { metrics: ["channels.wechat"], years: [2019], regionCode: "330281" }) { totalCount } }',
    allowed: EVERYONE,
  },
  { name: 'assessment', query: '{ assessment(year: 2019, regionCode: "330281") { total } }', allowed: READ_ASSESSMENT },
  { name: 'rubric', query: '{ rubric(regionCode: "330281", year: 2019) { version } }', allowed: READ_ASSESSMENT },
  { name: 'rubrics', query: '{ rubrics(regionCode: "330281", year: 2019) { version } }', allowed: READ_ASSESSMENT },
  { name: 'apiTokens', query: '{ apiTokens { id } }', allowed: ADMINS },
  { name: 'rectificationNotices', query: '{ rectificationNotices { id } }', allowed: READ_ASSESSMENT },
  {
    name: 'rectificationNotice',
    query: 'query($id: ID!) { rectificationNotice(id: $id) { id } }',
    variables: notice,
    allowed: READ_NOTICE,
  },
  { name: 'me.notices', query: '{ me { notices { id } } }', allowed: EVERYONE },
  { name: 'auditLog', query: '{ auditLog { id } }', allowed: ADMINS },
  {
    name: 'previewReport',
    query: 'mutation($input: UploadReportInput!) { previewReport(input: $input) { format } }',
    variables: upload,
    allowed: UPLOAD,
    mutation: true,
  },
  {
    name: 'uploadReport',
    query: 'mutation($input: UploadReportInput!) { uploadReport(input: $input) { status } }',
    variables: upload,
    allowed: UPLOAD,
    mutation: true,
  },
  {
    name: 'reviewIssue',
    query: 'mutation($input: ReviewIssueInput!) { reviewIssue(input: $input) { rule } }',
    variables: { input: { townshipCode: ZHANGTING, year: 2019, fingerprint: 'no-such-issue', status: 'CONFIRMED' } },
    allowed: EDIT_ASSESSMENT,
    mutation: true,
  },
  {
    name: 'updateRubric',
    query: 'mutation($input: RubricInput!) { updateRubric(input: $input) { version } }',
    variables: { input: { regionCode: '330281', year: 2019, criteria: DEFAULT_CRITERIA } },
    allowed: EDIT_ASSESSMENT,
    mutation: true,
  },
  {
    name: 'createApiToken',
    query: 'mutation($input: CreateApiTokenInput!) { createApiToken(input: $input) { apiToken { id } } }',
    variables: { input: { name: '临时', role: 'ANALYST' } },
    allowed: ADMINS,
    mutation: true,
  },
  ...['createRectificationNotice'].map((name) => ({
    name,
    query: `mutation($input: CreateNoticeInput!) { ${name}(input: $input) { id } }`,
    variables: { input: { townshipCode: ZHANGTING, year: 2019, fingerprints: ['no-such-issue'], dueDate: '2099-12-31' } },
    allowed: EDIT_ASSESSMENT,
    mutation: true,
  })),
  ...['acceptRectificationNotice', 'returnRectificationNotice', 'archiveRectificationNotice'].map((name) => ({
    name,
    query: `mutation($input: NoticeStepInput!) { ${name}(input: $input) { id } }`,
    variables: { input: { id: '999999' } },
    allowed: EDIT_ASSESSMENT,
    mutation: true,
  })),
  {
    name: 'submitRectificationNotice',
    query: 'mutation($input: NoticeStepInput!) { submitRectificationNotice(input: $input) { id } }',
    variables: { input: notice },
    allowed: UPLOAD,
    mutation: true,
  },
  {
    name: 'answerRectificationIssue',
    query: 'mutation($input: AnswerNoticeIssueInput!) { answerRectificationIssue(input: $input) { id } }',
    variables: { input: noticeAnswer },
    allowed: UPLOAD,
    mutation: true,
  },
  { name: 'revokeApiToken', query: 'mutation { revokeApiToken(id: "999999") { id } }', allowed: ADMINS, mutation: true },
  {
    name: 'importRegions',
    query: 'mutation($input: ImportRegionsInput!) { importRegions(input: $input) { applied } }',
    variables: { input: { csv: '330281001,梨洲街道', effective: '2021-01-01', regionCode: '330281', dryRun: true } },
    allowed: ADMINS,
    mutation: true,
  },
];

const AUTH_CODES = ['UNAUTHENTICATED', 'FORBIDDEN'];

describe(`who may do what: every operation × every role (${TEST_DATABASE_KIND})`, () => {
  let db: TestDatabase;
  let admin: GraphQLClient;
  const clients = {} as Record<Who, GraphQLClient>;

  beforeAll(async () => {
    db = await openTestDatabase();
    await seedRegions(db.dataSource, ['330281']);
    admin = await graphqlClient(db.dataSource);
    // A stored report with issues, so that its issues' reviews are there to be asked for.
    expect(
      (await admin.execute('mutation($input: UploadReportInput!) { uploadReport(input: $input) { status } }', upload)).errors,
    ).toBeUndefined();
    // A notice of 丈亭镇 on one confirmed issue, for the notice operations to find.
    const issues = await admin.execute<{ report: { issues: { fingerprint: string }[] } }>(
      `{ report(townshipCode: "${ZHANGTING}", year: 2019) { issues { fingerprint } } }`,
    );
    const key = { townshipCode: ZHANGTING, year: 2019, fingerprint: issues.data!.report.issues[0].fingerprint };
    await admin.execute('mutation($input: ReviewIssueInput!) { reviewIssue(input: $input) { rule } }', {
      input: { ...key, status: 'CONFIRMED' },
    });
    const created = await admin.execute<{ createRectificationNotice: { id: string } }>(
      'mutation($input: CreateNoticeInput!) { createRectificationNotice(input: $input) { id } }',
      { input: { townshipCode: ZHANGTING, year: 2019, fingerprints: [key.fingerprint], dueDate: '2099-12-31' } },
    );
    notice.id = created.data!.createRectificationNotice.id;
    Object.assign(noticeAnswer, { id: notice.id, fingerprint: key.fingerprint });
    clients.envAdmin = admin;
    clients.anonymous = admin.withToken(null);
    clients.admin = admin.withToken(await createTestToken(admin, '市政务公开办', 'ADMIN'));
    clients.uploader = admin.withToken(await createTestToken(admin, '丈亭镇', 'UPLOADER', [ZHANGTING]));
    clients.otherUploader = admin.withToken(await createTestToken(admin, '梨洲街道', 'UPLOADER', ['330281001']));
    clients.evaluator = admin.withToken(await createTestToken(admin, '考核组', 'EVALUATOR'));
    clients.analyst = admin.withToken(await createTestToken(admin, '研究室', 'ANALYST'));
  });
  afterAll(async () => {
    await admin.stop();
    await db.close();
  });

  const cases = OPERATIONS.flatMap((operation) => EVERYONE.map((who) => [operation.name, who, operation] as const));

  it.each(cases)('%s as %s', async (_name, who, operation) => {
    const versionsBefore = await db.dataSource.getRepository(ReportVersion).count();
    const auditBefore = await db.dataSource.getRepository(AuditEvent).count();
    const result = await clients[who].execute(operation.query, operation.variables);
    const codes = (result.errors ?? []).map((error) => error.extensions?.code);
    if (operation.allowed.includes(who)) {
      expect(codes.filter((code) => typeof code === 'string' && AUTH_CODES.includes(code))).toEqual([]);
    } else {
      // One error per denied field (a report's every issue asks for its review).
      expect(codes.length).toBeGreaterThan(0);
      expect(new Set(codes)).toEqual(new Set([who === 'anonymous' ? 'UNAUTHENTICATED' : 'FORBIDDEN']));
      expect(await db.dataSource.getRepository(ReportVersion).count()).toBe(versionsBefore);
    }
    if (operation.mutation) {
      const [event] = await db.dataSource.getRepository(AuditEvent).find({ order: { id: 'DESC' }, take: 1 });
      expect(await db.dataSource.getRepository(AuditEvent).count()).toBe(auditBefore + 1);
      expect(event.mutation).toBe(operation.name);
      if (!operation.allowed.includes(who)) expect(event.outcome).toBe(codes[0]);
    }
  });
});
