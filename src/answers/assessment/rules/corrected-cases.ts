/**
 * CORRECTED_CASES: each administrative review or lawsuit about the township's disclosure
 * whose result was corrected (结果纠正, 纠错) costs `deductionPerCase`. Receiving no
 * applications at all costs nothing: it is not a failing of the township.
 */
import { describeCell } from '../../../reading/template/cell-labels';
import { CASE_GROUPS } from '../../../reading/template/report-data';
import { points } from '../parameters';
import { afterDeduction, formatPoints } from '../points';
import { RuleKind } from '../rule-kind';
import type { RuleDefinition } from '../rule';

export interface CorrectedCasesParameters {
  deductionPerCase: number;
}

export const correctedCases: RuleDefinition<CorrectedCasesParameters> = {
  kind: RuleKind.CORRECTED_CASES,
  description: '依申请公开办理：行政复议、行政诉讼结果被纠正（纠错）的，每件扣分；未收到申请不扣分',
  parameters: { deductionPerCase: points('每件被纠错扣分', 2) },
  cellPaths: () => CASE_GROUPS.map((group) => `${group}.corrected`),
  scorer:
    ({ deductionPerCase }, maxPoints) =>
    ({ report }) => {
      // A blank 结果纠正 states no corrected case.
      const counts = CASE_GROUPS.map((group) => ({ group, count: report.data[group]?.corrected ?? 0 }));
      const corrected = counts.filter(({ count }) => count > 0);
      if (!corrected.length) return { points: maxPoints, evidence: [{ text: '没有结果被纠正的行政复议、行政诉讼案件' }] };
      const total = corrected.reduce((sum, { count }) => sum + count, 0);
      const evidence = corrected.map(({ group, count }) => {
        const cell = describeCell(`${group}.corrected`, report.data.template);
        return { text: `${cell} ${count} 件，扣 ${formatPoints(count * deductionPerCase)} 分` };
      });
      return { points: afterDeduction(maxPoints, total * deductionPerCase), evidence };
    },
};
