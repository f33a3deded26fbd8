/** How a criterion's points are computed. Every kind has its own file under rules/. */
export enum RuleKind {
  ON_TIME = 'ON_TIME',
  COMPLETENESS = 'COMPLETENESS',
  ARITHMETIC = 'ARITHMETIC',
  ORIGINALITY = 'ORIGINALITY',
  PERCENTILE = 'PERCENTILE',
  CORRECTED_CASES = 'CORRECTED_CASES',
  CHANGED_AFTER_DEADLINE = 'CHANGED_AFTER_DEADLINE',
  RECTIFICATION = 'RECTIFICATION',
}

export const RULE_KINDS: readonly RuleKind[] = Object.values(RuleKind);
