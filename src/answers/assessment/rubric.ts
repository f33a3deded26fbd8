/**
 * A rubric as data: criteria, each with its maximum points, its rule kind and the kind's
 * parameters. Criteria are checked as a whole before a version is stored, and every error
 * names the field (`criteria[2].parameters.threshold`).
 */
import { HubError } from '../../core/errors';
import { previewJson } from '../../core/json-text';
import { RULE_KINDS, RuleKind } from './rule-kind';
import { Parameters, ruleOf } from './rules';

export interface CriterionSpec {
  key: string;
  label: string;
  maxPoints: number;
  kind: RuleKind;
  /** Complete: every parameter of the kind, defaults filled in. */
  parameters: Parameters;
}

export interface RubricSpec {
  regionCode: string;
  year: number;
  version: number;
  criteria: CriterionSpec[];
}

/** A criterion as an editor writes it: parameters left out take the kind's defaults. */
export type CriterionInput = Omit<CriterionSpec, 'parameters'> & { parameters?: Parameters | null };

const KEY = /^[a-z][A-Za-z0-9]{0,39}$/;
const MAX_LABEL = 100;
const MAX_POINTS = 1000;

function bad(field: string, message: string, value: unknown): HubError {
  const quoted = previewJson(value);
  return new HubError('BAD_USER_INPUT', `${field}：${message}（收到 ${quoted}）`, { field, value: quoted });
}

function checkCriterion(input: CriterionInput, at: string, seen: Set<string>): CriterionSpec {
  if (!KEY.test(input.key)) throw bad(`${at}.key`, '须以小写字母开头，由字母和数字组成，至多 40 个字符', input.key);
  if (seen.has(input.key)) throw bad(`${at}.key`, '与前面的标准重复', input.key);
  seen.add(input.key);
  const label = input.label.trim();
  if (!label || label.length > MAX_LABEL) throw bad(`${at}.label`, `须为 1–${MAX_LABEL} 个字符`, input.label);
  if (!Number.isFinite(input.maxPoints) || input.maxPoints <= 0 || input.maxPoints > MAX_POINTS) {
    throw bad(`${at}.maxPoints`, `须为大于 0、不超过 ${MAX_POINTS} 的分值`, input.maxPoints);
  }
  if (!RULE_KINDS.includes(input.kind)) throw bad(`${at}.kind`, `须为 ${RULE_KINDS.join('、')} 之一`, input.kind);
  const parameters = ruleOf(input.kind).parse(input.parameters ?? {}, `${at}.parameters`);
  return { key: input.key, label, maxPoints: input.maxPoints, kind: input.kind, parameters };
}

export function checkCriteria(inputs: readonly CriterionInput[]): CriterionSpec[] {
  if (!inputs.length) throw bad('criteria', '至少须有一项考核标准', inputs);
  const seen = new Set<string>();
  return inputs.map((input, i) => checkCriterion(input, `criteria[${i}]`, seen));
}
