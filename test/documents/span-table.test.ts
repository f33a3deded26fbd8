import { layoutRows, spanCell, type SpanTable } from '../../src/reading/documents/span-table';

const c = spanCell;

describe('layoutRows: merged cells as the text form writes them', () => {
  it('writes a row-spanning cell once, and an empty cell where it reaches into later rows', () => {
    const table: SpanTable = [
      [c('三、本年度办理结果', { rowSpan: 3 }), c('（一）予以公开'), c('1')],
      [c('（二）部分公开'), c('2')],
      [c('（七）总计'), c('3')],
    ];
    expect(layoutRows(table)).toEqual([
      ['三、本年度办理结果', '（一）予以公开', '1'],
      ['', '（二）部分公开', '2'],
      ['', '（七）总计', '3'],
    ]);
  });

  it('writes a column-spanning cell once, so that no value is read twice', () => {
    expect(layoutRows([[c('行政许可'), c('0', { colSpan: 2 }), c('0'), c('0')]])).toEqual([['行政许可', '0', '0', '0']]);
  });

  it('gives a cell merged over rows and columns one empty cell, wherever it stands in the row', () => {
    const table: SpanTable = [
      [c('说明', { rowSpan: 3, colSpan: 3 }), c('申请人情况', { colSpan: 7 })],
      [c('自然人', { rowSpan: 2 }), c('法人或其他组织', { colSpan: 5 }), c('总计', { rowSpan: 2 })],
      ['商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他'].map((text) => c(text)),
    ];
    expect(layoutRows(table)).toEqual([
      ['说明', '申请人情况'],
      ['', '自然人', '法人或其他组织', '总计'],
      ['', '', '商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他', ''],
    ]);
  });

  it('stops a rowspan at the end of the table and leaves rows without cells out', () => {
    expect(layoutRows([[c('a', { rowSpan: 99 }), c('1')], [], [c('2')]])).toEqual([['a', '1'], [''], ['', '2']]);
  });

  it('bounds the work of absurd spans', () => {
    const row = [c('a', { rowSpan: 2, colSpan: 1e9 }), c('b', { rowSpan: 2, colSpan: 1e9 })];
    expect(layoutRows([row, [c('1')]])).toEqual([
      ['a', 'b'],
      ['', '1'],
    ]);
  });
});
