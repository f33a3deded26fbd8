import { buildReport, issuesOf, setCells } from './builder';

const RULE = 'cells.negative';

describe('cells.negative', () => {
  it('passes on zeros and positive counts', () => {
    const data = setCells(buildReport('2019'), { 'applications.granted.natural': 3, 'channels.website': 130 });
    expect(issuesOf(data, RULE)).toEqual([]);
  });

  it('reports a negative count in any table, naming it', () => {
    const data = setCells(buildReport('2019'), {
      'activeDisclosure.procurement.amount': -1.5,
      'applications.unavailable.notHeld.legal': -2,
      'review.pending': -1,
      'channels.website': -130,
    });
    expect(issuesOf(data, RULE)).toEqual([
      {
        rule: RULE,
        severity: 'error',
        message: '表二 主动公开政府信息情况 第二十条第（九）项“政府集中采购”行“采购总金额”列为负数 -1.5，应为非负数',
        cells: ['activeDisclosure.procurement.amount'],
      },
      {
        rule: RULE,
        severity: 'error',
        message: '表三 收到和处理政府信息公开申请情况“（四）无法提供 1.本机关不掌握相关政府信息”行“法律服务机构”列为负数 -2，应为非负数',
        cells: ['applications.unavailable.notHeld.legal'],
      },
      {
        rule: RULE,
        severity: 'error',
        message: '表四 行政复议、行政诉讼情况“行政复议”行“尚未审结”列为负数 -1，应为非负数',
        cells: ['review.pending'],
      },
      {
        rule: RULE,
        severity: 'error',
        message: '公开平台建设和信息发布情况“政府网站公开政府信息数”为负数 -130，应为非负数',
        cells: ['channels.website'],
      },
    ]);
  });

  it('allows a decrease in the 2019 本年增/减 column', () => {
    const data = setCells(buildReport('2019'), { 'activeDisclosure.licensing.change': -3 });
    expect(issuesOf(data, RULE)).toEqual([]);
  });

  it('ignores blank cells', () => {
    const data = setCells(buildReport('2019'), { 'review.pending': null });
    expect(issuesOf(data, RULE)).toEqual([]);
  });
});
