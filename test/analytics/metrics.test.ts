import { BASE_METRICS } from '../../src/answers/analytics/metrics/base-metrics';
import { DERIVED_METRICS } from '../../src/answers/analytics/metrics/derived-metrics';
import { formulaOf, isSummable } from '../../src/answers/analytics/metrics/metric';
import { METRICS, requireMetric } from '../../src/answers/analytics/metrics/registry';
import { generateReport } from '../../src/generator/generate-report';
import { TEMPLATE_VERSIONS, type ReportData, type TemplateVersion } from '../../src/reading/template/report-data';
import { VALUE_CELLS, valueCellColumn } from '../../src/storage/db/report-values-layout';
import { thrownBy } from '../support/matchers';

const TABLES = ['activeDisclosure', 'applications', 'review', 'litigationDirect', 'litigationAfterReview'] as const;

/** The path of every cell a report holds under `roots`. */
function cellPaths(data: ReportData, roots: readonly string[]): string[] {
  const paths: string[] = [];
  const walk = (value: unknown, at: string) => {
    if (value !== null && typeof value === 'object') for (const [key, inner] of Object.entries(value)) walk(inner, `${at}.${key}`);
    else paths.push(at);
  };
  for (const root of roots) walk((data as unknown as Record<string, unknown>)[root], root);
  return paths;
}

const report = (template: TemplateVersion) =>
  generateReport({ organization: '丈亭镇人民政府', year: 2021, template, seed: `metrics-${template}` });
const metric = (key: string) => METRICS.find((m) => m.key === key)!;

describe('the metric registry', () => {
  it('reads each base metric from a column of the read model, and the read model holds no cell that is not one', () => {
    const columns = BASE_METRICS.map(({ aggregation }) => {
      if (aggregation.kind !== 'sum' || aggregation.formula.kind !== 'cell') throw new Error('a base metric is a cell');
      const { table, key, column } = aggregation.formula.source;
      return valueCellColumn(table, key, column);
    });
    expect(columns.sort()).toEqual(VALUE_CELLS.map((cell) => cell.column).sort());
  });

  it.each(TEMPLATE_VERSIONS)('has every cell of a %s report, and only the cells that template has, as a metric', (template) => {
    const data = report(template);
    const cells = cellPaths(data, TABLES);
    const carried = BASE_METRICS.filter((m) => m.templates.includes(template) && TABLES.some((table) => m.key.startsWith(`${table}.`)));
    expect(carried.map((m) => m.key).sort()).toEqual([...cells].sort());
    for (const path of cellPaths(data, ['channels', 'responses'])) expect(metric(path)?.templates).toContain(template);
  });

  it('keys every metric once', () => {
    expect(new Set(METRICS.map((m) => m.key)).size).toBe(METRICS.length);
    expect(METRICS).toHaveLength(BASE_METRICS.length + DERIVED_METRICS.length);
  });

  it('names each cell in the template’s words, with its unit', () => {
    expect(metric('channels.wechat')).toMatchObject({ label: '政务微信公开政府信息数', unit: '条', templates: ['2019', '2021'] });
    expect(metric('responses.interpretations')).toMatchObject({ unit: '篇' });
    expect(metric('applications.newReceived.total')).toMatchObject({ label: '一、本年新收政府信息公开申请数量·总计', unit: '件' });
    expect(metric('applications.newReceived.total').description).toContain('表三');
    expect(metric('applications.denied.stateSecret.natural').label).toBe('（三）不予公开 1.属于国家秘密·自然人');
    expect(metric('applications.otherHandling.overdueFee.total').templates).toEqual(['2021']);
    expect(metric('applications.otherHandling.total.total').templates).toEqual(['2019', '2021']);
    expect(metric('activeDisclosure.fees.amount')).toMatchObject({ unit: '万元', templates: ['2021'] });
    expect(metric('activeDisclosure.procurement.amount')).toMatchObject({
      label: '政府集中采购·采购总金额',
      unit: '元',
      templates: ['2019'],
    });
    expect(metric('activeDisclosure.licensing.decisions')).toMatchObject({
      label: '行政许可·本年处理决定数量',
      templates: ['2019', '2021'],
    });
    expect(metric('litigationDirect.corrected').label).toBe('行政诉讼（未经复议直接起诉）·结果纠正');
    for (const m of METRICS)
      expect([m.key, m.label.length > 0, m.unit.length > 0, /[\u4e00-\u9fff]/.test(m.description)]).toEqual([m.key, true, true, true]);
  });

  it('defines derived metrics by formula: counts add up, ratios are recomputed', () => {
    expect(formulaOf(metric('derived.disclosureRate'))).toBe(
      '(applications.granted.total + applications.partiallyGranted.total) / applications.totalProcessed.total',
    );
    expect(formulaOf(metric('derived.reviewCorrectionRate'))).toBe('review.corrected / (review.total − review.pending)');
    expect(formulaOf(metric('channels.wechat'))).toBeNull();
    const summable = Object.fromEntries(DERIVED_METRICS.map((m) => [m.key, isSummable(m)]));
    expect(summable).toEqual({
      'derived.newReceivedTotal': true,
      'derived.applicationsHandled': true,
      'derived.disclosureRate': false,
      'derived.reviewCorrectionRate': false,
      'derived.issueCount': true,
      'derived.issueCount.error': true,
      'derived.issueCount.warning': true,
      'derived.issueCount.info': true,
      'derived.reportCount': true,
    });
    expect(BASE_METRICS.every(isSummable)).toBe(true);
    expect(metric('derived.disclosureRate')).toMatchObject({ unit: '比率', templates: ['2019', '2021'] });
  });

  it.each([
    ['applications.newRecieved.total', 'applications.newReceived.total'],
    ['applications.newReceived.total; DROP TABLE reports', 'applications.newReceived.total'],
    ['Channels.WeChat', 'channels.wechat'],
    ['channels.wechat ', 'channels.wechat'],
    ['derived.issueCount.errr', 'derived.issueCount.error'],
    ['review.corected', 'review.corrected'],
  ])('rejects the unknown key %j, suggesting %s', (key, suggestion) => {
    expect(thrownBy(() => requireMetric(key))).toEqual(
      expect.objectContaining({ code: 'UNKNOWN_METRIC', details: { metric: key, suggestion } }),
    );
    expect(() => requireMetric(key)).toThrow(`指标「${key}」不存在，是否要找「${suggestion}」？`);
  });
});
