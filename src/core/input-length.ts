import { HubError } from './errors';

/**
 * The longest string an input takes where nothing longer is declared: longer than any code,
 * key or name the hub stores (names are 100 characters in their columns).
 */
export const DEFAULT_MAX_INPUT_LENGTH = 100;

/** A string input past its maximum length, refused before anything reads it: the error names the field and the limit. */
export function inputTooLong(field: string, limit: number, actual: number): HubError {
  return new HubError('BAD_USER_INPUT', `「${field}」最长 ${limit} 个字符，收到 ${actual} 个字符`, { field, limit, actual });
}

/** `value` when it is at most `limit` characters long, else BAD_USER_INPUT naming the field. */
export function checkInputLength(field: string, value: string, limit = DEFAULT_MAX_INPUT_LENGTH): string {
  if (value.length > limit) throw inputTooLong(field, limit, value.length);
  return value;
}
