/**
 * The evidence a person uses where several splits of run-together digits fit every rule of the
 * template: a number written three times over (898989 in a three-cell row is 89 | 89 | 89), and
 * last year's stored report (现行有效 = last year's + made − repealed; 上年结转 = last year's 结转).
 */
import { parseDocument } from '../../src/storage/ingest/parse-document';
import type { ReportData } from '../../src/reading/template/report-data';

const TITLE = '丁镇人民政府2022年度政府信息公开工作年度报告\n';

async function read(table2: string, previous?: Parameters<typeof parseDocument>[2]): Promise<ReportData> {
  const text = `${TITLE}二、主动公开政府信息情况第二十条第（一）项信息内容${table2}三、收到和处理政府信息公开申请情况。`;
  return (await parseDocument(Buffer.from(text), 'TEXT', previous)).data;
}

describe('evidence for splitting digits that ran together', () => {
  it('reads 898989 in a three-cell row as 89 | 89 | 89, and says why', async () => {
    const report = await read('本年新制作数量本年新公开数量对外公开总数量规章000规范性文件898989');
    expect(report.activeDisclosure?.normativeDocuments).toEqual({ made: 89, published: 89, total: 89 });
    const issue = report.issues.find((found) => found.cells.includes('activeDisclosure.normativeDocuments.made'));
    expect(issue).toMatchObject({ rule: 'parse.derived' });
    expect(issue?.message).toContain('重复出现的相同数字');
  });

  it('leaves a row ambiguous without last year, and splits it by last year’s 现行有效 stock', async () => {
    const table2 = '本年制发件数本年废止件数现行有效件数规章000行政规范性文件12034';
    const alone = await read(table2);
    expect(alone.activeDisclosure?.normativeDocuments).toEqual({ made: null, repealed: null, valid: null });
    expect(alone.issues.some((issue) => issue.rule === 'parse.ambiguous')).toBe(true);
    // Last year 53 valid; this year 1 made, 20 repealed: 53 + 1 − 20 = 34.
    const previous = { activeDisclosure: { normativeDocuments: { made: 2, repealed: 0, valid: 53 } } };
    const withLastYear = await read(table2, previous);
    expect(withLastYear.activeDisclosure?.normativeDocuments).toEqual({ made: 1, repealed: 20, valid: 34 });
    const issue = withLastYear.issues.find((found) => found.cells.includes('activeDisclosure.normativeDocuments.valid'));
    expect(issue?.message).toContain('上一年度报告');
  });
});
