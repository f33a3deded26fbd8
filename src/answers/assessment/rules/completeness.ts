/**
 * COMPLETENESS: the three narrative sections and tables 2, 3 and 4 must all be there. Each
 * part the `report.sections` check found missing costs `deductionPerPart`, unless an
 * evaluator dismissed that finding.
 */
import { deductPerIssue } from '../issue-deductions';
import { points } from '../parameters';
import { RuleKind } from '../rule-kind';
import type { RuleDefinition } from '../rule';

export interface CompletenessParameters {
  deductionPerPart: number;
}

export const completeness: RuleDefinition<CompletenessParameters> = {
  kind: RuleKind.COMPLETENESS,
  description: '要素齐全：总体情况、存在的主要问题及改进情况、其他需要报告的事项三部分和表二、表三、表四齐全；每缺一项扣分',
  parameters: { deductionPerPart: points('每缺一项扣分', 2) },
  scorer:
    ({ deductionPerPart }, maxPoints) =>
    ({ report }) =>
      deductPerIssue(
        report.issues.filter((issue) => issue.issue.rule === 'report.sections'),
        deductionPerPart,
        maxPoints,
        '三部分叙述和表二、表三、表四齐全',
      ),
};
