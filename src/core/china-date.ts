/**
 * Calendar days as the townships live them: China Standard Time (UTC+8, no daylight saving),
 * written YYYY-MM-DD so that text order is date order on every database.
 */
import { HubError } from './errors';

const CHINA_OFFSET_MS = 8 * 60 * 60 * 1000;

/** The day it is in China at `now`. */
export function chinaDay(now: Date = new Date()): string {
  return new Date(now.getTime() + CHINA_OFFSET_MS).toISOString().slice(0, 10);
}

/** A real calendar date in YYYY-MM-DD, or a typed error naming the value. */
export function checkDate(value: string, field: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  const date = match ? new Date(Date.UTC(+match[1], +match[2] - 1, +match[3])) : null;
  if (!date || date.toISOString().slice(0, 10) !== value) {
    throw new HubError('BAD_USER_INPUT', `${field}「${value}」不是有效的日期（YYYY-MM-DD）`, { [field]: value });
  }
  return value;
}
