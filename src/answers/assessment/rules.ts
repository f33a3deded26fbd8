/** Every rule kind's definition, by kind. */
import { describeSchema, parseParameters } from './parameters';
import type { RegionContext, RuleDefinition, Scorer } from './rule';
import { RuleKind } from './rule-kind';
import { arithmetic } from './rules/arithmetic';
import { changedAfterDeadline } from './rules/changed-after-deadline';
import { completeness } from './rules/completeness';
import { correctedCases } from './rules/corrected-cases';
import { onTime } from './rules/on-time';
import { originality } from './rules/originality';
import { percentileRule } from './rules/percentile';
import { rectification } from './rules/rectification';

export type Parameters = Record<string, unknown>;

/** A rule definition with its parameter type erased: parameters are checked where they enter. */
export interface KindRule {
  description: string;
  /** Each parameter, its meaning and default, in Chinese. */
  parameterDocs: string;
  /** The parameters checked against the kind's schema, defaults filled in; `at` names them in errors. */
  parse(raw: unknown, at: string): Parameters;
  /** RuleDefinition.cellPaths, none when the rule reads no cell. */
  cellPaths(parameters: Parameters): string[];
  scorer(parameters: Parameters, maxPoints: number, region: RegionContext): Scorer;
}

function erase<P>(rule: RuleDefinition<P>): KindRule {
  return {
    description: rule.description,
    parameterDocs: describeSchema(rule.parameters),
    parse: (raw, at) => parseParameters(rule.parameters, raw, at) as Parameters,
    cellPaths: (parameters) => rule.cellPaths?.(parseParameters(rule.parameters, parameters, 'parameters')) ?? [],
    scorer: (parameters, maxPoints, region) => rule.scorer(parseParameters(rule.parameters, parameters, 'parameters'), maxPoints, region),
  };
}

export function ruleOf(kind: RuleKind): KindRule {
  switch (kind) {
    case RuleKind.ON_TIME:
      return erase(onTime);
    case RuleKind.COMPLETENESS:
      return erase(completeness);
    case RuleKind.ARITHMETIC:
      return erase(arithmetic);
    case RuleKind.ORIGINALITY:
      return erase(originality);
    case RuleKind.PERCENTILE:
      return erase(percentileRule);
    case RuleKind.CORRECTED_CASES:
      return erase(correctedCases);
    case RuleKind.CHANGED_AFTER_DEADLINE:
      return erase(changedAfterDeadline);
    case RuleKind.RECTIFICATION:
      return erase(rectification);
    default: {
      const unknown: never = kind;
      throw new Error(`unknown rule kind ${String(unknown)}`);
    }
  }
}
