/**
 * ARITHMETIC: every issue of severity `error` (勾稽关系 that do not hold, negative counts, a
 * carry-over that disagrees with last year) costs `deductionPerIssue`, unless an evaluator
 * dismissed it. Warnings (blank cells, prose that disagrees with a table) cost nothing here.
 */
import { deductPerIssue } from '../issue-deductions';
import { points } from '../parameters';
import { RuleKind } from '../rule-kind';
import type { RuleDefinition } from '../rule';

export interface ArithmeticParameters {
  deductionPerIssue: number;
}

export const arithmetic: RuleDefinition<ArithmeticParameters> = {
  kind: RuleKind.ARITHMETIC,
  description: '数据准确：每个未被复核排除的错误（勾稽关系不符等，严重程度为 error 的问题）扣分',
  parameters: { deductionPerIssue: points('每个错误扣分', 3) },
  scorer:
    ({ deductionPerIssue }, maxPoints) =>
    ({ report }) =>
      deductPerIssue(
        report.issues.filter((issue) => issue.issue.severity === 'error'),
        deductionPerIssue,
        maxPoints,
        '未发现勾稽关系等错误',
      ),
};
