import { ApiToken, AuditEvent } from '../../entities';
import { TOKEN_PREFIX, hashSecret } from '../../src/api/auth/token-secret';
import { GraphQLClient, graphqlClient } from '../support/graphql';
import { TEST_DATABASE_KIND, TestDatabase, openTestDatabase, seedRegions } from '../support/database';
import { reportFixture } from '../support/fixtures';
import { createTestToken } from '../support/tokens';

const ZHANGTING = '330281109';
const text = reportFixture('zhangting-2019.txt').toString('utf8');
const UPLOAD = 'mutation($input: UploadReportInput!) { uploadReport(input: $input) { status } }';

describe(`API tokens and the audit log (${TEST_DATABASE_KIND})`, () => {
  let db: TestDatabase;
  let admin: GraphQLClient;
  beforeAll(async () => {
    db = await openTestDatabase();
    await seedRegions(db.dataSource, ['330281']);
    admin = await graphqlClient(db.dataSource);
  });
  afterAll(async () => {
    await admin.stop();
    await db.close();
  });

  it('shows a new secret once and stores only its hash', async () => {
    const secret = await createTestToken(admin, '丈亭镇 王五', 'UPLOADER', ['330281109000']);
    expect(secret.startsWith(TOKEN_PREFIX)).toBe(true);
    expect(Buffer.from(secret.slice(TOKEN_PREFIX.length), 'base64url')).toHaveLength(32);
    const [stored] = await db.dataSource.getRepository(ApiToken).find({ where: { name: '丈亭镇 王五' } });
    expect(stored).toMatchObject({ role: 'UPLOADER', townshipCodes: ZHANGTING, secretHash: hashSecret(secret), revokedAt: null });
    expect(JSON.stringify(stored)).not.toContain(secret);
  });

  it('refuses a token input that makes no sense, naming the value', async () => {
    const create = (input: Record<string, unknown>) =>
      admin.execute('mutation($input: CreateApiTokenInput!) { createApiToken(input: $input) { token } }', { input });
    const noTownship = await create({ name: '甲', role: 'UPLOADER' });
    expect(noTownship.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', role: 'UPLOADER' });
    const county = await create({ name: '乙', role: 'UPLOADER', townshipCodes: ['330281'] });
    expect(county.errors![0].extensions).toMatchObject({ code: 'UNKNOWN_TOWNSHIP', townshipCode: '330281' });
    const scopedAnalyst = await create({ name: '丙', role: 'ANALYST', townshipCodes: [ZHANGTING] });
    expect(scopedAnalyst.errors![0].message).toContain(ZHANGTING);
  });

  it('acts as the token holder, within its townships, until revoked', async () => {
    const secret = await createTestToken(admin, '丈亭镇 赵六', 'UPLOADER', [ZHANGTING]);
    const uploader = admin.withToken(secret);
    expect((await uploader.execute(UPLOAD, { input: { townshipCode: ZHANGTING, year: 2019, content: text } })).data).toEqual({
      uploadReport: { status: 'CREATED' },
    });
    const elsewhere = await uploader.execute(UPLOAD, { input: { townshipCode: '330281001', year: 2019, content: text } });
    expect(elsewhere.errors![0].extensions).toMatchObject({ code: 'FORBIDDEN', townshipCode: '330281001' });

    const [token] = await db.dataSource.getRepository(ApiToken).find({ where: { name: '丈亭镇 赵六' } });
    const revoked = await admin.execute<{ revokeApiToken: { revokedAt: string | null } }>(
      `mutation { revokeApiToken(id: "${token.id}") { revokedAt } }`,
    );
    expect(revoked.data!.revokeApiToken.revokedAt).not.toBeNull();
    await expect(uploader.execute('{ metrics { key } }')).rejects.toMatchObject({ code: 'UNAUTHENTICATED' });
  });

  it('logs every mutation with who, the outcome and the version an upload produced, never the document', async () => {
    const evaluator = admin.withToken(await createTestToken(admin, '考核组 钱七', 'EVALUATOR'));
    const denied = await evaluator.execute(UPLOAD, { input: { townshipCode: ZHANGTING, year: 2019, content: `${text}\n（二稿）` } });
    expect(denied.errors![0].extensions!.code).toBe('FORBIDDEN');
    const updated = await admin.execute<{ uploadReport: { status: string } }>(UPLOAD, {
      input: { townshipCode: ZHANGTING, year: 2019, content: `${text}\n（二稿）` },
    });
    expect(updated.data!.uploadReport.status).toBe('UPDATED');

    const log = await admin.execute<{ auditLog: (Record<string, unknown> & { arguments: string })[] }>(
      '{ auditLog(limit: 3) { actorName actorRole mutation arguments outcome reportId versionNumber documentHash requestId } }',
    );
    const [upload, refused] = log.data!.auditLog;
    expect(refused).toMatchObject({
      actorName: '考核组 钱七',
      actorRole: 'EVALUATOR',
      mutation: 'uploadReport',
      outcome: 'FORBIDDEN',
      versionNumber: null,
    });
    expect(upload).toMatchObject({ actorRole: 'ADMIN', mutation: 'uploadReport', outcome: 'OK', versionNumber: 2 });
    expect(upload.documentHash).toMatch(/^[0-9a-f]{64}$/);
    expect(upload.requestId).toMatch(/^[0-9a-f-]{36}$/);
    expect((JSON.parse(upload.arguments) as { input: unknown }).input).toMatchObject({
      townshipCode: ZHANGTING,
      year: 2019,
      content: expect.stringMatching(/^«\d+ 个字符»$/) as unknown,
    });
    const everything = JSON.stringify(await db.dataSource.getRepository(AuditEvent).find());
    expect(everything).not.toContain('政府信息公开');
    expect(everything).not.toContain(TOKEN_PREFIX);
  });
});
