import { buildReport, issuesOf, setCells, withNarrative } from './builder';

const RULE = 'narrative.disclosure';

describe('narrative.disclosure', () => {
  const pingtan = () =>
    setCells(buildReport('2021'), {
      'activeDisclosure.normativeDocuments.made': 88,
      'activeDisclosure.normativeDocuments.repealed': 55,
      'activeDisclosure.normativeDocuments.valid': 698,
    });
  const sentence = '集中公开现行有效行政规范性文件698件，动态更新本年度制发的规范性文件88件';

  it('passes documents made and valid as the table states them (平潭 2022)', () => {
    const data = withNarrative(pingtan(), [
      ['activeDisclosure.normativeDocuments.valid', 698, sentence],
      ['activeDisclosure.normativeDocuments.made', 88, sentence],
    ]);
    expect(issuesOf(data, RULE)).toEqual([]);
  });

  it('reports a count the table states differently, in the words of the report’s template', () => {
    const data = withNarrative(pingtan(), [['activeDisclosure.normativeDocuments.made', 90, '制发规范性文件90件']]);
    expect(issuesOf(data, RULE)).toEqual([
      {
        rule: RULE,
        severity: 'warning',
        message:
          '表二 主动公开政府信息情况 第二十条第（一）项“行政规范性文件”行“本年制发件数”列：' +
          '表格为 88，正文为 90（“制发规范性文件90件”）',
        cells: ['activeDisclosure.normativeDocuments.made'],
      },
    ]);
  });

  it('compares 2019’s 本年新公开数量 and skips a column the template lacks', () => {
    const data = setCells(buildReport('2019'), { 'activeDisclosure.regulations.published': 13 });
    withNarrative(data, [
      ['activeDisclosure.regulations.published', 12, '主动公开规章12件'],
      ['activeDisclosure.normativeDocuments.valid', 698, '现行有效规范性文件698件'],
    ]);
    expect(issuesOf(data, RULE).map((issue) => issue.message)).toEqual([
      '表二 主动公开政府信息情况 第二十条第（一）项“规章”行“本年新公开数量”列：表格为 13，正文为 12（“主动公开规章12件”）',
    ]);
  });

  it('skips a blank cell', () => {
    const data = setCells(buildReport('2021'), { 'activeDisclosure.punishment.decisions': null });
    withNarrative(data, [['activeDisclosure.punishment.decisions', 2113, '作出行政处罚决定2113件']]);
    expect(issuesOf(data, RULE)).toEqual([]);
  });
});
