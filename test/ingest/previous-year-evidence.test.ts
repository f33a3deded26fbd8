/**
 * An upload is read with the township's stored report of the year before beside it: where the
 * digits of a row ran together and several splits fit the template, last year's 现行有效 stock
 * decides (this year's = last year's + made − repealed), as it would for a person holding both.
 */
import { demoReportData } from '../../src/generator/demo-reports';
import { renderText } from '../../src/generator/render-text';
import { ingestReport } from '../../src/storage/ingest/ingest-report';
import { parseUpload } from '../../src/storage/ingest/parse-upload';
import { TEST_DATABASE_KIND, TestDatabase, openTestDatabase, seedRegions } from '../support/database';

const ZHANGTING = { code: '330281109', name: '丈亭镇' };

/** 2022's table 2 with its digits run together: 行政规范性文件 1 | 20 | 34, or 12 | 0 | 34, or … */
const RUN_TOGETHER_2022 = Buffer.from(
  '丈亭镇人民政府2022年度政府信息公开工作年度报告\n二、主动公开政府信息情况第二十条第（一）项信息内容' +
    '本年制发件数本年废止件数现行有效件数规章000行政规范性文件12034三、收到和处理政府信息公开申请情况。',
);

describe(`last year's stored report as the reader's evidence (${TEST_DATABASE_KIND})`, () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await openTestDatabase();
    await seedRegions(db.dataSource, ['330281']);
  });
  afterAll(() => db.close());

  const read2022 = async () =>
    (await parseUpload(db.dataSource, { townshipCode: ZHANGTING.code, year: 2022, bytes: RUN_TOGETHER_2022, format: 'TEXT' })).data;

  it('leaves the row ambiguous while 2021 is not stored', async () => {
    const data = await read2022();
    expect(data.activeDisclosure?.normativeDocuments).toEqual({ made: null, repealed: null, valid: null });
    expect(data.issues.some((issue) => issue.rule === 'parse.ambiguous')).toBe(true);
  });

  it("splits it by 2021's stored 现行有效 once 2021 is stored, and says so", async () => {
    const [lastYear] = demoReportData([ZHANGTING], [2021]);
    lastYear.data.activeDisclosure!.normativeDocuments = { made: 2, repealed: 0, valid: 53 };
    const upload = { townshipCode: ZHANGTING.code, year: 2021, bytes: Buffer.from(renderText(lastYear.data)), format: 'TEXT' as const };
    expect((await ingestReport(db.dataSource, upload)).status).toBe('CREATED');
    const data = await read2022();
    // 53 + 1 − 20 = 34.
    expect(data.activeDisclosure?.normativeDocuments).toEqual({ made: 1, repealed: 20, valid: 34 });
    const issue = data.issues.find((found) => found.cells.includes('activeDisclosure.normativeDocuments.valid'));
    expect(issue?.message).toContain('上一年度报告');
  });
});
