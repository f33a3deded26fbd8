import { readRunTogetherDocument } from '../../src/reading/documents/run-together-reader';
import { tokenize } from '../../src/reading/documents/run-together-tokens';

const digitsOf = (line: string) =>
  tokenize(line)
    .filter((token) => token.kind === 'digits')
    .map((token) => token.text);

describe('run-together tokens', () => {
  it('takes digits between labels as values', () => {
    expect(digitsOf('规章000行政规范性文件8855698第二十条')).toEqual(['000', '8855698']);
  });

  it('leaves the prose its numbers: counting words, 第, brackets, field names, dates, addresses', () => {
    for (const prose of [
      '共主动公开政府信息14571条',
      '2022年1月1日至2022年12月31日',
      '全年累计发布解读类信息 21 条',
      '依据第21条规定',
      '（不同渠道和方式公开相同信息计1条）',
      '国办公开办函〔2021〕30号',
      '邮编：350400',
      '发布时间: 2023-02-20 15:07',
      '原文链接: https://www.pingtan.gov.cn/zfxxgknb/202302/t20230220_80629.htm',
      '办结率100%',
    ]) {
      expect([prose, digitsOf(prose)]).toEqual([prose, []]);
    }
  });

  it('gives the numbering of the next label to the label: 00000002.其他 is 0000000 and 2.其他', () => {
    expect(tokenize('国家秘密00000002.其他')).toEqual([
      { kind: 'text', text: '国家秘密' },
      { kind: 'digits', text: '0000000' },
      { kind: 'text', text: '2.其他' },
    ]);
  });

  it('starts a negative value at a minus after digits, and keeps decimals', () => {
    expect(digitsOf('行政许可5-331')).toEqual(['5', '-331']);
    expect(digitsOf('行政事业性收费9116.36 三、')).toEqual(['9116.36']);
  });
});

describe('readRunTogetherDocument', () => {
  it('finds the rows between the prose and marks their table as run together', () => {
    const blocks = readRunTogetherDocument(
      '一、总体情况 全年公开信息130条。 二、主动公开政府信息情况第二十条第（一）项 信息内容 本年制发件数 本年废止件数 现行有效件数 规章000行政规范性文件8855698 三、收到申请情况',
    );
    expect(blocks).toEqual([
      { kind: 'paragraph', text: '一、总体情况 全年公开信息130条。' },
      {
        kind: 'table',
        runTogether: true,
        rows: [
          ['二、主动公开政府信息情况第二十条第（一）项', '信息内容', '本年制发件数', '本年废止件数', '现行有效件数', '规章', '000'],
          ['行政规范性文件', '8855698'],
        ],
      },
      { kind: 'paragraph', text: '三、收到申请情况' },
    ]);
  });

  it('cuts labels before numbering outside brackets, not in 第（一）项', () => {
    const [table] = readRunTogetherDocument('（二）部分公开（区分处理的，只计这一情形）8100009（三）不予公开1.属于国家秘密0000000');
    expect(table).toEqual({
      kind: 'table',
      runTogether: true,
      rows: [
        ['（二）部分公开（区分处理的，只计这一情形）', '8100009'],
        ['（三）不予公开', '1.属于国家秘密', '0000000'],
      ],
    });
  });

  it('keeps space-separated values apart and reads dash marks as not applicable', () => {
    const [table] = readRunTogetherDocument('行政许可————31其他对外管理服务事项—— —— 5 总计 0 1 1 0 2');
    expect(table).toMatchObject({
      rows: [
        ['行政许可', '——', '——', '31'],
        ['其他对外管理服务事项', '——', '——', '5'],
        ['总计', '0', '1', '1', '0', '2'],
      ],
    });
  });

  it('takes a row of marks alone only between rows', () => {
    const blocks = readRunTogetherDocument('（二）通过不同渠道和方式公开政府信息的情况——1.政府公报公开政府信息数条0');
    expect(blocks).toEqual([
      {
        kind: 'table',
        runTogether: true,
        rows: [
          ['（二）通过不同渠道和方式公开政府信息的情况', '——'],
          ['1.政府公报公开政府信息数条', '0'],
        ],
      },
    ]);
    expect(readRunTogetherDocument('工作稳步推进——')).toEqual([{ kind: 'paragraph', text: '工作稳步推进——' }]);
  });

  it('leaves a number inside prose as prose: 12345热线 is followed by a clause, not a label', () => {
    const text = '畅通12345热线、县长信箱等民意反映渠道，形成了多渠道的体系。';
    expect(readRunTogetherDocument(text)).toEqual([{ kind: 'paragraph', text }]);
  });
});
