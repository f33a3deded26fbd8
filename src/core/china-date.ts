/**
 * Calendar days as the townships live them: China Standard Time (UTC+8, no daylight saving),
 * written YYYY-MM-DD so that text order is date order on every database.
 */
import { HubError } from './errors';
import { quoteInput } from './quote-input';

const CHINA_OFFSET_MS = 8 * 60 * 60 * 1000;

/** The day it is in China at `now`. */
export function chinaDay(now: Date = new Date()): string {
  return new Date(now.getTime() + CHINA_OFFSET_MS).toISOString().slice(0, 10);
}

/** A real calendar day written YYYY-MM-DD, or BAD_USER_INPUT naming `field` and the value. */
export function checkDay(value: string, field: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  const day = new Date(`${value}T00:00:00Z`);
  const real = match !== null && !Number.isNaN(day.getTime()) && day.toISOString().startsWith(value);
  if (!real) throw new HubError('BAD_USER_INPUT', `${field}：「${quoteInput(value)}」不是 YYYY-MM-DD 格式的日期`, { field, value });
  return value;
}
