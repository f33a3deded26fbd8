/** Table and paragraph reconstruction from positions, on hand-made geometry (no pdf.js). */
import type { Box, PdfText, Rule } from '../../src/reading/documents/pdf-geometry';
import { findAlignedTables } from '../../src/reading/documents/pdf-aligned-table';
import { findGrids } from '../../src/reading/documents/pdf-grid';
import { dropFurniture } from '../../src/reading/documents/pdf-furniture';
import { groupLines, tidySpaces } from '../../src/reading/documents/pdf-lines';
import type { PageElement, PageLayout } from '../../src/reading/documents/pdf-page-layout';
import { bodyMargins, paragraphs, type ProseLine } from '../../src/reading/documents/pdf-paragraphs';
import { toBlocks } from '../../src/reading/documents/pdf-reading-order';
import { gridRows } from '../../src/reading/documents/pdf-table';

const h = (at: number, from: number, to: number): Rule => ({ orientation: 'horizontal', at, from, to });
const v = (at: number, from: number, to: number): Rule => ({ orientation: 'vertical', at, from, to });
/** A text of `size` whose box starts at (x, top), a full em per Chinese character, half for the rest. */
function text(value: string, x: number, top: number, size = 10): PdfText {
  const width = [...value].reduce((sum, char) => sum + (char.charCodeAt(0) > 0x2e7f ? size : size / 2), 0);
  return { text: value, box: { left: x, top, right: x + width, bottom: top + size }, size };
}
/** Every border of a rectangle, as a writer draws a cell. */
function cellBorders(left: number, top: number, right: number, bottom: number): Rule[] {
  return [h(top, left, right), h(bottom, left, right), v(left, top, bottom), v(right, top, bottom)];
}

describe('ruled tables', () => {
  // ┌──────────┬──────────┬─────┐
  // │ 三、结果  │ （一）公开 │  4  │   the first column spans two rows
  // │          ├──────────┼─────┤
  // │          │ （二）部分 │  0  │
  // ├──────────┴──────────┼─────┤
  // │ 四、结转下年          │  1  │   the first cell spans two columns
  // └─────────────────────┴─────┘
  const rules = [
    ...cellBorders(0, 0, 100, 40),
    ...cellBorders(100, 0, 200, 20),
    ...cellBorders(100, 20, 200, 40),
    ...cellBorders(200, 0, 240, 20),
    ...cellBorders(200, 20, 240, 40),
    ...cellBorders(0, 40, 200, 60),
    ...cellBorders(200, 40, 240, 60),
  ];
  const texts = [
    text('三、结果', 5, 15),
    text('（一）公开', 105, 5),
    text('4', 215, 5),
    text('（二）部分', 105, 25),
    text('0', 215, 25),
    text('四、结转下年', 5, 45),
    text('1', 215, 45),
  ];

  it('gives merged cells once, with an empty cell in the rows a cell spans downwards', () => {
    const [grid] = findGrids(rules);
    expect(gridRows(grid, texts)).toEqual([
      ['三、结果', '（一）公开', '4'],
      ['', '（二）部分', '0'],
      ['四、结转下年', '1'],
    ]);
  });

  it('joins the lines of a wrapped cell with a line break, in reading order', () => {
    const [grid] = findGrids([...cellBorders(0, 0, 60, 40), ...cellBorders(60, 0, 100, 40)]);
    const wrapped = [text('计其他情形）', 2, 20), text('（二）部分公开', 2, 5), text('4', 70, 15)];
    expect(gridRows(grid, wrapped)).toEqual([['（二）部分公开\n计其他情形）', '4']]);
  });

  it('finds the grid when borders are drawn in pieces, a point or two apart', () => {
    const pieces = [h(0, 0, 50), h(0.8, 50, 100), h(20, 0, 100), v(0, 0, 20), v(49.5, 0, 20), v(100.6, 0, 20)];
    const [grid] = findGrids(pieces);
    expect(gridRows(grid, [text('规章', 5, 5), text('0', 70, 5)])).toEqual([['规章', '0']]);
  });

  it('keeps two tables apart when their ruling does not touch', () => {
    const grids = findGrids([
      ...cellBorders(0, 0, 50, 20),
      ...cellBorders(50, 0, 100, 20),
      ...cellBorders(0, 100, 50, 120),
      ...cellBorders(50, 100, 100, 120),
    ]);
    expect(grids).toHaveLength(2);
  });

  it('reads no table from a framed paragraph or an underline', () => {
    expect(findGrids(cellBorders(0, 0, 400, 60))).toEqual([]);
    expect(findGrids([h(30, 0, 200)])).toEqual([]);
  });

  it('closes a table that a page break cuts off without a bottom rule', () => {
    const open = [h(0, 0, 100), h(20, 0, 100), v(0, 0, 40), v(50, 0, 40), v(100, 0, 40)];
    const [grid] = findGrids(open);
    expect(gridRows(grid, [text('行政许可', 2, 5), text('5', 70, 5), text('行政处罚', 2, 25), text('6', 70, 25)])).toEqual([
      ['行政许可', '5'],
      ['行政处罚', '6'],
    ]);
  });
});

describe('tables without ruling', () => {
  // Columns at x = 0 (labels), 200, 240, 280; rows 14 points apart, a label wrapped around its counts.
  const lines = groupLines([
    text('信息内容', 0, 0),
    text('本年制发件数', 160, 0),
    text('现行有效件数', 260, 0),
    text('规章', 0, 14),
    text('0', 200, 14),
    text('0', 280, 14),
    text('行政规范性文件（指各行政', 0, 26),
    text('3', 200, 32),
    text('5', 280, 32),
    text('机关印发的文件）', 0, 38),
    text('行政许可', 0, 52),
    text('——', 200, 52),
    text('7', 280, 52),
    text('二、下一节的标题', 0, 80, 14),
  ]);

  it('reads rows of labels and counts in columns, a wrapped label joined to its counts', () => {
    const [table] = findAlignedTables(lines);
    expect(table.rows).toEqual([
      ['信息内容', '本年制发件数', '现行有效件数'],
      ['规章', '0', '0'],
      ['行政规范性文件（指各行政\n机关印发的文件）', '3', '5'],
      ['行政许可', '——', '7'],
    ]);
    expect(table.lines.map((line) => line.text)).not.toContain('二、下一节的标题');
  });

  it('reads no table from prose that mentions numbers', () => {
    const prose = groupLines([text('2023年，全区受理申请21件。', 0, 0), text('联系电话：0517-87222589', 0, 14), text('共3页', 0, 28)]);
    expect(findAlignedTables(prose)).toEqual([]);
  });
});

describe('lines', () => {
  it('puts pieces of different sizes on one line when they share its height, left to right', () => {
    const lines = groupLines([text('21', 100, 1, 14), text('一、本年新收', 0, 3, 10), text('下一行', 0, 30)]);
    expect(lines.map((line) => line.text)).toEqual(['一、本年新收21', '下一行']);
  });

  it('drops spaces next to Chinese characters and keeps them between Latin words', () => {
    expect(tidySpaces('2023 年 ， 邮 编 ： 223100')).toBe('2023年，邮编：223100');
    expect(tidySpaces('hzzwgk @ 126 .com  and  more')).toBe('hzzwgk @ 126 .com and more');
  });

  it('separates Latin words by the gap between pieces', () => {
    expect(groupLines([text('Annual', 0, 0), text('Report', 40, 0)])[0].text).toBe('Annual Report');
  });
});

describe('paragraphs', () => {
  const size = 16;
  const at = (value: string, left: number, top: number, page = 1): ProseLine => ({
    line: { text: value, box: { left, top, right: left + [...value].length * size, bottom: top + size }, size, pieces: [] },
    page,
  });
  // Body text from x = 72 to 520 (28 characters), first lines indented by two characters.
  const full = '字'.repeat(28);
  const indented = '字'.repeat(26);

  it('joins the lines of a paragraph and starts a new one at an indent or after a short line', () => {
    const lines = [
      at(indented, 104, 0),
      at(full, 72, 27),
      at('短句。', 72, 54),
      at(indented, 104, 81),
      at(full, 72, 108),
      at(full, 72, 135),
    ];
    const result = paragraphs(lines, bodyMargins(lines));
    expect(result).toEqual([indented + full + '短句。', indented + full + full]);
  });

  it('joins a centred title broken over two lines, but not the body under it', () => {
    const lines = [
      at('洪泽区人民政府', 240, 0),
      at('2023年政府信息公开工作年度报告', 168, 30),
      at(indented, 104, 80),
      at(full, 72, 107),
      at(full, 72, 134),
    ];
    expect(paragraphs(lines, bodyMargins(lines))[0]).toBe('洪泽区人民政府2023年政府信息公开工作年度报告');
  });

  it('runs a paragraph on over a page break, and not after a wide gap', () => {
    const lines = [
      at(indented, 104, 700),
      at(full, 72, 727),
      at(full, 72, 754),
      at(full, 72, 72, 2),
      at(full, 72, 99, 2),
      at(full, 72, 200, 2),
    ];
    expect(paragraphs(lines, bodyMargins(lines))).toEqual([indented + full.repeat(4), full]);
  });
});

describe('page furniture and reading order', () => {
  const page = (number: number, elements: PageElement[]): PageLayout => ({ number, width: 595, height: 842, elements });
  const line = (value: string, top: number, left = 72): PageElement => ({
    kind: 'line',
    line: { text: value, box: { left, top, right: 523, bottom: top + 12 }, size: 12, pieces: [] },
  });
  const table = (box: Box, rows: string[][]): PageElement => ({ kind: 'table', box, rows });

  it.each(['- 3 -', '—3—', '第 3 页', '第3页 共5页', '3/5', '3', 'Page 3 of 5'])('drops the page number %j in the margin', (number) => {
    const [kept] = dropFurniture([page(3, [line('正文', 100), line(number, 800, 280)])]);
    expect(kept.elements).toHaveLength(1);
  });

  it('keeps a number in the body and drops a header repeated on most pages', () => {
    const pages = [1, 2, 3].map((n) => page(n, [line('某镇2023年度报告', 40), line('21', 400), line(`- ${n} -`, 805, 280)]));
    expect(dropFurniture(pages).map((p) => p.elements.map((e) => (e.kind === 'line' ? e.line.text : '')))).toEqual([
      ['21'],
      ['21'],
      ['21'],
    ]);
  });

  it('continues a table over a page break at the same width, without its repeated header rows', () => {
    const header = ['信息内容', '本年处理决定数量'];
    const pages = [
      page(1, [
        line('二、主动公开政府信息情况', 500),
        table({ left: 75, top: 520, right: 517, bottom: 770 }, [header, ['行政许可', '550']]),
      ]),
      page(2, [table({ left: 76, top: 72, right: 518, bottom: 200 }, [header, ['行政处罚', '4119']]), line('三、收到和处理', 240)]),
    ];
    expect(toBlocks(pages)).toEqual([
      { kind: 'paragraph', text: '二、主动公开政府信息情况' },
      { kind: 'table', rows: [header, ['行政许可', '550'], ['行政处罚', '4119']] },
      { kind: 'paragraph', text: '三、收到和处理' },
    ]);
  });

  it('keeps tables of different widths apart, and tables with prose between them', () => {
    const pages = [
      page(1, [table({ left: 75, top: 600, right: 517, bottom: 770 }, [['规章', '0']])]),
      page(2, [
        table({ left: 200, top: 72, right: 400, bottom: 200 }, [['规章', '0']]),
        line('说明', 240),
        table({ left: 200, top: 300, right: 400, bottom: 400 }, [['规章', '0']]),
      ]),
    ];
    expect(toBlocks(pages).map((block) => block.kind)).toEqual(['table', 'table', 'paragraph', 'table']);
  });
});
