/** Label variants real reports write map to the template's keys. */
import { applicationRow, countPath, disclosureItem } from '../../src/reading/template/labels';
import { normalizeLabel } from '../../src/reading/template/normalize-label';

describe('normalizeLabel', () => {
  it.each([
    ['（三）不予公开', '不予公开'],
    ['(三)不予公开', '不予公开'],
    ['三、本年度办理结果', '本年度办理结果'],
    ['1.属于国家秘密', '属于国家秘密'],
    ['1、属于国家秘密', '属于国家秘密'],
    ['１．属于国家秘密', '属于国家秘密'],
    ['(1)属于国家秘密', '属于国家秘密'],
    ['本年新 制作数量', '本年新制作数量'],
    ['统　计　指　标', '统计指标'],
    ['规范性文件(指各行政机关印发的有正式文号的文件)', '规范性文件'],
    ['规范性文件（指各行政机关印发的有正式文号的文件）', '规范性文件'],
    ['（二）部分公开（区分处理的，只计这一情形，不计其他情形）', '部分公开'],
    ['3.危及“三安全一稳定”', '危及三安全一稳定'],
    ['本年收费金额（单位：万元）', '本年收费金额'],
    ['七、其它需要报告的事项', '其他需要报告的事项'],
    ['规范性文件(指各行政机关印发的', '规范性文件'],
  ])('%s → %s', (raw, bare) => {
    expect(normalizeLabel(raw)).toBe(bare);
  });
});

describe('row labels', () => {
  it.each([
    ['规章', 'regulations'],
    ['规 章', 'regulations'],
    ['规范性文件', 'normativeDocuments'],
    ['行政规范性文件', 'normativeDocuments'],
    ['规范性文件(指各行政机关印发的有正式文号的文件)', 'normativeDocuments'],
    ['其他对外管理服务事项', 'otherServices'],
    ['政府集中采购', 'procurement'],
  ])('table 2: %s', (raw, key) => {
    expect(disclosureItem(normalizeLabel(raw))).toBe(key);
  });

  it.each([
    ['一、本年新收政府信息公开申请数量', undefined, 'newReceived'],
    ['（二）部分公开（区分处理的，只计这一情形，不计其他情形）', undefined, 'partiallyGranted'],
    ['(二)部分公开(区分处理的,只计这一情形,不计其他情形)', undefined, 'partiallyGranted'],
    ['2.其他法律行政止公开', 'denied', 'denied.prohibitedByLaw'],
    ['1.属于国家秘密', undefined, 'denied.stateSecret'],
    ['（六）其他处理', undefined, 'otherHandling.total'],
    ['1.申请人无正当理由逾期不予补正、行政机关不再处理其政府信息公开申请', undefined, 'otherHandling.overdueCorrection'],
    ['1. 申请人无正当理由逾期不补正, 行政机关不再处理其政府信息公开申请', undefined, 'otherHandling.overdueCorrection'],
    ['3.其他', 'otherHandling', 'otherHandling.other'],
    ['（七）总计', 'otherHandling', 'totalProcessed'],
    ['四、结转下年度继续办理', undefined, 'carriedForward'],
  ] as const)('table 3: %s (under %s)', (raw, group, path) => {
    expect(applicationRow(normalizeLabel(raw), group)?.path).toBe(path);
  });

  it('reads 3.其他 as a row only under （六）其他处理', () => {
    expect(applicationRow(normalizeLabel('3.其他'), undefined)).toBeUndefined();
    expect(applicationRow(normalizeLabel('3.其他'), 'denied')).toBeUndefined();
  });

  it.each([
    ['2.政府网站公开政府信息数', 'channels.website'],
    ['2.政府网站在线访谈次数', 'responses.interviews'],
    ['其中：主要负责同志参加政府网站在线访谈次数', 'responses.interviewsByLeaders'],
    ['4.微博微信回应事件数', 'responses.socialMediaResponses'],
    ['3.政务微博公开政府信息数', 'channels.weibo'],
    ['（一）主动公开政府信息数（不同渠道和方式公开相同信息计1条）', 'channels.totalActive'],
  ])('platform table: %s', (raw, path) => {
    expect(countPath(normalizeLabel(raw))).toBe(path);
  });
});
