import { HubError } from './errors';

/** Reports exist from 2008 (the 条例 took effect) to the year that just ended or is running. */
export function checkYear(year: number, now: Date = new Date()): number {
  const last = now.getUTCFullYear();
  if (!Number.isInteger(year) || year < 2008 || year > last) {
    throw new HubError('YEAR_OUT_OF_RANGE', `年度 ${year} 不在 2008–${last} 之间`, { year, min: 2008, max: last });
  }
  return year;
}
