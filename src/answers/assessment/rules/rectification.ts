/**
 * RECTIFICATION: each rectification notice of the township's report that was not accepted
 * (nor archived) by its due date costs `deductionPerNotice`: one still open after it, or one
 * accepted late. Whether it is late is decided on the day the assessment is computed.
 */
import { afterDeduction, formatPoints } from '../points';
import { points } from '../parameters';
import { RuleKind } from '../rule-kind';
import type { RuleDefinition, Score } from '../rule';
import type { NoticeStanding } from '../subject';

export interface RectificationParameters {
  deductionPerNotice: number;
}

function score(notices: readonly NoticeStanding[], deductionPerNotice: number, maxPoints: number): Score {
  const late = notices.filter((notice) => notice.missedDueDate);
  if (!late.length)
    return { points: maxPoints, evidence: [{ text: notices.length ? `${notices.length} 份整改通知均按期通过` : '无整改通知' }] };
  return {
    points: afterDeduction(maxPoints, late.length * deductionPerNotice),
    evidence: late.map((notice) => ({
      text: `整改通知 ${notice.id} 未在 ${notice.dueDate} 前整改通过，扣 ${formatPoints(deductionPerNotice)} 分`,
    })),
  };
}

export const rectification: RuleDefinition<RectificationParameters> = {
  kind: RuleKind.RECTIFICATION,
  description: '整改落实：每份未在期限内整改通过（或归档）的整改通知扣分',
  parameters: { deductionPerNotice: points('每份逾期整改通知扣分', 2) },
  scorer:
    ({ deductionPerNotice }, maxPoints) =>
    ({ notices }) =>
      score(notices ?? [], deductionPerNotice, maxPoints),
};
