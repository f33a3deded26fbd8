/**
 * The default rubric: the annual-report items of the assessments cities use (泉州市鲤城区 2020
 * deducts for a report filed or published late, missing required elements, or 雷同 with earlier
 * years or other units; 佳木斯市 and CASS reviews weigh the same), 50 points. Parameters are the
 * kinds' defaults.
 */
import type { CriterionInput } from './rubric';
import { RuleKind } from './rule-kind';

export const DEFAULT_CRITERIA: readonly CriterionInput[] = [
  { key: 'timeliness', label: '按时发布', maxPoints: 10, kind: RuleKind.ON_TIME },
  { key: 'completeness', label: '要素齐全', maxPoints: 10, kind: RuleKind.COMPLETENESS },
  { key: 'arithmetic', label: '数据准确', maxPoints: 10, kind: RuleKind.ARITHMETIC },
  { key: 'originality', label: '内容原创', maxPoints: 5, kind: RuleKind.ORIGINALITY },
  { key: 'disclosure', label: '主动公开与公开渠道', maxPoints: 10, kind: RuleKind.PERCENTILE },
  { key: 'applications', label: '依申请公开办理', maxPoints: 5, kind: RuleKind.CORRECTED_CASES },
];
