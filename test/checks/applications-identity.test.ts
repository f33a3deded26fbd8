import { buildReport, issuesOf, setCells } from './builder';

const RULE = 'applications.identity';

describe('applications.identity', () => {
  it('passes when 本年新收 + 上年结转 = 办理结果总计 + 结转下年度 in every column', () => {
    const data = setCells(buildReport(), {
      'applications.newReceived.natural': 3,
      'applications.carriedOver.natural': 1,
      'applications.totalProcessed.natural': 3,
      'applications.carriedForward.natural': 1,
    });
    expect(issuesOf(data, RULE)).toEqual([]);
  });

  it('reports the column, its four cells and the numbers when they differ', () => {
    const data = setCells(buildReport(), {
      'applications.newReceived.natural': 3,
      'applications.carriedOver.natural': 1,
      'applications.totalProcessed.natural': 2,
      'applications.carriedForward.natural': 1,
    });
    const issues = issuesOf(data, RULE);
    expect(issues).toEqual([
      {
        rule: RULE,
        severity: 'error',
        message: '表三 收到和处理政府信息公开申请情况“自然人”列：本年新收 3 + 上年结转 1 ≠ 本年度办理结果总计 2 + 结转下年度 1（差 1）',
        cells: [
          'applications.newReceived.natural',
          'applications.carriedOver.natural',
          'applications.totalProcessed.natural',
          'applications.carriedForward.natural',
        ],
      },
    ]);
  });

  it('checks each column on its own, in template column order', () => {
    const data = setCells(buildReport(), {
      'applications.newReceived.total': 2,
      'applications.carriedForward.legal': 1,
    });
    expect(issuesOf(data, RULE).map((issue) => issue.cells[0])).toEqual([
      'applications.newReceived.legal',
      'applications.newReceived.total',
    ]);
    expect(issuesOf(data, RULE)[0].message).toContain('“法律服务机构”列');
  });

  it('counts a blank operand as 0: passes when the other cells balance at 0', () => {
    const data = setCells(buildReport(), { 'applications.totalProcessed.natural': null });
    expect(issuesOf(data, RULE)).toEqual([]);
  });

  it('counts a blank operand as 0: fails a blank 办理结果总计 beside 本年新收 3, naming it 空白', () => {
    const data = setCells(buildReport(), {
      'applications.newReceived.natural': 3,
      'applications.totalProcessed.natural': null,
    });
    const issues = issuesOf(data, RULE);
    expect(issues).toHaveLength(1);
    expect(issues[0].message).toBe(
      '表三 收到和处理政府信息公开申请情况“自然人”列：本年新收 3 + 上年结转 0 ≠ 本年度办理结果总计 空白 + 结转下年度 0（差 3）',
    );
    expect(issues[0].cells).toContain('applications.totalProcessed.natural');
  });

  it('skips a column whose four cells are all blank', () => {
    const data = setCells(buildReport(), {
      'applications.newReceived.research': null,
      'applications.carriedOver.research': null,
      'applications.totalProcessed.research': null,
      'applications.carriedForward.research': null,
      // a real difference elsewhere, so the rule is seen to run
      'applications.newReceived.legal': 1,
    });
    expect(issuesOf(data, RULE).map((issue) => issue.cells[0])).toEqual(['applications.newReceived.legal']);
  });

  it('skips every column when one of its rows is absent altogether', () => {
    const data = setCells(buildReport(), { 'applications.newReceived.natural': 3 });
    delete data.applications!.carriedOver;
    expect(issuesOf(data, RULE)).toEqual([]);
  });

  it('skips a report without table 3', () => {
    const data = buildReport();
    delete data.applications;
    expect(issuesOf(data, RULE)).toEqual([]);
  });
});
