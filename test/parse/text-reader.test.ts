import { readTextDocument } from '../../src/reading/documents/text-reader';

describe('readTextDocument', () => {
  it('reads TAB-led lines as cells, a blank line ending each row', () => {
    const blocks = readTextDocument('标题\n\n\t规章\n\t0\n\t1\n\n\t规范性文件\n\t\n\t2\n\n正文');
    expect(blocks).toEqual([
      { kind: 'paragraph', text: '标题' },
      {
        kind: 'table',
        rows: [
          ['规章', '0', '1'],
          ['规范性文件', '', '2'],
        ],
      },
      { kind: 'paragraph', text: '正文' },
    ]);
  });

  it('joins a cell broken by a blank line and a TAB-less line, and continues its row', () => {
    const blocks = readTextDocument('\t行政复议\n\t行政诉讼\n\n\t结果\n\n维持\n\t结果纠正\n\t总计\n\n\t0\n\t0\n\t0\n');
    expect(blocks).toEqual([
      {
        kind: 'table',
        rows: [
          ['行政复议', '行政诉讼'],
          ['结果\n维持', '结果纠正', '总计'],
          ['0', '0', '0'],
        ],
      },
    ]);
  });

  it('joins a note line written under its label', () => {
    const blocks = readTextDocument('\t（一）主动公开政府信息数\n\n（不同渠道和方式公开相同信息计1条）\n\t条\n\t155\n');
    expect(blocks).toEqual([{ kind: 'table', rows: [['（一）主动公开政府信息数\n（不同渠道和方式公开相同信息计1条）', '条', '155']] }]);
  });

  it('keeps rows across extra blank lines in one table until prose comes', () => {
    const blocks = readTextDocument('\ta\n\n\n\tb\n\n\n三、下一节\n\n\tc\n');
    expect(blocks).toEqual([
      { kind: 'table', rows: [['a'], ['b']] },
      { kind: 'paragraph', text: '三、下一节' },
      { kind: 'table', rows: [['c']] },
    ]);
  });

  it('keeps a section heading right after a table as prose', () => {
    const blocks = readTextDocument('\t0\n\n四、收到和处理政府信息公开申请情况\n\t自然人\n');
    expect(blocks[1]).toEqual({ kind: 'paragraph', text: '四、收到和处理政府信息公开申请情况' });
  });

  it('strips a BOM and reads CRLF line ends', () => {
    const blocks = readTextDocument('\uFEFF报告\r\n\r\n\t规章\r\n\t0\r\n\r\n');
    expect(blocks).toEqual([
      { kind: 'paragraph', text: '报告' },
      { kind: 'table', rows: [['规章', '0']] },
    ]);
  });

  it('splits a TAB-led line holding a whole row', () => {
    expect(readTextDocument('\t规章\t0\t\t3\n')).toEqual([{ kind: 'table', rows: [['规章', '0', '', '3']] }]);
  });

  it('returns no blocks for blank text', () => {
    expect(readTextDocument('  \n\r\n \u3000\n')).toEqual([]);
  });
});
