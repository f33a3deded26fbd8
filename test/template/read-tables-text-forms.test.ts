/** What the pipe-table and run-together forms need from the table walk (read-tables, labels). */
import { readTables } from '../../src/reading/template/read-tables';
import { disclosureItem } from '../../src/reading/template/labels';

describe('the table walk on the text forms', () => {
  it('takes a row of placeholder marks without a number for layout, not an unplaced row', () => {
    const out = readTables(
      [
        {
          kind: 'table',
          rows: [
            ['商业企业', '科研机构', '社会公益', '法律服务机构', '其他'],
            ['-', '-', '-', '-', '-'],
          ],
        },
      ],
      '2021',
    );
    expect(out.issues).toEqual([]);
  });

  it('still reports a bare row of numbers it cannot place', () => {
    const out = readTables(
      [
        {
          kind: 'table',
          rows: [
            ['一、本年新收政府信息公开申请数量', '1', '0', '0', '0', '0', '0', '1'],
            ['1', '2'],
          ],
        },
      ],
      '2021',
    );
    expect(out.issues.map((issue) => issue.rule)).toEqual(['parse.unplaced']);
  });

  it('reads table 4 when the headers run into its data row', () => {
    const header = '行政复议行政诉讼结果维持结果纠正其他结果尚未审结总计未经复议直接起诉复议后起诉';
    const out = readTables([{ kind: 'table', rows: [[header, ...'100012000200000'.split('')]] }], '2021');
    expect(out.cases.review).toEqual({ maintained: 1, corrected: 0, other: 0, pending: 0, total: 1 });
    expect(out.cases.litigationDirect).toEqual({ maintained: 2, corrected: 0, other: 0, pending: 0, total: 2 });
    expect(out.issues).toEqual([]);
  });

  it('knows 规章 at the end of a label the block headers ran into', () => {
    expect(disclosureItem('第二十条第项信息内容本年制发件数本年废止件数现行有效件数规章')).toBe('regulations');
    expect(disclosureItem('规章')).toBe('regulations');
    expect(disclosureItem('规章制度汇编')).toBeUndefined();
  });
});
