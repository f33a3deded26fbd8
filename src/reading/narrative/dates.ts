/** Dates as reports write them: 2020年01月20日, 2020年1月20日, 2020-01-20, 二〇二〇年一月二十日. */
import { chineseNumber, digitByDigit } from './chinese-numerals';

const ARABIC_DATE = /((?:19|20)\d{2})\s*[年\-/.]\s*(\d{1,2})\s*[月\-/.]\s*(\d{1,2})\s*日?/;
const CHINESE_DATE = /([〇○零一二三四五六七八九]{4})\s*年\s*([一二三四五六七八九十]{1,3})\s*月\s*([一二三四五六七八九十]{1,3})\s*日/;

/** A date as written and as YYYY-MM-DD (null when impossible, e.g. 2月30日). */
export interface DateMatch {
  written: string;
  iso: string | null;
}

/** The first date in the text. */
export function matchDate(text: string): DateMatch | null {
  const arabic = ARABIC_DATE.exec(text);
  if (arabic) return { written: arabic[0], iso: isoDate(Number(arabic[1]), Number(arabic[2]), Number(arabic[3])) };
  const chinese = CHINESE_DATE.exec(text);
  if (!chinese) return null;
  const iso = isoDate(digitByDigit(chinese[1]), chineseNumber(chinese[2]), chineseNumber(chinese[3]));
  return { written: chinese[0], iso };
}

/** The first date in the text as YYYY-MM-DD, or null. */
export function findDate(text: string): string | null {
  return matchDate(text)?.iso ?? null;
}

function isoDate(year: number, month: number, day: number): string | null {
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return date.toISOString().slice(0, 10);
}

/** A date a page labels as its publication date (发布时间: 2023-02-20 15:07, 时间：…), not a statistics period. */
const POSTED = /(?<!统计)(?:发布|成文|公开)?(?:时间|日期)\s*[:：]/;

/** The date right after its label (发布日期：2023-01-15), wherever the line was run into others. */
const POSTED_DATE = new RegExp(`${POSTED.source}\\s*((?:19|20)\\d{2}\\s*[年\\-/.]\\s*\\d{1,2}\\s*[月\\-/.]\\s*\\d{1,2})`);

export function postedDate(paragraphs: string[]): string | null {
  for (const paragraph of paragraphs) {
    const match = POSTED_DATE.exec(paragraph);
    if (match) return findDate(match[1]);
  }
  return null;
}
