/**
 * Metrics computed from base metrics, each defined once by its formula. Whether a derived
 * metric adds up the region tree follows from its formula: counts do, ratios are recomputed
 * from their summed parts.
 */
import { APPLICANT_PARTS, TEMPLATE_VERSIONS, type Severity, type TemplateVersion } from '../../../reading/template/report-data';
import { BASE_METRICS } from './base-metrics';
import { aggregationParts, aggregationText, cellKeys, type Aggregation, type RowFormula } from './formula';
import type { Metric } from './metric';

export const NEW_RECEIVED_TOTAL = 'derived.newReceivedTotal';
export const REPORT_COUNT = 'derived.reportCount';

const BASE_BY_KEY = new Map(BASE_METRICS.map((metric) => [metric.key, metric]));

/** A base metric as an operand; a misspelt key fails when the module loads, not at query time. */
function cell(key: string): RowFormula {
  const metric = BASE_BY_KEY.get(key);
  if (!metric || metric.aggregation.kind !== 'sum') throw new Error(`derived metric operand ${key} is not a base metric`);
  return metric.aggregation.formula;
}

const sum = (...terms: RowFormula[]): RowFormula => ({ kind: 'sum', terms });
const difference = (minuend: RowFormula, subtrahend: RowFormula): RowFormula => ({ kind: 'difference', minuend, subtrahend });
const counted = (formula: RowFormula): Aggregation => ({ kind: 'sum', formula });
const ratio = (numerator: RowFormula, denominator: RowFormula): Aggregation => ({ kind: 'ratio', numerator, denominator });

/** The templates whose reports carry every cell the formula reads. */
function templatesOf(aggregation: Aggregation): TemplateVersion[] {
  const keys = aggregationParts(aggregation).flatMap(cellKeys);
  return TEMPLATE_VERSIONS.filter((template) => keys.every((key) => BASE_BY_KEY.get(key)!.templates.includes(template)));
}

interface DerivedWording {
  label: string;
  unit: string;
  /** What it means; the formula is appended. */
  meaning: string;
}

function derived(key: string, wording: DerivedWording, aggregation: Aggregation): Metric {
  const { label, unit, meaning } = wording;
  const description = `${meaning}。公式：${aggregationText(aggregation)}`;
  return { key, label, unit, description, templates: templatesOf(aggregation), aggregation };
}

const SEVERITY_WORDS: Record<Severity, string> = { error: '错误', warning: '警告', info: '提示' };

function issueCountMetrics(): Metric[] {
  const all = derived(
    'derived.issueCount',
    { label: '问题数', unit: '个', meaning: '报告违反勾稽关系等规则的问题条数（各严重程度合计）' },
    counted({ kind: 'issueCount', severity: null }),
  );
  const bySeverity = (Object.keys(SEVERITY_WORDS) as Severity[]).map((severity) =>
    derived(
      `derived.issueCount.${severity}`,
      { label: `${SEVERITY_WORDS[severity]}数`, unit: '个', meaning: `报告中严重程度为“${SEVERITY_WORDS[severity]}”的问题条数` },
      counted({ kind: 'issueCount', severity }),
    ),
  );
  return [all, ...bySeverity];
}

export const DERIVED_METRICS: readonly Metric[] = [
  derived(
    NEW_RECEIVED_TOTAL,
    {
      label: '本年新收政府信息公开申请数量',
      unit: '件',
      meaning: '本年新收申请的总计；总计空白时取各申请人列之和，整行空白时为空',
    },
    counted({
      kind: 'statedElseParts',
      stated: cell('applications.newReceived.total'),
      parts: APPLICANT_PARTS.map((column) => cell(`applications.newReceived.${column}`)),
    }),
  ),
  derived(
    'derived.applicationsHandled',
    { label: '本年应办理申请数', unit: '件', meaning: '本年新收与上年结转之和（总计列）' },
    counted(sum(cell('applications.newReceived.total'), cell('applications.carriedOver.total'))),
  ),
  derived(
    'derived.disclosureRate',
    { label: '申请公开率', unit: '比率', meaning: '予以公开与部分公开之和占办理结果总计的比例（总计列）' },
    ratio(sum(cell('applications.granted.total'), cell('applications.partiallyGranted.total')), cell('applications.totalProcessed.total')),
  ),
  derived(
    'derived.reviewCorrectionRate',
    { label: '行政复议纠错率', unit: '比率', meaning: '行政复议结果纠正数占已审结数（总计减尚未审结）的比例' },
    ratio(cell('review.corrected'), difference(cell('review.total'), cell('review.pending'))),
  ),
  ...issueCountMetrics(),
  derived(
    REPORT_COUNT,
    { label: '报告数', unit: '份', meaning: '已提交年度报告的乡镇数（一个乡镇一年一份）' },
    counted({ kind: 'reportCount' }),
  ),
];
