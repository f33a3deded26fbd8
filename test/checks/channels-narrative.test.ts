import type { NarrativeCount } from '../../src/reading/template/report-data';
import { buildReport, issuesOf, setCells } from './builder';

const RULE = 'channels.narrative';

const websiteSentence = '通过政府网站公开政府信息131条';

function withWebsite(source: 'table' | 'narrative', narrative: NarrativeCount[]) {
  const data = setCells(buildReport('2019'), { 'channels.website': 130 });
  data.countSources = { 'channels.website': { source, text: '2.政府网站公开政府信息数' } };
  data.narrativeCounts = narrative;
  return data;
}

describe('channels.narrative', () => {
  it('passes when the table and the narrative agree', () => {
    const data = withWebsite('table', [{ key: 'channels.website', value: 130, sentence: '通过政府网站公开政府信息130条' }]);
    expect(issuesOf(data, RULE)).toEqual([]);
  });

  it('reports a channel count the narrative states differently', () => {
    const data = withWebsite('table', [{ key: 'channels.website', value: 131, sentence: websiteSentence }]);
    expect(issuesOf(data, RULE)).toEqual([
      {
        rule: RULE,
        severity: 'warning',
        message: `公开平台建设和信息发布情况“政府网站公开政府信息数”：表格为 130，正文为 131（“${websiteSentence}”）`,
        cells: ['channels.website'],
      },
    ]);
  });

  it('does not compare a channel count that was itself read from the narrative', () => {
    const data = withWebsite('narrative', [{ key: 'channels.website', value: 131, sentence: websiteSentence }]);
    expect(issuesOf(data, RULE)).toEqual([]);
  });

  it('leaves table-3 and table-2 cells stated in the narrative to the narrative.* rules', () => {
    const data = setCells(buildReport('2021'), {
      'applications.newReceived.total': 21,
      'activeDisclosure.normativeDocuments.valid': 698,
    });
    data.narrativeCounts = [
      { key: 'applications.newReceived.total', value: 20, sentence: '全年共受理政府信息公开申请20件' },
      { key: 'activeDisclosure.normativeDocuments.valid', value: 698, sentence: '现行有效规范性文件698件' },
    ];
    expect(issuesOf(data, RULE)).toEqual([]);
    const [issue, ...rest] = issuesOf(data, 'narrative.applications');
    expect(rest).toEqual([]);
    expect(issue.cells).toEqual(['applications.newReceived.total']);
    expect(issue.message).toBe(
      '表三 收到和处理政府信息公开申请情况“一、本年新收政府信息公开申请数量”行“总计”列：表格为 21，正文为 20（“全年共受理政府信息公开申请20件”）',
    );
    expect(issuesOf(data, 'narrative.disclosure')).toEqual([]);
  });

  it('skips a count whose table cell is blank', () => {
    const data = withWebsite('table', [{ key: 'channels.website', value: 131, sentence: websiteSentence }]);
    setCells(data, { 'channels.website': null });
    expect(issuesOf(data, RULE)).toEqual([]);
  });
});
