/** HTML pages and Word documents through the GraphQL upload, end to end, on the test database. */
import { renderDocx } from '../../src/generator/render-docx';
import { renderHtml } from '../../src/generator/render-html';
import { generateReport } from '../../src/generator/generate-report';
import type { ReportData } from '../../src/reading/template/report-data';
import { reportFixture } from '../support/fixtures';
import { GraphQLClient, graphqlClient } from '../support/graphql';
import { TEST_DATABASE_KIND, TestDatabase, openTestDatabase, seedRegions } from '../support/database';
import { PREVIEW_REPORT, UPLOAD_REPORT, type UploadData, type PreviewData, type ReportAnswer } from '../support/report-query';

const LIANGNONG = '330281114';
const DAYIN = '330281112';

describe(`uploadReport of web pages and Word documents (${TEST_DATABASE_KIND})`, () => {
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

  function expectTables(report: ReportAnswer, generated: ReportData): void {
    expect(report.activeDisclosure).toMatchObject(generated.activeDisclosure!);
    expect(report.applications.newReceived).toEqual(generated.applications!.newReceived);
    expect(report.applications.denied).toEqual(generated.applications!.denied);
    expect(report.review).toEqual(generated.review);
    expect(report.litigationAfterReview).toEqual(generated.litigationAfterReview);
  }

  it('stores a .docx sent as BASE64, its form detected, merged cells read', async () => {
    const generated = generateReport({ organization: '梁弄镇人民政府', year: 2019, template: '2019', seed: 'api-docx' });
    const docx = await renderDocx(generated);
    const input = { townshipCode: LIANGNONG, year: 2019, content: docx.toString('base64'), encoding: 'BASE64', format: 'AUTO' };
    const result = await api.execute<UploadData>(UPLOAD_REPORT, { input });
    expect(result.errors).toBeUndefined();
    const { status, report } = result.data!.uploadReport;
    expect(status).toBe('CREATED');
    expect(report).toMatchObject({ township: { code: LIANGNONG }, template: '2019', publishedOn: generated.publishedOn });
    expect(report.versions).toEqual([expect.objectContaining({ format: 'DOCX', byteLength: docx.length, isCurrent: true })]);
    expectTables(report, generated);
  });

  it('stores a whole web page sent as UTF8 text', async () => {
    const generated = generateReport({ organization: '大隐镇人民政府', year: 2022, template: '2021', seed: 'api-html' });
    const input = { townshipCode: DAYIN, year: 2022, content: renderHtml(generated) };
    const result = await api.execute<UploadData>(UPLOAD_REPORT, { input });
    expect(result.errors).toBeUndefined();
    const { status, report } = result.data!.uploadReport;
    expect(status).toBe('CREATED');
    expect(report.versions).toEqual([expect.objectContaining({ format: 'HTML', isCurrent: true })]);
    expectTables(report, generated);
  });

  it('reads the real 上海 HTML fragment through the API, and refuses it for a 余姚 township by the body it names', async () => {
    const input = { townshipCode: LIANGNONG, year: 2019, content: reportFixture('shanghai-office-2019.html').toString('utf8') };
    const result = await api.execute<PreviewData>(PREVIEW_REPORT, { input });
    expect(result.errors?.[0].extensions).toMatchObject({ code: 'ORGANIZATION_MISMATCH', organization: '上海市人民政府办公厅' });
  });

  it('refuses a damaged .docx with CORRUPT_DOCUMENT', async () => {
    const docx = await renderDocx(generateReport({ organization: '梁弄镇人民政府', year: 2020, template: '2019', seed: 1 }));
    const input = {
      townshipCode: LIANGNONG,
      year: 2020,
      content: docx.subarray(0, docx.length / 2).toString('base64'),
      encoding: 'BASE64',
    };
    const result = await api.execute<UploadData>(UPLOAD_REPORT, { input });
    expect(result.errors?.[0].extensions?.code).toBe('CORRUPT_DOCUMENT');
    expect(result.errors?.[0].message).toMatch(/Word/);
  });
});
