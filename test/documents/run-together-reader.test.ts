import type { TableBlock } from '../../src/reading/documents/blocks';
import { readRunTogetherDocument } from '../../src/reading/documents/run-together-reader';
import { findTables } from '../../src/reading/documents/run-together-regions';

/** The tables' rows, as cell texts. */
function rowsOf(text: string): string[][][] {
  return readRunTogetherDocument(text)
    .blocks.filter((block): block is TableBlock => block.kind === 'table')
    .map((table) => table.rows);
}

function valuesOf(text: string): string[] {
  return findTables(text).flatMap((table) => table.rows.flatMap((row) => row.values.map((value) => text.slice(value.start, value.end))));
}

describe('tables found by the template words', () => {
  it('page number read as a value: a footer line `- 1 -` between two rows is no cell', () => {
    const text =
      '第二十条第（五）项\n信息内容 上一年项目数量 本年增/减 处理决定数量\n行政许可 5 0 3\n\n                      - 1 -\n\f丈亭镇人民政府2019年度报告\n其他对外管理服务事项 2 1 4\n';
    expect(valuesOf(text)).toEqual(['5', '0', '3', '2', '1', '4']);
    // A cell per line keeps a lone dash and a lone digit as cells.
    expect(valuesOf('第二十条\n行政许可\n-\n1\n-\n')).toEqual(['-', '1', '-']);
  });

  it('takes digits between labels as values', () => {
    expect(valuesOf('第二十条规章000行政规范性文件8855698第二十条')).toEqual(['000', '8855698']);
  });

  it('leaves the prose its numbers: no table opens there', () => {
    for (const prose of [
      '共主动公开政府信息14571条',
      '2022年1月1日至2022年12月31日',
      '依据第21条规定',
      '邮编：350400',
      '发布时间: 2023-02-20 15:07',
      '原文链接: https://www.pingtan.gov.cn/zfxxgknb/202302/t20230220_80629.htm',
      '畅通12345热线、县长信箱等民意反映渠道，形成了多渠道的体系。',
    ]) {
      expect([prose, valuesOf(prose)]).toEqual([prose, []]);
    }
  });

  it('ends a table where a sentence begins, so a table word in prose makes no row', () => {
    expect(valuesOf('严格执行《条例》第二十条规定，全年公开信息12条。')).toEqual([]);
    expect(valuesOf('第二十条第（九）项信息内容采购项目数量采购总金额政府集中采购3 5五、存在的问题2021年，我局有12345热线')).toEqual([
      '3',
      '5',
    ]);
  });

  it('keeps the numbers of a label and a date out of the values: 第21条, （单位：万元）, 2022年', () => {
    expect(valuesOf('第二十条第（八）项信息内容本年收费金额（单位：万元2）行政事业性收费0')).toEqual(['0']);
    expect(valuesOf('第二十条依据第21条 规章 1 2 3')).toEqual(['1', '2', '3']);
  });

  it('gives the numbering of the next label to the label: 00000002.其他 is 0000000 and 2.其他', () => {
    expect(rowsOf('申请人情况1.属于国家秘密00000002.其他法律行政法规禁止公开0 0 0 0 0 0 03.危及')).toEqual([
      [
        ['申请人情况', '1.属于国家秘密', '0000000'],
        ['2.其他法律行政法规禁止公开', '0', '0', '0', '0', '0', '0', '0'],
      ],
    ]);
  });

  it('starts a negative value at a minus after digits, and keeps decimals and a unit apart', () => {
    expect(valuesOf('第二十条行政许可5-331')).toEqual(['5', '-331']);
    expect(valuesOf('第二十条行政事业性收费9116.36 三、')).toEqual(['9116.36']);
    expect(valuesOf('第二十条政府集中采购328291965元三、收到')).toEqual(['328291965']);
  });

  it('reads a table glued to the headings before and after it, and table 4 run into section 五', () => {
    const text =
      '…便民。二、主动公开政府信息情况第二十条第（一）项信息内容本年制发件数本年废止件数现行有效件数规章000' +
      '四、政府信息公开行政复议、行政诉讼情况行政复议行政诉讼结果维持结果纠正其他结果尚未审结总计000000000000000五、存在的主要问题及改进措施今年以来，工作取得成绩。';
    const { blocks } = readRunTogetherDocument(text);
    expect(blocks.map((block) => block.kind)).toEqual(['paragraph', 'table', 'paragraph']);
    expect(blocks[0]).toMatchObject({ text: '…便民。二、主动公开政府信息情况' });
    expect(blocks[2]).toMatchObject({ text: '五、存在的主要问题及改进措施今年以来，工作取得成绩。' });
    expect((blocks[1] as TableBlock).rows.map((row) => row[row.length - 1])).toEqual(['000', '000000000000000']);
  });

  it('reads a cell per line with blank lines between, and a label split over two lines', () => {
    const text = '申请人情况\n\n（三）\n不予公开\n\n1.属于国家秘密\n\n1\n\n0\n\n0\n\n0\n\n0\n\n0\n\n1\n\n五、存在的主要问题。';
    expect(rowsOf(text)).toEqual([[['申请人情况', '（三）\n不予公开', '1.属于国家秘密', '1', '0', '0', '0', '0', '0', '1']]]);
  });

  it('keeps space-separated values apart and reads dash marks as not applicable', () => {
    expect(rowsOf('第二十条行政许可————31其他对外管理服务事项—— —— 5 总计 0 1 1 0 2')).toEqual([
      [
        ['第二十条行政许可', '——', '——', '31'],
        ['其他对外管理服务事项', '——', '——', '5'],
        ['总计', '0', '1', '1', '0', '2'],
      ],
    ]);
  });

  it('keeps where every cell and paragraph starts in the text', () => {
    const text = '\uFEFF标题\n 一、总体情况。第二十条 规章 0 1　2\u00a03 行政规范性文件8855698\n六、其他。';
    const { blocks } = readRunTogetherDocument(text);
    for (const block of blocks) {
      if (block.kind === 'paragraph') expect(text.slice(block.start, block.start! + block.text.length)).toBe(block.text);
      else
        block.rows.forEach((row, r) =>
          row.forEach((cell, c) => expect(text.slice(block.starts![r][c], block.starts![r][c] + cell.length)).toBe(cell)),
        );
    }
    expect(rowsOf(text)).toEqual([
      [
        ['第二十条 规章', '0', '1', '2', '3'],
        ['行政规范性文件', '8855698'],
      ],
    ]);
  });
});
