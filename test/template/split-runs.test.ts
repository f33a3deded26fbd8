/**
 * Digits run together (crawler text): the template splits them by its own arithmetic, uses a
 * split only when exactly one fits, and otherwise leaves the cells blank with parse.ambiguous.
 */
import type { TableBlock } from '../../src/reading/documents/blocks';
import { readTables } from '../../src/reading/template/read-tables';
import type { NarrativeCount, ReportIssue } from '../../src/reading/template/report-data';

function runTable(rows: string[][]): TableBlock {
  return { kind: 'table', rows, runTogether: true };
}

const DOCUMENTS_HEADER = ['第二十条第（一）项', '信息内容', '本年制发件数', '本年废止件数', '现行有效件数'];

function issuesOf(issues: ReportIssue[], rule: string): ReportIssue[] {
  return issues.filter((issue) => issue.rule === rule);
}

describe('split-runs', () => {
  it('uses the one split a row total allows, and says the cells were derived', () => {
    const out = readTables([runTable([['一、本年新收政府信息公开申请数量', '713000074']])], '2021');
    expect(out.applications.newReceived).toEqual({
      natural: 71,
      commercial: 3,
      research: 0,
      publicInterest: 0,
      legal: 0,
      other: 0,
      total: 74,
    });
    expect(issuesOf(out.issues, 'parse.derived')).toEqual([
      {
        rule: 'parse.derived',
        severity: 'info',
        message: expect.stringContaining('本行合计') as string,
        cells: ['natural', 'commercial', 'research', 'publicInterest', 'legal', 'other', 'total'].map(
          (c) => `applications.newReceived.${c}`,
        ),
      },
    ]);
    expect(out.issues.filter((issue) => issue.severity !== 'info')).toEqual([]);
  });

  it('leaves an ambiguous run blank and lists every split in parse.ambiguous', () => {
    const out = readTables([runTable([DOCUMENTS_HEADER, ['行政规范性文件', '3117']])], '2021');
    expect(out.activeDisclosure.normativeDocuments).toEqual({ made: null, repealed: null, valid: null });
    const [issue] = issuesOf(out.issues, 'parse.ambiguous');
    expect(issue.severity).toBe('warning');
    expect(issue.cells).toEqual(['made', 'repealed', 'valid'].map((c) => `activeDisclosure.normativeDocuments.${c}`));
    expect(issue.message).toContain('表格「主动公开政府信息情况（第二十条）」中的行「行政规范性文件 | 3117」');
    expect(issue.message).toContain('本年制发件数、本年废止件数、现行有效件数');
    expect(issue.message).toContain('3 种拆分');
    for (const split of ['3 | 1 | 17', '3 | 11 | 7', '31 | 1 | 7']) expect(issue.message).toContain(split);
  });

  it('fills the cells all splits agree on and leaves only the others blank', () => {
    // 1205: 1 | 20 | 5 or 12 | 0 | 5 — 处理决定数量 is 5 either way.
    const out = readTables(
      [
        runTable([
          ['第二十条第（五）项', '信息内容', '上一年项目数量', '本年增/减', '处理决定数量'],
          ['行政许可', '1205'],
        ]),
      ],
      '2019',
    );
    expect(out.activeDisclosure.licensing).toEqual({ previous: null, change: null, decisions: 5 });
    expect(issuesOf(out.issues, 'parse.ambiguous')[0].cells).toEqual([
      'activeDisclosure.licensing.previous',
      'activeDisclosure.licensing.change',
    ]);
  });

  it('lets numbers the narrative states decide between splits', () => {
    const stated: NarrativeCount[] = [
      { key: 'activeDisclosure.normativeDocuments.made', value: 88, sentence: '动态更新本年度制发的规范性文件88件' },
      { key: 'activeDisclosure.normativeDocuments.valid', value: 698, sentence: '集中公开现行有效行政规范性文件698件' },
    ];
    const out = readTables([runTable([DOCUMENTS_HEADER, ['行政规范性文件', '8855698']])], '2021', stated);
    expect(out.activeDisclosure.normativeDocuments).toEqual({ made: 88, repealed: 55, valid: 698 });
    expect(issuesOf(out.issues, 'parse.derived')[0].message).toContain('正文所述数字');
  });

  it('ignores a narrative number that no split has', () => {
    const stated: NarrativeCount[] = [{ key: 'activeDisclosure.normativeDocuments.made', value: 5, sentence: '制发规范性文件5件' }];
    const out = readTables([runTable([DOCUMENTS_HEADER, ['行政规范性文件', '3117']])], '2021', stated);
    expect(issuesOf(out.issues, 'parse.ambiguous')[0].message).toContain('3 种拆分');
  });

  it('splits by the equations across rows when a row total allows two splits', () => {
    // 110000011 is 1 | 10 | … | 11 or 11 | 0 | … | 11; 总计's natural 11 and the 勾稽关系 decide.
    const out = readTables(
      [
        runTable([
          ['一、本年新收政府信息公开申请数量', '110000011'],
          ['二、上年结转政府信息公开申请数量', '0000000'],
          ['（七）总计', '11', '0', '0', '0', '0', '0', '11'],
          ['四、结转下年度继续办理', '0000000'],
        ]),
      ],
      '2021',
    );
    expect(out.applications.newReceived?.natural).toBe(11);
    expect(out.applications.newReceived?.commercial).toBe(0);
    expect(issuesOf(out.issues, 'parse.derived')[0].message).toContain('表内勾稽关系');
  });

  it('keeps to the row total even when an equation across rows is broken in the report', () => {
    const out = readTables(
      [
        runTable([
          ['一、本年新收政府信息公开申请数量', '110000011'],
          ['二、上年结转政府信息公开申请数量', '0000000'],
          ['（七）总计', '5', '5', '0', '0', '0', '0', '10'],
          ['四、结转下年度继续办理', '0000000'],
        ]),
      ],
      '2021',
    );
    // Both splits break 总计's natural, commercial and total columns alike: neither is picked.
    expect(out.applications.newReceived).toMatchObject({ natural: null, commercial: null, total: 11 });
    expect(issuesOf(out.issues, 'parse.ambiguous')).toHaveLength(1);
  });

  it('says so when a run cannot fill the row at all', () => {
    const out = readTables([runTable([DOCUMENTS_HEADER, ['规章', '0']])], '2021');
    expect(out.activeDisclosure.regulations).toEqual({ made: null, repealed: null, valid: null });
    expect(issuesOf(out.issues, 'parse.unsplittable')).toEqual([
      {
        rule: 'parse.unsplittable',
        severity: 'warning',
        message:
          '表格「主动公开政府信息情况（第二十条）」中的行「规章 | 0」数字连写，无法拆分为「本年制发件数、本年废止件数、现行有效件数」3 列（数字位数少于 3 列），这些单元格留空',
        cells: ['made', 'repealed', 'valid'].map((c) => `activeDisclosure.regulations.${c}`),
      },
    ]);
  });

  it('gives up on a 60-digit run at once, and says why', () => {
    const out = readTables([runTable([['一、本年新收政府信息公开申请数量', '1234567890'.repeat(6)]])], '2021');
    expect(out.applications.newReceived?.total).toBeNull();
    expect(issuesOf(out.issues, 'parse.unsplittable')[0].message).toContain('数字过长');
  });

  it('bounds the search on a long run it does try', () => {
    // The candidates it may try are counted in split-budget.test.ts.
    const out = readTables([runTable([['行政复议', '行政诉讼'], ['9'.repeat(40)]])], '2021');
    expect(out.cases.review?.total ?? null).toBeNull();
    expect(out.issues.some((issue) => issue.rule === 'parse.unsplittable' || issue.rule === 'parse.ambiguous')).toBe(true);
  });

  it('splits table 4 written as one run of 15 cells under its headers', () => {
    const header = '行政复议行政诉讼结果维持结果纠正其他结果尚未审结总计未经复议直接起诉复议后起诉';
    const out = readTables(
      [
        runTable([
          ['行政复议', '行政诉讼'],
          [header, '2101022' + '00011' + '00000'],
        ]),
      ],
      '2021',
    );
    expect(out.cases).toEqual({
      review: { maintained: 21, corrected: 0, other: 1, pending: 0, total: 22 },
      litigationDirect: { maintained: 0, corrected: 0, other: 0, pending: 1, total: 1 },
      litigationAfterReview: { maintained: 0, corrected: 0, other: 0, pending: 0, total: 0 },
    });
  });
});
