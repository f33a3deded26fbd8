import { APPLICANT_COLUMNS, APPLICATION_ROW_PATHS } from '../../src/reading/template/report-data';
import { applicationRowLabel, describeCell, isApplicationRowPath } from '../../src/reading/template/cell-labels';

describe('labels-zh', () => {
  it('labels every table-3 row with the template’s words', () => {
    const labels = APPLICATION_ROW_PATHS.map((path) => (isApplicationRowPath(path) ? applicationRowLabel(path) : path));
    expect(new Set(labels).size).toBe(APPLICATION_ROW_PATHS.length);
    expect(labels).toContain('（四）无法提供 3.补正后申请内容仍不明确');
    expect(labels).toContain('（六）其他处理');
    expect(labels).toContain('（六）其他处理 3.其他');
  });

  it('describes a cell of any table by table, row and column', () => {
    expect(describeCell('applications.denied.stateSecret.natural', '2019')).toBe(
      '表三 收到和处理政府信息公开申请情况“（三）不予公开 1.属于国家秘密”行“自然人”列',
    );
    expect(describeCell('litigationAfterReview.pending', '2021')).toBe('表四 行政复议、行政诉讼情况“行政诉讼—复议后起诉”行“尚未审结”列');
    expect(describeCell('responses.interpretations', '2019')).toBe('公开平台建设和信息发布情况“政策解读稿件发布数”');
    expect(APPLICANT_COLUMNS.map((col) => describeCell(`applications.newReceived.${col}`, '2021'))).not.toContain(
      expect.stringContaining('applications.'),
    );
  });

  it('words table 2 as the report’s template does', () => {
    expect(describeCell('activeDisclosure.normativeDocuments.made', '2019')).toBe(
      '表二 主动公开政府信息情况 第二十条第（一）项“规范性文件”行“本年新制作数量”列',
    );
    expect(describeCell('activeDisclosure.normativeDocuments.made', '2021')).toBe(
      '表二 主动公开政府信息情况 第二十条第（一）项“行政规范性文件”行“本年制发件数”列',
    );
  });

  it('returns a path it does not know as it is', () => {
    expect(describeCell('applications.nonsense.natural', '2021')).toBe('applications.nonsense.natural');
    expect(describeCell('review.total.extra', '2021')).toBe('review.total.extra');
    expect(describeCell('sections.overview', '2021')).toBe('sections.overview');
  });
});
