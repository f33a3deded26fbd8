import type { Block } from '../../src/reading/documents/blocks';
import { readBlankTables } from '../../src/reading/template/blank-tables';
import { ReportBuilder } from '../../src/reading/template/report-builder';

const paragraph = (text: string): Block => ({ kind: 'paragraph', text });

function blankTablesOf(...texts: string[]): string[] {
  const out = new ReportBuilder('2021');
  readBlankTables(texts.map(paragraph), ['disclosure', 'applications', 'cases'], out);
  return [...out.tablesFound];
}

describe('tables filed without numbers, in text that lost its structure', () => {
  const TABLE_3 =
    '四、收到和处理政府信息公开申请情况 申请人情况 自然人 一、本年新收政府信息公开申请数量 （三）不予公开 1.属于国家秘密 四、结转下年度继续办理';

  it("are the tables whose words stand in the template's order with no value among them", () => {
    expect(
      blankTablesOf(
        TABLE_3,
        '五、政府信息公开行政复议、行政诉讼情况 行政复议 行政诉讼 未经复议直接起诉 复议后起诉 结果维持 总计',
        '六、存在的主要问题',
      ),
    ).toEqual(['applications', 'cases']);
  });

  it('are not tables with a value among their words or right after them', () => {
    expect(blankTablesOf(TABLE_3.replace('自然人', '自然人 3'))).toEqual([]);
    expect(blankTablesOf(`${TABLE_3} 0 0 0 0 0 0 0`)).toEqual([]);
    expect(blankTablesOf('行政复议 行政诉讼 复议后起诉 结果维持 0 1 0 0 1', '六、存在的主要问题')).toEqual([]);
  });

  it('are not tables whose words stand out of order or only in part', () => {
    expect(blankTablesOf('四、结转下年度继续办理 申请人情况 本年新收')).toEqual([]);
    expect(blankTablesOf('第二十条第（一）项 信息内容 本年制发件数 规章')).toEqual([]);
  });
});
