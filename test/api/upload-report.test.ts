import { ReportVersion } from '../../entities';
import { GraphQLClient, graphqlClient } from '../support/graphql';
import { TEST_DATABASE_KIND, TestDatabase, openTestDatabase, seedRegions, storedRowCounts } from '../support/database';
import { expectedCells, expectedFixture, reportFixture, valueAt } from '../support/fixtures';
import { PREVIEW_REPORT, REPORT, UPLOAD_REPORT, type UploadData, type PreviewData, type ReportQueryData } from '../support/report-query';

const ZHANGTING = '330281109';
const text = reportFixture('zhangting-2019.txt').toString('utf8');
const expected = expectedFixture('zhangting-2019.expected.json');
const TABLE_KEYS = ['activeDisclosure', 'applications', 'review', 'litigationDirect', 'litigationAfterReview', 'channels', 'responses'];

describe(`uploadReport (${TEST_DATABASE_KIND})`, () => {
  let db: TestDatabase;
  let api: GraphQLClient;

  beforeAll(async () => {
    db = await openTestDatabase();
    await seedRegions(db.dataSource);
    api = await graphqlClient(db.dataSource);
  });
  afterAll(async () => {
    await api.stop();
    await db.close();
  });

  /** Row counts of every table: what "nothing stored" is checked against. */
  const rowCounts = () => storedRowCounts(db.dataSource);

  const upload = (input: Record<string, unknown>) =>
    api.execute<UploadData>(UPLOAD_REPORT, { input: { townshipCode: ZHANGTING, year: 2019, content: text, ...input } });

  it('stores the real report and returns every cell it states, blanks as null', async () => {
    const result = await upload({});
    expect(result.errors).toBeUndefined();
    const { status, report } = result.data!.uploadReport;
    expect(status).toBe('CREATED');
    expect(report).toMatchObject({
      township: { code: ZHANGTING, name: '丈亭镇' },
      year: 2019,
      template: '2019',
      publishedOn: '2020-01-20',
      isDemo: false,
    });
    for (const [path, value] of expectedCells(expected, TABLE_KEYS)) {
      expect([path, valueAt(report, path)]).toEqual([path, value]);
    }
    expect(report.countSources).toContainEqual(expect.objectContaining({ metric: 'channels.website', source: 'TABLE' }));
  });

  it('refuses a publishedOn that is not YYYY-MM-DD, for an upload and a preview alike, storing nothing', async () => {
    const before = await rowCounts();
    const refused = await upload({ publishedOn: '2020/01/20' });
    const preview = await api.execute<PreviewData>(PREVIEW_REPORT, {
      input: { townshipCode: ZHANGTING, year: 2019, content: text, publishedOn: '20 January 2020' },
    });
    for (const result of [refused, preview]) {
      expect(result.data).toBeNull();
      expect(JSON.stringify(result.errors)).toContain('不是 YYYY-MM-DD 格式的日期');
    }
    expect(await rowCounts()).toEqual(before);
  });

  it('reads back from the store exactly what the upload returned', async () => {
    const uploaded = (await upload({})).data!.uploadReport.report;
    const stored = (await api.execute<ReportQueryData>(REPORT, { townshipCode: ZHANGTING, year: 2019 })).data!.report;
    expect(stored).toEqual(uploaded);
  });

  it('reports the rules the document really breaks', async () => {
    const { issues } = (await upload({})).data!.uploadReport;
    const blank = issues
      .filter((issue: { rule: string }) => issue.rule === 'cells.blank')
      .flatMap((issue: { cells: string[] }) => issue.cells);
    expect(blank).toEqual(
      expect.arrayContaining(['applications.newReceived.total', 'applications.totalProcessed.natural', 'litigationDirect.maintained']),
    );
    expect(blank).not.toContain('activeDisclosure.licensing.previous');
    expect(issues.filter((issue: { severity: string }) => issue.severity === 'ERROR')).toEqual([]);
    for (const issue of issues) expect(issue.message).toMatch(/[\u4e00-\u9fff]/);
  });

  it('keeps identical re-uploads as UNCHANGED and changed ones as new versions, documents byte for byte', async () => {
    expect((await upload({})).data!.uploadReport.status).toBe('UNCHANGED');
    const changed = `${text}\n补充说明。\n`;
    const second = (await upload({ content: changed })).data!.uploadReport;
    expect(second.status).toBe('UPDATED');
    expect(second.report.versions.map((v: { number: number; isCurrent: boolean }) => [v.number, v.isCurrent])).toEqual([
      [1, false],
      [2, true],
    ]);
    const documents = await db.dataSource
      .getRepository(ReportVersion)
      .createQueryBuilder('v')
      .addSelect('v.document')
      .orderBy('v.number')
      .getMany();
    expect(documents.map((v) => Buffer.compare(v.document, Buffer.from(v.number === 1 ? text : changed, 'utf8')))).toEqual([0, 0]);
    // Back to the first content: a new version again, not UNCHANGED against an old one.
    expect((await upload({})).data!.uploadReport.status).toBe('UPDATED');
  });

  it('takes publishedOn from the input over the document, as part of what makes an upload new', async () => {
    const result = (await upload({ publishedOn: '2020-02-15' })).data!.uploadReport;
    expect(result.status).toBe('UPDATED');
    expect(result.report.publishedOn).toBe('2020-02-15');
    expect(result.issues.map((issue: { rule: string }) => issue.rule)).toContain('report.late');
  });

  it('previews without storing anything', async () => {
    const before = await rowCounts();
    const preview = await api.execute<PreviewData>(PREVIEW_REPORT, { input: { townshipCode: ZHANGTING, year: 2019, content: text } });
    expect(preview.errors).toBeUndefined();
    expect(preview.data!.previewReport.format).toBe('TEXT');
    expect(preview.data!.previewReport.report.applications.newReceived.natural).toBe(0);
    expect(preview.data!.previewReport.report.versions).toEqual([]);
    expect(await rowCounts()).toEqual(before);
  });

  it('shows in the preview how each table was found, row by row', async () => {
    const preview = (await api.execute<PreviewData>(PREVIEW_REPORT, { input: { townshipCode: ZHANGTING, year: 2019, content: text } }))
      .data!.previewReport;
    const byTable = Object.fromEntries(preview.tables.map((t) => [t.table, t]));
    expect(Object.keys(byTable)).toEqual(['disclosure', 'applications', 'cases', 'platform']);
    expect(Object.values(byTable).every((t) => t.found)).toBe(true);
    const rowText = (table: string, row: string) => byTable[table].rows.find((r) => r.row === row)?.text;
    expect(rowText('disclosure', 'activeDisclosure.licensing')).toMatch(/行政许可/);
    expect(rowText('applications', 'applications.denied.stateSecret')).toMatch(/属于国家秘密/);
    expect(rowText('applications', 'applications.totalProcessed')).toMatch(/总计/);
    expect(rowText('platform', 'channels.website')).toMatch(/政府网站/);
    expect(byTable.cases.rows.map((r) => r.row)).toEqual(['review', 'litigationDirect', 'litigationAfterReview']);
    expect(preview.derivedCells).toEqual([]);
  });

  describe('rejects bad input with a typed error and stores nothing', () => {
    const thisYear = new Date().getUTCFullYear();
    const cases: [string, Record<string, unknown>, string, RegExp][] = [
      ['empty content', { content: '  \n ' }, 'EMPTY_DOCUMENT', /空/],
      ['text that is no annual report', { content: '今天天气晴朗，镇里召开了春耕动员会。\n会议由镇长主持。' }, 'NOT_A_REPORT', /年度报告/],
      ['an unknown township code', { townshipCode: '330281999' }, 'UNKNOWN_TOWNSHIP', /330281999/],
      ['a county code as township', { townshipCode: '330281' }, 'UNKNOWN_TOWNSHIP', /330281/],
      ['a year before 2008', { year: 2007 }, 'YEAR_OUT_OF_RANGE', /2007/],
      ['a year after this one', { year: thisYear + 1 }, 'YEAR_OUT_OF_RANGE', new RegExp(String(thisYear + 1))],
      ['another township than the document names', { townshipCode: '330281001' }, 'ORGANIZATION_MISMATCH', /丈亭镇人民政府.*梨洲街道/],
      ['a year the document does not cover', { year: 2018 }, 'YEAR_MISMATCH', /2019/],
      ['a date that does not exist', { publishedOn: '2020-02-30' }, 'BAD_USER_INPUT', /2020-02-30/],
      ['base64 that is not base64', { content: '@@@', encoding: 'BASE64' }, 'BAD_ENCODING', /BASE64/],
    ];
    it.each(cases)('%s', async (_name, input, code, message) => {
      const before = await rowCounts();
      for (const mutation of [UPLOAD_REPORT, PREVIEW_REPORT]) {
        const result = await api.execute(mutation, { input: { townshipCode: ZHANGTING, year: 2019, content: text, ...input } });
        expect(result.data).toBeNull();
        expect(result.errors).toHaveLength(1);
        expect(result.errors![0].extensions!.code).toBe(code);
        expect(result.errors![0].message).toMatch(message);
      }
      expect(await rowCounts()).toEqual(before);
    });
  });
});
