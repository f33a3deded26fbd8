import { HubError } from '../../src/core/errors';
import { readReport } from '../../src/reading/read-report';
import { parseText } from './helpers';

function errorOf(run: () => unknown): HubError {
  try {
    run();
  } catch (error) {
    if (error instanceof HubError) return error;
    throw error;
  }
  throw new Error('expected a HubError');
}

const NEWS = `余姚市举办乡村文化节

本报讯 10月12日，余姚市首届乡村文化节在丈亭镇开幕，来自全市21个乡镇（街道）的文艺团队带来了40余个节目。

活动持续三天，吸引游客约2万人次。`;

describe('readReport errors', () => {
  it.each(['', '   \n\r\n\t\n', '\uFEFF'])('EMPTY_DOCUMENT for %j', (text) => {
    const error = errorOf(() => parseText(text));
    expect(error.code).toBe('EMPTY_DOCUMENT');
    expect(error.message).toMatch(/[\u4e00-\u9fff]/);
  });

  it('EMPTY_DOCUMENT for no blocks', () => {
    expect(errorOf(() => readReport([])).code).toBe('EMPTY_DOCUMENT');
  });

  it('NOT_A_REPORT for a news article', () => {
    const error = errorOf(() => parseText(NEWS));
    expect(error.code).toBe('NOT_A_REPORT');
    expect(error.message).toContain('政府信息公开工作年度报告');
  });

  it('NOT_A_REPORT for an unrelated table', () => {
    expect(errorOf(() => parseText('价目表\n\n\t苹果\n\t5\n\n\t梨\n\t3\n')).code).toBe('NOT_A_REPORT');
  });

  it('a titled report without tables is a report with missing-table issues', () => {
    const report = parseText('2019年某镇人民政府信息公开工作年度报告\n\n一、总体情况\n\n概述。');
    expect(report.issues.map((issue) => issue.rule)).toEqual(Array(3).fill('parse.missingTable'));
  });
});
