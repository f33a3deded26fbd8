/**
 * Typed schemas for rule parameters. A criterion's parameters are stored as JSON because
 * each rule kind has its own; the kind's schema checks them field by field before they are
 * stored, fills in defaults, and rejects anything else with an error naming the field.
 */
import { HubError } from '../../core/errors';
import { previewJson } from '../../core/json-text';

export type Checked<T> = { value: T } | { problem: string };

export interface ParameterSpec<T> {
  /** Chinese, for the schema's documentation. */
  description: string;
  defaultValue: T;
  check(value: unknown): Checked<T>;
}

export type ParameterSchema<P> = { [K in keyof P]: ParameterSpec<P[K]> };

const isNumber = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value);

/** Points to deduct: a number of at least 0. */
export function points(description: string, defaultValue: number): ParameterSpec<number> {
  return {
    description,
    defaultValue,
    check: (value) => (isNumber(value) && value >= 0 ? { value } : { problem: '须为不小于 0 的分值' }),
  };
}

/** A whole number of days, at least 1. */
export function days(description: string, defaultValue: number): ParameterSpec<number> {
  return {
    description,
    defaultValue,
    check: (value) =>
      Number.isInteger(value) && (value as number) >= 1 ? { value: value as number } : { problem: '须为不小于 1 的整数天数' },
  };
}

/** A share strictly between 0 and 1. */
export function fraction(description: string, defaultValue: number): ParameterSpec<number> {
  return {
    description,
    defaultValue,
    check: (value) => (isNumber(value) && value > 0 && value < 1 ? { value } : { problem: '须为大于 0、小于 1 的数' }),
  };
}

/** A non-empty list of distinct choices. */
export function choices<T extends string>(allowed: readonly T[], description: string, defaultValue: T[]): ParameterSpec<T[]> {
  const isChoice = (item: unknown): item is T => (allowed as readonly unknown[]).includes(item);
  return {
    description,
    defaultValue,
    check: (value) =>
      Array.isArray(value) && value.length > 0 && value.every(isChoice) && new Set(value).size === value.length
        ? { value }
        : { problem: `须为不重复的取值列表，可选：${allowed.join('、')}` },
  };
}

function badParameter(field: string, message: string, value?: unknown): HubError {
  return new HubError('BAD_USER_INPUT', `${field}：${message}`, value === undefined ? { field } : { field, value });
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Parameters checked against a schema, with defaults for those not given. `at` names the
 * parameters in errors, e.g. `criteria[3].parameters`.
 */
export function parseParameters<P>(schema: ParameterSchema<P>, raw: unknown, at: string): P {
  if (!isRecord(raw)) throw badParameter(at, '须为对象');
  const names = Object.keys(schema) as (keyof P & string)[];
  const unknown = Object.keys(raw).find((name) => !(names as string[]).includes(name));
  if (unknown !== undefined) throw badParameter(`${at}.${unknown}`, `不是该规则的参数（可用：${names.join('、')}）`);
  const parsed = {} as P;
  for (const name of names) {
    const spec = schema[name];
    if (raw[name] === undefined) {
      parsed[name] = spec.defaultValue;
      continue;
    }
    const checked = spec.check(raw[name]);
    if ('problem' in checked)
      throw badParameter(`${at}.${name}`, `${checked.problem}（收到 ${previewJson(raw[name])}）`, previewJson(raw[name]));
    parsed[name] = checked.value;
  }
  return parsed;
}

/** `lateDeduction（逾期扣分，默认 5）` for every parameter: the schema in words. */
export function describeSchema<P>(schema: ParameterSchema<P>): string {
  return (Object.keys(schema) as (keyof P & string)[])
    .map((name) => `${name}（${schema[name].description}，默认 ${JSON.stringify(schema[name].defaultValue)}）`)
    .join('；');
}
