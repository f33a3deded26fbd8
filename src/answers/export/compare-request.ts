import { RegionLevel } from '../../../entities';
import { CompareOp, ComparisonSpec, ConditionSpec, SortDirection, ValueOf } from '../analytics/compare/spec';
import { HubError } from '../../core/errors';
import { checkInputLength } from '../../core/input-length';
import { previewJson } from '../../core/json-text';

/**
 * The download endpoint's `input`: the same JSON as GraphQL's CompareInput. GraphQL checks
 * the shape of its input itself; here it arrives as text, so the shape is checked before
 * the engine sees it, with errors that quote the bad value.
 */
const OPS: readonly CompareOp[] = ['EQ', 'NE', 'GT', 'GTE', 'LT', 'LTE', 'IS_NULL', 'NOT_NULL'];
const DIRECTIONS: readonly SortDirection[] = ['ASC', 'DESC'];
const VALUES_OF: readonly ValueOf[] = ['VALUE', 'PREVIOUS', 'DELTA'];
const LEVELS: readonly RegionLevel[] = Object.values(RegionLevel);

function bad(field: string, value: unknown, expected: string): never {
  const quoted = previewJson(value);
  throw new HubError('BAD_USER_INPUT', `input.${field}「${quoted}」不是${expected}`, { field, value: quoted });
}

/** A string of the input, no longer than GraphQL's CompareInput takes it. */
function shortString(field: string, value: unknown, expected: string): string {
  return typeof value === 'string' ? checkInputLength(`input.${field}`, value) : bad(field, value, expected);
}

function strings(field: string, value: unknown): string[] {
  if (!Array.isArray(value)) bad(field, value, '字符串数组');
  return value.map((item: unknown, i) => shortString(`${field}[${i}]`, item, '字符串'));
}

function integers(field: string, value: unknown): number[] {
  if (!Array.isArray(value) || !value.every((item): item is number => Number.isInteger(item))) bad(field, value, '整数数组');
  return value;
}

function optional<T>(value: unknown, read: (value: unknown) => T): T | undefined {
  return value === undefined || value === null ? undefined : read(value);
}

function oneOf<T extends string>(field: string, allowed: readonly T[]) {
  return (value: unknown): T => (allowed.includes(value as T) ? (value as T) : bad(field, value, allowed.join('、') + ' 之一'));
}

function integer(field: string) {
  return (value: unknown): number => (Number.isInteger(value) ? (value as number) : bad(field, value, '整数'));
}

function record(field: string, value: unknown): Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) bad(field, value, '对象');
  return value as Record<string, unknown>;
}

function condition(value: unknown, index: number): ConditionSpec {
  const field = `where[${index}]`;
  const item = record(field, value);
  return {
    metric: shortString(`${field}.metric`, item.metric, '指标键'),
    op: oneOf(`${field}.op`, OPS)(item.op),
    value: optional(item.value, (v) => (typeof v === 'number' ? v : bad(`${field}.value`, v, '数值'))),
    years: optional(item.years, integer(`${field}.years`)),
    of: optional(item.of, oneOf(`${field}.of`, VALUES_OF)),
  };
}

export function parseCompareInput(text: string | null): ComparisonSpec {
  if (!text) throw new HubError('BAD_USER_INPUT', '缺少参数 input（与 GraphQL compare 的 CompareInput 相同的 JSON）');
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new HubError('BAD_USER_INPUT', `input 不是有效的 JSON（开头为「${text.slice(0, 20)}」）`);
  }
  const input = record('', json);
  const orderBy = optional(input.orderBy, (value) => record('orderBy', value));
  return {
    metrics: strings('metrics', input.metrics),
    years: integers('years', input.years),
    regionCode: shortString('regionCode', input.regionCode, '区划代码'),
    groupBy: optional(input.groupBy, oneOf('groupBy', LEVELS)),
    where: optional(input.where, (value) => (Array.isArray(value) ? value.map(condition) : bad('where', value, '条件数组'))),
    orderBy: orderBy && {
      metric: shortString('orderBy.metric', orderBy.metric, '指标键'),
      direction: optional(orderBy.direction, oneOf('orderBy.direction', DIRECTIONS)),
      of: optional(orderBy.of, oneOf('orderBy.of', VALUES_OF)),
    },
    includeMissing: optional(input.includeMissing, (value) =>
      typeof value === 'boolean' ? value : bad('includeMissing', value, 'true 或 false'),
    ),
  };
}
