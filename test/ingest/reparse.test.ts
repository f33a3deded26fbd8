import { DataSource } from 'typeorm';
import { ApplicationCount, Report, ReportIssueRecord, ReportVersion } from '../../entities';
import { summarizeReparse } from '../../src/cli/reparse-command';
import { demoReports } from '../../src/generator/demo-reports';
import { PARSER_VERSION } from '../../src/reading/parser-version';
import { ingestReport } from '../../src/storage/ingest/ingest-report';
import { ReparseResult, reparse } from '../../src/storage/ingest/reparse';
import { readGeneration } from '../../src/storage/store/data-generation';
import { requireRegion } from '../../src/storage/store/regions';
import { GraphQLClient, graphqlClient } from '../support/graphql';
import { TEST_DATABASE_KIND, TestDatabase, openTestDatabase, seedRegions } from '../support/database';

const ZHANGTING = { code: '330281109', name: '丈亭镇' };
const LIZHOU = { code: '330281001', name: '梨洲街道' };
const LIANGNONG = { code: '330281114', name: '梁弄镇' };

interface ReportAnswer {
  report: {
    publishedOn: string;
    applications: { newReceived: { natural: number; total: number } };
    issues: { rule: string; fingerprint: string; review: { status: string } | null }[];
    versions: { number: number; origin: string; parserVersion: number; contentHash: string; isCurrent: boolean }[];
  };
}

const REPORT = `query ($code: String!, $year: Int!) { report(townshipCode: $code, year: $year) {
  publishedOn applications { newReceived { natural total } }
  issues { rule fingerprint review { status } }
  versions { number origin parserVersion contentHash isCurrent } } }`;

const outcomes = (results: readonly ReparseResult[]) => results.map((r) => `${r.township.code} ${r.year} ${r.outcome}`);

describe(`reparse: stored documents read again with today's parser (${TEST_DATABASE_KIND})`, () => {
  let db: TestDatabase;
  let dataSource: DataSource;
  let client: GraphQLClient;
  let zhangting2019: number;
  let natural: number;
  let noticeId: string;

  const versionCount = () => dataSource.getRepository(ReportVersion).count();
  const report = async (code: string, year: number) => {
    const { data, errors } = await client.execute<ReportAnswer>(REPORT, { code, year });
    expect(errors).toBeUndefined();
    return data!.report;
  };

  beforeAll(async () => {
    db = await openTestDatabase();
    dataSource = db.dataSource;
    await seedRegions(dataSource, ['330281']);
    client = await graphqlClient(dataSource);
    const upload = async (township: typeof ZHANGTING, year: number, publishedOn?: string) => {
      const [document] = demoReports([township], [year]);
      return ingestReport(dataSource, {
        townshipCode: township.code,
        year,
        bytes: Buffer.from(document.text),
        format: 'TEXT',
        publishedOn,
      });
    };
    // Published late by the uploader's date: a report.late issue that the re-read keeps, and an evaluator confirms.
    zhangting2019 = (await upload(ZHANGTING, 2019, '2020-03-16')).versionId;
    await upload(ZHANGTING, 2020);
    await upload(LIZHOU, 2019);
    const liangnong = await upload(LIANGNONG, 2019);

    // An older reading, simulated: every version read by parser 0; 丈亭镇 2019 read one more 自然人 application
    // (the identity then failing), and 梁弄镇's stored document one today's parser does not take for a report.
    await dataSource.createQueryBuilder().update(ReportVersion).set({ parserVersion: 0 }).execute();
    const counts = dataSource.getRepository(ApplicationCount);
    const newReceived = await counts.findOneByOrFail({ versionId: zhangting2019, rowKey: 'newReceived' });
    natural = newReceived.natural!;
    await counts.update(
      { versionId: newReceived.versionId, rowKey: 'newReceived' },
      { natural: natural + 1, total: newReceived.total! + 1 },
    );
    await dataSource.getRepository(ReportIssueRecord).insert({
      versionId: zhangting2019,
      position: 99,
      rule: 'applications.identity',
      severity: 'error',
      message: '旧的读取：新收申请合计与各列之和不符',
      cells: 'applications.newReceived.total',
    });
    await dataSource
      .getRepository(ReportVersion)
      .update({ id: liangnong.versionId }, { document: Buffer.from('关于召开春耕生产动员会的通知\n各村：定于三月一日召开会议。') });

    const late = (await report(ZHANGTING.code, 2019)).issues.find((issue) => issue.rule === 'report.late')!;
    const reviewed = await client.execute(
      `mutation ($fingerprint: String!) { reviewIssue(input: { townshipCode: "${ZHANGTING.code}", year: 2019, fingerprint: $fingerprint, status: CONFIRMED, comment: "逾期" }) { rule } }`,
      { fingerprint: late.fingerprint },
    );
    expect(reviewed.errors).toBeUndefined();
    // A rectification notice on the old reading's issue, which the re-read no longer finds.
    const misread = (await report(ZHANGTING.code, 2019)).issues.find((issue) => issue.rule === 'applications.identity')!;
    const key = { townshipCode: ZHANGTING.code, year: 2019, fingerprint: misread.fingerprint };
    const confirmed = await client.execute('mutation($input: ReviewIssueInput!) { reviewIssue(input: $input) { rule } }', {
      input: { ...key, status: 'CONFIRMED' },
    });
    expect(confirmed.errors).toBeUndefined();
    const notice = await client.execute<{ createRectificationNotice: { id: string } }>(
      'mutation($input: CreateNoticeInput!) { createRectificationNotice(input: $input) { id } }',
      { input: { townshipCode: ZHANGTING.code, year: 2019, fingerprints: [misread.fingerprint], dueDate: '2099-12-31' } },
    );
    noticeId = notice.data!.createRectificationNotice.id;
  });
  afterAll(async () => {
    await client.stop();
    await db.close();
  });

  it('--dry-run prints what would change and stores nothing', async () => {
    const before = await versionCount();
    const generation = await readGeneration(dataSource);
    const results = await reparse(dataSource, { region: await requireRegion(dataSource.manager, '330281'), dryRun: true });
    expect(outcomes(results)).toEqual([
      '330281001 2019 UNCHANGED',
      '330281109 2019 CHANGED',
      '330281109 2020 UNCHANGED',
      '330281114 2019 FAILED',
    ]);
    expect(summarizeReparse(results, true)).toContain('试运行，未保存');
    expect(await versionCount()).toBe(before);
    expect(await readGeneration(dataSource)).toBe(generation);
    const versions = await dataSource.getRepository(ReportVersion).find();
    expect(versions.map((version) => version.rereadParserVersion)).toEqual(versions.map(() => null));
  });

  it('stores a new version where the reading changed, prints the changes, and keeps the reviews', async () => {
    const generation = await readGeneration(dataSource);
    const results = await reparse(dataSource, { region: null, dryRun: false });
    // Cached answers are keyed by the data generation: a re-read that stored a version moves it.
    expect(await readGeneration(dataSource)).not.toBe(generation);
    expect(outcomes(results)).toEqual([
      '330281001 2019 UNCHANGED',
      '330281109 2019 CHANGED',
      '330281109 2020 UNCHANGED',
      '330281114 2019 FAILED',
    ]);
    const printed = summarizeReparse(results, false).split('\n');
    expect(printed).toContain(`CHANGED    丈亭镇（330281109）2019  第 1 版 → 第 2 版（重读，解析器 ${PARSER_VERSION}）`);
    expect(printed).toContain(`    applications.newReceived.natural: ${natural + 1} → ${natural}`);
    expect(printed).toContainEqual(expect.stringMatching(/^ {4}− applications\.identity（error）旧的读取/));
    expect(printed).toContainEqual(expect.stringMatching(/^FAILED {5}梁弄镇（330281114）2019 {2}第 1 版 {2}NOT_A_REPORT: /));
    expect(printed[printed.length - 1]).toBe('CHANGED 1  UNCHANGED 2  SKIPPED 0  FAILED 1');

    const reread = await report(ZHANGTING.code, 2019);
    expect(reread.applications.newReceived.natural).toBe(natural);
    expect(reread.publishedOn).toBe('2020-03-16');
    expect(reread.issues.map((issue) => issue.rule)).not.toContain('applications.identity');
    expect(reread.issues.find((issue) => issue.rule === 'report.late')!.review).toEqual({ status: 'CONFIRMED' });
    const [first, second] = reread.versions;
    expect([first.origin, first.parserVersion, second.origin, second.parserVersion, second.isCurrent]).toEqual([
      'UPLOAD',
      0,
      'REPARSE',
      PARSER_VERSION,
      true,
    ]);
    // The same document: its hash (and so what a re-upload of it is compared with) is the upload's.
    expect(second.contentHash).toBe(first.contentHash);
    expect((await report(LIZHOU.code, 2019)).versions.map((version) => version.origin)).toEqual(['UPLOAD']);
    // Only the township's own new document answers a notice: the re-read left its issue open.
    const notice = await client.execute<{ rectificationNotice: { state: string; issues: { state: string }[] } }>(
      'query($id: ID!) { rectificationNotice(id: $id) { state issues { state } } }',
      { id: noticeId },
    );
    expect(notice.data!.rectificationNotice).toEqual({ state: 'OPEN', issues: [{ state: 'OPEN' }] });
  });

  it('is no upload: the same document uploaded again stores nothing', async () => {
    const [document] = demoReports([ZHANGTING], [2019]);
    const again = await ingestReport(dataSource, {
      townshipCode: ZHANGTING.code,
      year: 2019,
      bytes: Buffer.from(document.text),
      format: 'TEXT',
      publishedOn: '2020-03-16',
    });
    expect([again.status, again.versionNumber]).toEqual(['UNCHANGED', 2]);
  });

  it('resumes: a second run passes over what this parser has read, and tries the failed one again', async () => {
    const before = await versionCount();
    const results = await reparse(dataSource, { region: null, dryRun: false });
    expect(outcomes(results)).toEqual([
      '330281001 2019 SKIPPED',
      '330281109 2019 SKIPPED',
      '330281109 2020 SKIPPED',
      '330281114 2019 FAILED',
    ]);
    expect(await versionCount()).toBe(before);
    expect(await dataSource.getRepository(Report).count()).toBe(4);
  });
});
