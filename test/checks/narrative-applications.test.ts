import { buildReport, issuesOf, setCells, withNarrative } from './builder';

const RULE = 'narrative.applications';
const TABLE = '表三 收到和处理政府信息公开申请情况';
const NEW_TOTAL = `${TABLE}“一、本年新收政府信息公开申请数量”行“总计”列`;

/** 平潭 2022's table 3: 74 new (71 自然人, 3 商业企业) and 1 carried over (自然人). */
function pingtan() {
  return setCells(buildReport('2021'), {
    'applications.newReceived.natural': 71,
    'applications.newReceived.commercial': 3,
    'applications.newReceived.total': 74,
    'applications.carriedOver.natural': 1,
    'applications.carriedOver.total': 1,
  });
}

describe('narrative.applications', () => {
  it('passes a received count that is the new applications alone', () => {
    const data = withNarrative(pingtan(), [['applications.received.total', 74, '全年受理政府信息公开申请74件']]);
    expect(issuesOf(data, RULE)).toEqual([]);
  });

  it('passes a received count that takes the carried-over ones in (平潭 2022: 75 = 74 + 1)', () => {
    const sentence = '2022年，全区收到政府信息公开申请75件，涉及自然人72件、商业企业3件';
    const data = withNarrative(pingtan(), [
      ['applications.received.total', 75, sentence],
      ['applications.received.natural', 72, sentence],
      ['applications.received.commercial', 3, sentence],
      ['applications.received.organizations', 3, sentence],
    ]);
    expect(issuesOf(data, RULE)).toEqual([]);
  });

  it('reports a received count that is neither, giving both readings', () => {
    const sentence = '全区收到政府信息公开申请76件';
    const data = withNarrative(pingtan(), [['applications.received.total', 76, sentence]]);
    expect(issuesOf(data, RULE)).toEqual([
      {
        rule: RULE,
        severity: 'warning',
        message: `${NEW_TOTAL}：表格为 74，与“二、上年结转政府信息公开申请数量”行之和为 75，` + `正文为 76（“${sentence}”）`,
        cells: ['applications.newReceived.total', 'applications.carriedOver.total'],
      },
    ]);
  });

  it('holds a 新收 count to the new applications alone', () => {
    const data = withNarrative(pingtan(), [['applications.newReceived.total', 75, '全镇新收政府信息公开申请75件']]);
    expect(issuesOf(data, RULE).map((issue) => issue.message)).toEqual([
      `${NEW_TOTAL}：表格为 74，正文为 75（“全镇新收政府信息公开申请75件”）`,
    ]);
  });

  it('names 法人或其他组织 as the sum of its columns', () => {
    const data = withNarrative(pingtan(), [['applications.received.organizations', 8, '法人或其他组织申请8件']]);
    expect(issuesOf(data, RULE).map((issue) => [issue.message, issue.cells.length])).toEqual([
      [
        `${TABLE}“一、本年新收政府信息公开申请数量”行“法人或其他组织”各列之和：表格为 3，` +
          '与“二、上年结转政府信息公开申请数量”行之和为 3，正文为 8（“法人或其他组织申请8件”）',
        10,
      ],
    ]);
  });

  it('compares processed, carried and outcome counts with their rows', () => {
    const data = setCells(buildReport('2021'), {
      'applications.totalProcessed.total': 718,
      'applications.carriedForward.total': 31,
      'applications.granted.total': 294,
      'applications.partiallyGranted.total': 101,
    });
    withNarrative(data, [
      ['applications.totalProcessed.total', 718, '共办理 718 件'],
      ['applications.carriedForward.total', 30, '结转下一年 30 件'],
      ['applications.grantedOrPartial.total', 395, '予以公开及部分公开395件'],
    ]);
    expect(issuesOf(data, RULE).map((issue) => issue.message)).toEqual([
      `${TABLE}“四、结转下年度继续办理”行“总计”列：表格为 31，正文为 30（“结转下一年 30 件”）`,
    ]);
  });

  it('sums a group’s rows, and a blank 总计 as its row’s parts (上海 2019: 无法提供 265 vs 337)', () => {
    const data = setCells(buildReport('2019'), {
      'applications.unavailable.notHeld.natural': 252,
      'applications.unavailable.notHeld.commercial': 13,
      'applications.unavailable.notHeld.total': null,
      'applications.unavailable.needsCreation.total': 47,
      'applications.unavailable.unclear.total': 25,
    });
    const sentence = '因本机关不掌握等原因无法提供265件';
    withNarrative(data, [['applications.unavailable.total', 265, sentence]]);
    expect(issuesOf(data, RULE)).toEqual([
      {
        rule: RULE,
        severity: 'warning',
        message: `${TABLE}“（四）无法提供”各行“总计”列之和：表格为 337（“总计”列空白，按同行各列之和），正文为 265（“${sentence}”）`,
        cells: [
          'applications.unavailable.notHeld.total',
          'applications.unavailable.needsCreation.total',
          'applications.unavailable.unclear.total',
        ],
      },
    ]);
  });

  it('names 予以公开及部分公开 as the sum of both rows', () => {
    const data = setCells(buildReport('2019'), { 'applications.granted.total': 272, 'applications.partiallyGranted.total': 3 });
    withNarrative(data, [['applications.grantedOrPartial.total', 258, '予以公开及部分公开258件']]);
    expect(issuesOf(data, RULE).map((issue) => issue.message)).toEqual([
      `${TABLE}“（一）予以公开”行与“（二）部分公开”行“总计”列之和：表格为 275，正文为 258（“予以公开及部分公开258件”）`,
    ]);
  });

  it('says nothing where the table states nothing or lacks the row', () => {
    const blank = setCells(buildReport('2019'), {
      'applications.otherHandling.total.natural': null,
      'applications.otherHandling.total.commercial': null,
      'applications.otherHandling.total.research': null,
      'applications.otherHandling.total.publicInterest': null,
      'applications.otherHandling.total.legal': null,
      'applications.otherHandling.total.other': null,
      'applications.otherHandling.total.total': null,
    });
    withNarrative(blank, [['applications.otherHandling.total', 3, '其他处理3件']]);
    expect(issuesOf(blank, RULE)).toEqual([]);

    const absent = withNarrative(buildReport('2021'), [['applications.received.total', 5, '收到申请5件']]);
    delete absent.applications;
    expect(issuesOf(absent, RULE)).toEqual([]);
  });

  it('leaves counts of other tables and unknown keys to their rules', () => {
    const data = withNarrative(buildReport('2021'), [
      ['review.total', 3, '行政复议3件'],
      ['channels.website', 3, '通过政府网站公开政府信息3条'],
      ['applications.nonsense.total', 3, '？'],
      ['applications.received.nonsense', 3, '？'],
    ]);
    expect(issuesOf(data, RULE)).toEqual([]);
  });
});
