/** Whole small reports in the TAB form: labels decide, never positions. */
import { parseText, tabTable } from './helpers';

const TITLE = '2019年示例镇人民政府信息公开工作年度报告\n\n';
const APPLICANT_HEADER = [
  ['（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）', '申请人情况'],
  [null, '自然人', '法人或其他组织', '总计'],
  [null, null, '商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他', null],
];
const CASE_TABLE = tabTable([
  ['行政复议', '行政诉讼'],
  ['结果维持', '结果纠正', '其他结果', '尚未审结', '总计', '未经复议直接起诉', '复议后起诉'],
  [
    ...Array<null>(5).fill(null),
    ...['结果维持', '结果纠正', '其他结果', '尚未审结', '总计'],
    ...['结果维持', '结果纠正', '其他结果', '尚未审结', '总计'],
  ],
  [1, 0, 0, 0, 1, 2, 0, 0, 0, 2, 3, 0, 0, 0, 3],
]);

type Rows = (string | number | null)[][];

function report2019(disclosureRows: Rows, applicationRows: Rows = []): string {
  return (
    TITLE +
    '二、主动公开政府信息情况\n\n' +
    tabTable(disclosureRows) +
    '\n四、收到和处理政府信息公开申请情况\n\n' +
    tabTable([...APPLICANT_HEADER, ...applicationRows]) +
    '\n五、政府信息公开行政复议、行政诉讼情况\n\n' +
    CASE_TABLE
  );
}

describe('readReport: label variants', () => {
  it('reads table 2 whatever width, spacing and notes its labels use', () => {
    const report = parseText(
      report2019([
        ['第二十条第(一)项'],
        ['信息内容', '本年新 制作数量', '本年新公开数量', '对外公开总数量'],
        ['规 章', 1, 2, 3],
        ['规范性文件(指各行政机关印发的有正式文号的文件)', '4', '５', '1,006'],
      ]),
    );
    expect(report.activeDisclosure?.regulations).toEqual({ made: 1, published: 2, total: 3 });
    expect(report.activeDisclosure?.normativeDocuments).toEqual({ made: 4, published: 5, total: 1006 });
  });

  it('reads table 3 rows by label, whatever order or merged cells they come in', () => {
    const report = parseText(
      report2019(
        [['规章', 0, 0, 0]],
        [
          ['二、上年结转政府信息公开申请数量', 1, 0, 0, 0, 0, 0, 1],
          ['一、本年新收政府信息公开申请数量', 5, 1, 0, 0, 0, 0, 6],
          ['(三)不予公开', '1、属于国家秘密', 2, 0, 0, 0, 0, 0, 2],
          [null, null, '8.属于行政查询事项', 1, 0, 0, 0, 0, 0, 1],
        ],
      ),
    );
    expect(report.applications?.newReceived?.total).toBe(6);
    expect(report.applications?.carriedOver?.natural).toBe(1);
    expect(report.applications?.denied?.stateSecret?.natural).toBe(2);
    expect(report.applications?.denied?.administrativeQuery?.total).toBe(1);
  });

  it('reports an unknown row as parse.unplaced with its text, and reads the rest', () => {
    const report = parseText(
      report2019([
        ['规章', 0, 0, 0],
        ['某某自创事项', 7, 8, 9],
        ['行政许可', '——', '——', 31],
      ]),
    );
    expect(report.issues).toContainEqual({
      rule: 'parse.unplaced',
      severity: 'warning',
      message: expect.stringContaining('某某自创事项 | 7 | 8 | 9') as string,
      cells: [],
    });
    expect(report.activeDisclosure?.licensing).toEqual({ previous: null, change: null, decisions: 31 });
  });

  it('reports a row with too few values and reads none of them: which column each belongs to is not known', () => {
    const report = parseText(report2019([['规章', 0, 0]]));
    expect(report.activeDisclosure?.regulations).toEqual({ made: null, published: null, total: null });
    expect(report.issues).toContainEqual(
      expect.objectContaining({
        rule: 'parse.rowShape',
        message: expect.stringContaining('对外公开总数量') as string,
        cells: expect.arrayContaining(['activeDisclosure.regulations.total']) as string[],
      }),
    );
  });

  it('reports a missing table as parse.missingTable', () => {
    const report = parseText(TITLE + '二、主动公开政府信息情况\n\n' + tabTable([['规章', 0, 0, 0]]));
    expect(report.issues.filter((issue) => issue.rule === 'parse.missingTable').map((issue) => issue.cells)).toEqual([
      ['applications'],
      ['review', 'litigationDirect', 'litigationAfterReview'],
    ]);
    expect(report.issues[0].message).toContain('收到和处理政府信息公开申请情况');
    expect(report).not.toHaveProperty('applications');
    expect(report).not.toHaveProperty('review');
  });

  it('reads rows of a table that runs into the next one without a heading by their labels', () => {
    const rows = [
      ['第二十条第（一）项'],
      ['规章', 1, 1, 1],
      ...APPLICANT_HEADER,
      ['一、本年新收政府信息公开申请数量', 3, 0, 0, 0, 0, 0, 3],
    ];
    const text = TITLE + tabTable(rows);
    const report = parseText(text);
    expect(report.activeDisclosure?.regulations?.made).toBe(1);
    expect(report.applications?.newReceived?.total).toBe(3);
  });
});

describe('readReport: amounts', () => {
  it('converts a 2019 procurement amount the header states in 万元 to yuan', () => {
    const report = parseText(
      report2019([['第二十条第（九）项'], ['信息内容', '采购项目数量', '采购总金额（万元）'], ['政府集中采购', 41, '37.19']]),
    );
    expect(report.activeDisclosure?.procurement).toEqual({ count: 41, amount: 371900 });
  });

  it('reads an amount written with 元', () => {
    const report = parseText(
      report2019([['第二十条第（九）项'], ['信息内容', '采购项目数量', '采购总金额'], ['政府集中采购', 6, '251000元']]),
    );
    expect(report.activeDisclosure?.procurement?.amount).toBe(251000);
  });

  it('does not carry a 万元 header into the next 第二十条 block', () => {
    const report = parseText(
      report2019([
        ['第二十条第（八）项'],
        ['信息内容', '上一年项目数量（万元）', '本年增/减'],
        ['行政事业性收费', 0, 0],
        ['第二十条第（九）项'],
        ['信息内容', '采购项目数量', '采购总金额'],
        ['政府集中采购', 2, 500],
      ]),
    );
    expect(report.activeDisclosure?.procurement?.amount).toBe(500);
  });
});

describe('readReport: template detection', () => {
  const table2021 = tabTable([
    ['信息内容', '本年制发件数', '本年废止件数', '现行有效件数'],
    ['规章', 1, 0, 2],
  ]);
  const table2019 = tabTable([
    ['信息内容', '本年新制作数量', '本年新公开数量', '对外公开总数量'],
    ['规章', 1, 0, 2],
  ]);

  it('follows the headers, not the year', () => {
    const early = parseText('2020年甲镇人民政府信息公开工作年度报告\n\n' + table2021);
    expect(early.template).toBe('2021');
    expect(early.activeDisclosure?.regulations).toEqual({ made: 1, repealed: 0, valid: 2 });
    const late = parseText('2021年乙镇人民政府信息公开工作年度报告\n\n' + table2019);
    expect(late.template).toBe('2019');
    expect(late.activeDisclosure?.regulations).toEqual({ made: 1, published: 0, total: 2 });
  });

  it('falls back on the year only when no header tells', () => {
    const rows = tabTable([['规章', 1, 0, 2]]);
    expect(parseText('2022年丙镇人民政府信息公开工作年度报告\n\n' + rows).template).toBe('2021');
    expect(parseText('2019年丙镇人民政府信息公开工作年度报告\n\n' + rows).template).toBe('2019');
  });

  it('reports a 2019-only row in a 2021 report as unplaced', () => {
    const report = parseText('2022年丁镇人民政府信息公开工作年度报告\n\n' + table2021 + tabTable([['其他对外管理服务事项', 1, 2, 3]]));
    expect(report.issues).toContainEqual(
      expect.objectContaining({ rule: 'parse.unplaced', message: expect.stringContaining('其他对外管理服务事项') as string }),
    );
  });
});

describe('readReport: table 4 layouts', () => {
  it('reads the 15-number row of the printed template', () => {
    const report = parseText(report2019([['规章', 0, 0, 0]]));
    expect(report.review).toEqual({ maintained: 1, corrected: 0, other: 0, pending: 0, total: 1 });
    expect(report.litigationDirect?.total).toBe(2);
    expect(report.litigationAfterReview?.maintained).toBe(3);
  });

  it('reads one table per group under headings that name it', () => {
    const header = ['结果维持', '结果纠正', '其他结果', '尚未审结', '总计'];
    const text =
      TITLE +
      '四、政府信息公开行政复议、行政诉讼情况\n\n行政复议\n\n' +
      tabTable([header, [27, 10, 9, 15, 61]]) +
      '\n行政诉讼（未经复议直接起诉）\n\n' +
      tabTable([header, [3, 0, 0, 0, 3]]) +
      '\n行政诉讼（复议后起诉）\n\n' +
      tabTable([header, [8, 0, 1, 1, 10]]);
    const report = parseText(text);
    expect(report.review?.total).toBe(61);
    expect(report.litigationDirect?.maintained).toBe(3);
    expect(report.litigationAfterReview).toEqual({ maintained: 8, corrected: 0, other: 1, pending: 1, total: 10 });
  });

  it('reads rows labelled with their group', () => {
    const report = parseText(
      TITLE +
        tabTable([
          ['行政复议', 0, 1, 1, 0, 2],
          ['行政诉讼（复议后起诉）', 0, 0, 0, 1, 1],
        ]),
    );
    expect(report.review?.total).toBe(2);
    expect(report.litigationAfterReview?.pending).toBe(1);
    expect(report).not.toHaveProperty('litigationDirect');
  });
});

describe('readReport: channel counts', () => {
  const platform = (website: number | null) =>
    '三、公开平台建设和信息发布情况\n\n' +
    tabTable([
      ['统计指标', '单位', '统计数'],
      ['1.政府公报公开政府信息数', '条', null],
      ['2.政府网站公开政府信息数', '条', website],
    ]);

  it('prefers the table, keeping the narrative count for the checks', () => {
    const report = parseText(TITLE + '全年通过政府网站公开政府信息120条。\n\n' + platform(130));
    expect(report.channels?.website).toBe(130);
    expect(report.countSources?.['channels.website']).toEqual({ source: 'table', text: '2.政府网站公开政府信息数' });
    expect(report.narrativeCounts).toContainEqual(expect.objectContaining({ key: 'channels.website', value: 120 }));
  });

  it('fills a blank table cell from the narrative', () => {
    const report = parseText(TITLE + '全年通过政府网站公开政府信息120条。\n\n' + platform(null));
    expect(report.channels?.website).toBe(120);
    expect(report.countSources?.['channels.website']).toEqual({ source: 'narrative', text: '全年通过政府网站公开政府信息120条' });
    expect(report.channels?.gazette).toBeNull();
  });
});
