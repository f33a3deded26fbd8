import { buildReport, issuesOf, setCells } from './builder';

const RULE = 'applications.rowTotal';

describe('applications.rowTotal', () => {
  it('passes when the six applicant columns add up to 总计', () => {
    const data = setCells(buildReport(), {
      'applications.granted.natural': 4,
      'applications.granted.commercial': 1,
      'applications.granted.total': 5,
    });
    expect(issuesOf(data, RULE)).toEqual([]);
  });

  it('reports the row with every term, the sum and the total', () => {
    const data = setCells(buildReport(), {
      'applications.denied.stateSecret.natural': 4,
      'applications.denied.stateSecret.legal': 1,
      'applications.denied.stateSecret.total': 6,
    });
    expect(issuesOf(data, RULE)).toEqual([
      {
        rule: RULE,
        severity: 'error',
        message:
          '表三 收到和处理政府信息公开申请情况“（三）不予公开 1.属于国家秘密”行：' +
          '自然人 4 + 商业企业 0 + 科研机构 0 + 社会公益组织 0 + 法律服务机构 1 + 其他 0 = 5 ≠ 总计 6（差 -1）',
        cells: [
          'applications.denied.stateSecret.natural',
          'applications.denied.stateSecret.commercial',
          'applications.denied.stateSecret.research',
          'applications.denied.stateSecret.publicInterest',
          'applications.denied.stateSecret.legal',
          'applications.denied.stateSecret.other',
          'applications.denied.stateSecret.total',
        ],
      },
    ]);
  });

  it('passes a blank 总计 beside parts that add up to 0 (zhangting)', () => {
    const data = setCells(buildReport(), { 'applications.granted.total': null });
    expect(issuesOf(data, RULE)).toEqual([]);
  });

  it('counts a blank part as 0', () => {
    const data = setCells(buildReport(), {
      'applications.partiallyGranted.natural': 3,
      'applications.partiallyGranted.research': null,
      'applications.partiallyGranted.total': 3,
    });
    expect(issuesOf(data, RULE)).toEqual([]);
  });

  it('fails a blank 总计 beside parts that add up to 258, naming it 总计 空白 (shanghai)', () => {
    const data = setCells(buildReport(), {
      'applications.granted.natural': 258,
      'applications.granted.research': null,
      'applications.granted.total': null,
    });
    const issues = issuesOf(data, RULE);
    expect(issues).toHaveLength(1);
    expect(issues[0].message).toBe(
      '表三 收到和处理政府信息公开申请情况“（一）予以公开”行：' +
        '自然人 258 + 商业企业 0 + 科研机构 空白 + 社会公益组织 0 + 法律服务机构 0 + 其他 0 = 258 ≠ 总计 空白（差 258）',
    );
    expect(issues[0].cells).toContain('applications.granted.total');
  });

  it('skips a row left wholly blank', () => {
    const blankRow = Object.fromEntries(
      ['natural', 'commercial', 'research', 'publicInterest', 'legal', 'other', 'total'].map((column) => [
        `applications.denied.prohibitedByLaw.${column}`,
        null,
      ]),
    );
    const data = setCells(buildReport(), { ...blankRow, 'applications.denied.stateSecret.natural': 1 });
    expect(issuesOf(data, RULE).map((issue) => issue.cells[0])).toEqual(['applications.denied.stateSecret.natural']);
  });
});
