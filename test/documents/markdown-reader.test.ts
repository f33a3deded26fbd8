import { readMarkdownDocument } from '../../src/reading/documents/markdown-reader';

describe('readMarkdownDocument', () => {
  it('reads headings and lines as paragraphs and pipe rows as a table, the delimiter line left out', () => {
    const blocks = readMarkdownDocument('# 标题\n\n### 第二十条第（一）项\n| 信息内容 | 本年制发件数 |\n|---|:---:|\n| 规章 | 0 |\n\n正文');
    expect(blocks).toEqual([
      { kind: 'paragraph', text: '标题' },
      { kind: 'paragraph', text: '第二十条第（一）项' },
      {
        kind: 'table',
        rows: [
          ['信息内容', '本年制发件数'],
          ['规章', '0'],
        ],
      },
      { kind: 'paragraph', text: '正文' },
    ]);
  });

  it('keeps every cell of a row wider than its header (GFM would cut them)', () => {
    const blocks = readMarkdownDocument('| 项目 | 数量 |\n|---|---|\n| 本年新收 | 1 | 0 | 0 | 0 | 0 | 0 | 1 |');
    expect(blocks).toEqual([
      {
        kind: 'table',
        rows: [
          ['项目', '数量'],
          ['本年新收', '1', '0', '0', '0', '0', '0', '1'],
        ],
      },
    ]);
  });

  it('reads rows a copy tool wrote without the outer pipes or a delimiter line', () => {
    expect(readMarkdownDocument('规章 | 0 | 0 | 0\n行政规范性文件 | 6 | 1 | 32')).toEqual([
      {
        kind: 'table',
        rows: [
          ['规章', '0', '0', '0'],
          ['行政规范性文件', '6', '1', '32'],
        ],
      },
    ]);
  });

  it('keeps a `| - | - |` row under the delimiter as data', () => {
    const blocks = readMarkdownDocument('| (数据项目) | 数量 |\n|---|---|\n| - | - |');
    expect(blocks).toEqual([
      {
        kind: 'table',
        rows: [
          ['(数据项目)', '数量'],
          ['-', '-'],
        ],
      },
    ]);
  });

  it('reads escaped pipes, line breaks and bold marks inside cells, and blank cells', () => {
    const blocks = readMarkdownDocument('| **结果**<br>维持 | a \\| b |  |');
    expect(blocks).toEqual([{ kind: 'table', rows: [['结果\n维持', 'a | b', '']] }]);
  });

  it('ends a table at a blank line or prose, and skips thematic breaks', () => {
    const blocks = readMarkdownDocument('| a |\n\n---\n| b |\n文字\n| c |');
    expect(blocks).toEqual([
      { kind: 'table', rows: [['a']] },
      { kind: 'table', rows: [['b']] },
      { kind: 'paragraph', text: '文字' },
      { kind: 'table', rows: [['c']] },
    ]);
  });

  it('leaves a line with a single pipe in prose as prose', () => {
    expect(readMarkdownDocument('联系电话 | 邮箱')).toEqual([{ kind: 'paragraph', text: '联系电话 | 邮箱' }]);
  });
});
