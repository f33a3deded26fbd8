import { APPLICATION_ROW_PATHS, applicationRow } from '../../src/reading/template/report-data';
import { buildReport, issuesOf, setCells } from './builder';

const RULE = 'cells.blank';

describe('cells.blank', () => {
  it('passes when every expected cell holds a number', () => {
    expect(issuesOf(buildReport('2019'), RULE)).toEqual([]);
    expect(issuesOf(buildReport('2021'), RULE)).toEqual([]);
  });

  it('reports a single blank cell of each table by table, row and column', () => {
    const data = setCells(buildReport('2019'), {
      'activeDisclosure.licensing.previous': null,
      'applications.carriedOver.publicInterest': null,
      'litigationDirect.maintained': null,
    });
    expect(issuesOf(data, RULE)).toEqual([
      {
        rule: RULE,
        severity: 'warning',
        message: '表二 主动公开政府信息情况 第二十条第（五）项“行政许可”行“上一年项目数量”列为空白，应填写数字',
        cells: ['activeDisclosure.licensing.previous'],
      },
      {
        rule: RULE,
        severity: 'warning',
        message: '表三 收到和处理政府信息公开申请情况“二、上年结转政府信息公开申请数量”行“社会公益组织”列为空白，应填写数字',
        cells: ['applications.carriedOver.publicInterest'],
      },
      {
        rule: RULE,
        severity: 'warning',
        message: '表四 行政复议、行政诉讼情况“行政诉讼—未经复议直接起诉”行“结果维持”列为空白，应填写数字',
        cells: ['litigationDirect.maintained'],
      },
    ]);
  });

  it('treats a key the template expects but the object lacks as blank', () => {
    const data = buildReport('2021');
    delete data.activeDisclosure!.fees!.amount;
    const [issue] = issuesOf(data, RULE);
    expect(issue.cells).toEqual(['activeDisclosure.fees.amount']);
    expect(issue.message).toContain('第二十条第（八）项“行政事业性收费”行“本年收费金额（单位：万元）”列');
  });

  it('passes over cells written —— (notApplicable)', () => {
    const data = setCells(buildReport('2019'), {
      'activeDisclosure.licensing.previous': null,
      'activeDisclosure.licensing.change': null,
    });
    data.notApplicable = ['activeDisclosure.licensing.previous', 'activeDisclosure.licensing.change'];
    expect(issuesOf(data, RULE)).toEqual([]);
  });

  it('groups a wholly blank table-3 column into one issue', () => {
    const data = buildReport('2021');
    const rows = APPLICATION_ROW_PATHS.flatMap((path) => applicationRow(data.applications, path) ?? []);
    for (const row of rows) row.research = null;
    const issues = issuesOf(data, RULE);
    expect(issues).toHaveLength(1);
    expect(issues[0].message).toBe('表三 收到和处理政府信息公开申请情况“科研机构”列各行均为空白（共 26 格），应填写数字');
    expect(issues[0].cells).toHaveLength(26);
    expect(issues[0].cells[0]).toBe('applications.newReceived.research');
    expect(issues[0].cells[25]).toBe('applications.carriedForward.research');
  });

  it('groups a wholly blank row into one issue', () => {
    const data = buildReport('2019');
    setCells(data, { 'review.maintained': null, 'review.corrected': null, 'review.other': null });
    setCells(data, { 'review.pending': null, 'review.total': null });
    expect(issuesOf(data, RULE)).toEqual([
      {
        rule: RULE,
        severity: 'warning',
        message: '表四 行政复议、行政诉讼情况“行政复议”行整行空白，应填写数字',
        cells: ['review.maintained', 'review.corrected', 'review.other', 'review.pending', 'review.total'],
      },
    ]);
  });

  it('does not name a cell twice when its column and its row are both wholly blank', () => {
    const data = setCells(buildReport('2019'), {
      'review.corrected': null,
      'litigationDirect.corrected': null,
      'litigationAfterReview.maintained': null,
      'litigationAfterReview.corrected': null,
      'litigationAfterReview.other': null,
      'litigationAfterReview.pending': null,
      'litigationAfterReview.total': null,
    });
    const issues = issuesOf(data, RULE);
    expect(issues.map((issue) => issue.cells)).toEqual([
      ['review.corrected', 'litigationDirect.corrected', 'litigationAfterReview.corrected'],
      ['litigationAfterReview.maintained', 'litigationAfterReview.other', 'litigationAfterReview.pending', 'litigationAfterReview.total'],
    ]);
    expect(issues[0].message).toBe('表四 行政复议、行政诉讼情况“结果纠正”列各行均为空白（共 3 格），应填写数字');
    expect(issues[1].message).toContain('“行政诉讼—复议后起诉”行整行空白');
  });
});

describe('cells.blank and cells the parser could not read', () => {
  it('does not repeat a cell a parse.* finding already names', () => {
    const data = setCells(buildReport(), { 'review.total': null, 'review.pending': null });
    data.issues = [{ rule: 'parse.ambiguous', severity: 'warning', message: '表四…有多种拆分', cells: ['review.total'] }];
    const blank = issuesOf(data, 'cells.blank').flatMap((issue) => issue.cells);
    expect(blank).toContain('review.pending');
    expect(blank).not.toContain('review.total');
  });
});
