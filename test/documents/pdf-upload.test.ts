/** PDF uploads through GraphQL (content in BASE64): read, checked and stored like any other form, or refused with a typed error. */
import { generateReport } from '../../src/generator/generate-report';
import { renderPdf } from '../../src/generator/render-pdf';
import { writePdf } from '../../src/generator/pdf-writer';
import { GraphQLClient, graphqlClient } from '../support/graphql';
import { TEST_DATABASE_KIND, TestDatabase, openTestDatabase, seedRegions } from '../support/database';
import { reportFixture } from '../support/fixtures';
import { PREVIEW_REPORT, UPLOAD_REPORT, type UploadData, type PreviewData } from '../support/report-query';

const ZHANGTING = '330281109';
const generated = generateReport({ organization: '丈亭镇人民政府', year: 2022, template: '2021', seed: 5 });
const base64 = (bytes: Buffer) => bytes.toString('base64');

describe(`PDF uploads (${TEST_DATABASE_KIND})`, () => {
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

  const input = (content: Buffer) => ({ input: { townshipCode: ZHANGTING, year: 2022, content: base64(content), encoding: 'BASE64' } });

  it('previews a PDF report, telling its form from its bytes', async () => {
    const result = await api.execute<PreviewData>(PREVIEW_REPORT, input(renderPdf(generated)));
    expect(result.errors).toBeUndefined();
    expect(result.data!.previewReport.format).toBe('PDF');
    expect(result.data!.previewReport.report.applications.newReceived).toEqual(generated.applications!.newReceived);
  });

  it('stores a PDF report as a version of format PDF', async () => {
    const result = await api.execute<UploadData>(UPLOAD_REPORT, input(renderPdf(generated)));
    expect(result.errors).toBeUndefined();
    expect(result.data!.uploadReport.status).toBe('CREATED');
    expect(result.data!.uploadReport.report.versions).toEqual([expect.objectContaining({ format: 'PDF', isCurrent: true })]);
    expect(result.data!.uploadReport.report.review).toEqual(generated.review);
  });

  it.each([
    ['a scan without a text layer', writePdf([{ width: 595, height: 842, scan: true }]), 'NO_TEXT_LAYER', /扫描件/],
    ['a truncated PDF', reportFixture('hongze-2023.pdf').subarray(0, 100_000), 'CORRUPT_DOCUMENT', /截断/],
  ])('refuses %s', async (_name, bytes, code, message) => {
    for (const mutation of [UPLOAD_REPORT, PREVIEW_REPORT]) {
      const result = await api.execute(mutation, input(bytes));
      expect(result.data).toBeNull();
      expect(result.errors![0].extensions!.code).toBe(code);
      expect(result.errors![0].message).toMatch(message);
    }
  });
});
