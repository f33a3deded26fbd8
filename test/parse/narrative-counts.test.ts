/** Counts stated in the prose: what each kind of sentence is read as, and what is never read. */
import { readNarrativeCounts } from '../../src/reading/narrative/narrative-counts';

function countsOf(text: string): Record<string, number> {
  return Object.fromEntries(readNarrativeCounts([text]).map((count) => [count.key, count.value]));
}

describe('narrative counts: channels', () => {
  it('reads channel counts stated directly', () => {
    expect(countsOf('通过政府网站公开政府信息130条，通过政务微信发布信息1,078条。')).toEqual({
      'channels.website': 130,
      'channels.wechat': 1078,
    });
  });

  it('does not read loose or combined counts as a channel', () => {
    expect(countsOf('在政府网站上的招投标信息栏目，共发布招投标信息3条。')).toEqual({});
    expect(countsOf('通过微博、微信发布信息200条。')).toEqual({});
  });

  it('reads the total of active disclosure unless the clause names a channel', () => {
    expect(countsOf('2022年全区共主动公开政府信息14571条。')).toEqual({ 'channels.totalActive': 14571 });
    expect(countsOf('全年通过县政府门户网站主动公开政府信息4511条。')).toEqual({ 'channels.website': 4511 });
  });

  it('reads a number set off by spaces, as PDF and markdown text writes it', () => {
    expect(countsOf('2023 年，我区在政府网站平台主动公开政府信息 1136 条。')).toEqual({ 'channels.website': 1136 });
  });
});

describe('narrative counts: applications (table 3)', () => {
  it('reads received applications as new only when the sentence says they are new', () => {
    expect(countsOf('全年共新收政府信息公开申请12件。')).toEqual({ 'applications.newReceived.total': 12 });
    expect(countsOf('本年度新收到政府信息公开申请3件。')).toEqual({ 'applications.newReceived.total': 3 });
    // A 新收 sentence that speaks of 结转 may count carried-over applications in.
    expect(countsOf('新收政府信息公开申请12件，加上年结转2件。')).toEqual({
      'applications.received.total': 12,
      'applications.carriedOver.total': 2,
    });
    // 平潭 2022: 75 = 74 new + 1 carried over, which the sentence does not say.
    expect(countsOf('2022年，全区收到政府信息公开申请75件，涉及自然人72件。')).toEqual({
      'applications.received.total': 75,
      'applications.received.natural': 72,
    });
  });

  it('reads 收到 and 受理 as received, with the applicants they break down into', () => {
    expect(countsOf('2022年，全区收到政府信息公开申请75件，涉及自然人72件、商业企业3件，均在法定期限内予以答复，办结率100%。')).toEqual({
      'applications.received.total': 75,
      'applications.received.natural': 72,
      'applications.received.commercial': 3,
    });
    expect(countsOf('全县全年共受理政府信息公开申请 749 件，其中自然人申请 741 件，法人或其他组织申请 8 件。')).toEqual({
      'applications.received.total': 749,
      'applications.received.natural': 741,
      'applications.received.organizations': 8,
    });
    expect(countsOf('全年受理依申请公开事项5件。')).toEqual({ 'applications.received.total': 5 });
  });

  it('reads what was processed and carried, a ； ending only a clause', () => {
    const sentence = '全县全年共受理政府信息公开申请 749 件，其中自然人申请 741 件；共办理 718 件，结转下一年 31 件。';
    expect(countsOf(sentence)).toMatchObject({
      'applications.totalProcessed.total': 718,
      'applications.carriedForward.total': 31,
    });
    expect(readNarrativeCounts([sentence])[0].sentence).toBe(sentence.slice(0, -1));
  });

  it('reads counts named after the number and in brackets (上海 2019)', () => {
    const sentence =
      '共受理政府信息公开申请859件，申请数量较去年回落12.3%；答复政府信息公开申请805件（含上年度结转申请18件，另有72件申请按照《条例》顺延到下年度答复）。';
    expect(countsOf(sentence)).toEqual({
      'applications.received.total': 859,
      'applications.totalProcessed.total': 805,
      'applications.carriedOver.total': 18,
      'applications.carriedForward.total': 72,
    });
  });

  it('reads the outcome rows by their template words', () => {
    const sentence =
      '予以公开及部分公开258件，占33.9%；不予公开35件，占4.34%；因本机关不掌握等原因无法提供265件；不予处理158件；其他处理0件。';
    expect(countsOf(sentence)).toEqual({
      'applications.grantedOrPartial.total': 258,
      'applications.denied.total': 35,
      'applications.unavailable.total': 265,
      'applications.notProcessed.total': 158,
      'applications.otherHandling.total': 0,
    });
    expect(countsOf('其中予以公开12件，部分公开3件。')).toEqual({
      'applications.granted.total': 12,
      'applications.partiallyGranted.total': 3,
    });
  });

  it('reads small counts written in Chinese numerals', () => {
    expect(countsOf('全年收到政府信息公开申请两件。')).toEqual({ 'applications.received.total': 2 });
    expect(countsOf('全年收到政府信息公开申请十二件。')).toEqual({ 'applications.received.total': 12 });
  });

  it('does not read a breakdown that follows an outcome as the applicants received', () => {
    expect(countsOf('受理政府信息公开申请20件，予以公开12件，其中自然人10件。')).toEqual({
      'applications.received.total': 20,
      'applications.granted.total': 12,
    });
  });

  it('does not read other applications or cases handled as information requests', () => {
    expect(countsOf('受理行政许可申请30件。')).toEqual({});
    expect(countsOf('成功推动化解各类争议纠纷 33 件。')).toEqual({});
    expect(countsOf('全县共办理相关案件74件。')).toEqual({});
  });
});

describe('narrative counts: active disclosure (table 2)', () => {
  it('reads documents made, valid and repealed', () => {
    expect(countsOf('集中公开现行有效行政规范性文件698件，动态更新本年度制发的规范性文件88件。')).toEqual({
      'activeDisclosure.normativeDocuments.valid': 698,
      'activeDisclosure.normativeDocuments.made': 88,
    });
    expect(countsOf('清理废止规范性文件5件，印发规章1件。')).toEqual({
      'activeDisclosure.normativeDocuments.repealed': 5,
      'activeDisclosure.regulations.made': 1,
    });
  });

  it('reads a list carried on after its verb (上海 2019)', () => {
    expect(countsOf('通过门户网站主动公开规章13件，行政规范性文件60件，市政府其他文件162件。')).toEqual({
      'activeDisclosure.regulations.published': 13,
      'activeDisclosure.normativeDocuments.published': 60,
    });
  });

  it('reads decisions of 行政许可, 行政处罚 and 行政强制', () => {
    expect(countsOf('全年作出行政处罚决定2113件，行政强制决定0件。')).toEqual({
      'activeDisclosure.punishment.decisions': 2113,
      'activeDisclosure.coercion.decisions': 0,
    });
  });

  it('does not read documents that are not the body’s own, or counted with others', () => {
    expect(countsOf('全年共编发公报24期，刊登政府规章、规范性文件等112件，部门规范性文件45件。')).toEqual({});
    expect(countsOf('发布政策文件20件。')).toEqual({});
  });
});

describe('narrative counts: review and litigation (table 4)', () => {
  it('reads review and litigation cases in either order', () => {
    expect(countsOf('共有行政诉讼案件1件、行政复议案件2件，均已结案。')).toEqual({
      'litigation.total': 1,
      'review.total': 2,
    });
    expect(countsOf('信息公开类行政复议7件，诉讼9件，均获维持。')).toEqual({ 'review.total': 7, 'litigation.total': 9 });
  });

  it('reads cases of both kinds counted together (沭阳 2025)', () => {
    expect(countsOf('依法做好相关行政复议、行政诉讼案件的应诉工作，全县共办理相关案件 74 件。')).toEqual({
      'cases.total': 74,
    });
  });

  it('does not read two counts listed side by side as one', () => {
    expect(countsOf('行政复议2件、行政诉讼1件。')).toEqual({ 'review.total': 2, 'litigation.total': 1 });
  });
});

describe('narrative counts: numbers that are not counts', () => {
  it.each([
    ['a date', '本报告中所列数据统计期限自2022年1月1日起至2022年12月31日止，3月16日召开了座谈会。'],
    ['a document number', '根据《格式》（国办公开办函〔2021〕30号）和《条例》（国令第 711 号）编制。'],
    ['a phone number and postcode', '请与办公室联系（邮编：350400，电话：0591-23165385）。'],
    ['a percentage', '受理政府信息公开申请，办结率100%，申请数量较去年回落12.3%。'],
    ['a money amount', '全年收取信息处理费共计380元，其中民政局收取380元。'],
    ['an ordinal', '依照《条例》第二十条公开，第3件申请已答复。'],
    ['a count of something else', '全年发出催办提示 84 次，累计清理过期信息697条。'],
  ])('%s', (_kind, text) => {
    expect(countsOf(text)).toEqual({});
  });
});

describe('narrative counts: evidence', () => {
  it('keeps each count with its sentence, the first count of a key only', () => {
    const counts = readNarrativeCounts(['全年收到政府信息公开申请5件。', '后又收到政府信息公开申请6件。']);
    expect(counts).toEqual([{ key: 'applications.received.total', value: 5, sentence: '全年收到政府信息公开申请5件' }]);
  });
});
