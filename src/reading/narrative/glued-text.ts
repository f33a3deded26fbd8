/**
 * The title and the signature of a report whose lines were run together (crawler text with its
 * whitespace gone: `…年报丈亭镇人民政府2022年度政府信息公开工作年度报告发布日期：…` and
 * `…的情况。丈亭镇人民政府2023年01月15日相关链接…`). Neither stands on a line of its own, so
 * they are found by what borders them: the title's year and words, and a signature's body name
 * between the end of a sentence and a date.
 */
import { matchDate } from './dates';

/** The first title phrase: related links to other years' reports come after the report. */
const TITLE_PHRASE = /((?:19|20)\d{2})\s*年度?\s*政府信息公开(?:工作)?(?:年度)?报告/;
/** Titles stand near the top, before the report's first section. */
const TITLE_SEARCH_CHARS = 2000;

export function gluedTitleYear(paragraphs: string[]): number | null {
  const head = paragraphs.join('\n').slice(0, TITLE_SEARCH_CHARS);
  const match = TITLE_PHRASE.exec(head);
  return match ? Number(match[1]) : null;
}

const BODY = '[^。！？!?，,：:；;\\s\\d]{2,30}?(?:人民政府|办事处|管委会|管理委员会|管理局|委员会|政府)';
const DATE = '(?:19|20)\\d{2}\\s*年\\s*\\d{1,2}\\s*月\\s*\\d{1,2}\\s*日';
const SIGNATURE = new RegExp(`[。！？!?]\\s*(${BODY})\\s*(${DATE})`, 'g');

/** The last body name that stands between a sentence's end and a date: the report's signature. */
export function gluedSignature(paragraphs: string[]): { organization: string; publishedOn: string | null } | null {
  let last: RegExpExecArray | null = null;
  for (const paragraph of paragraphs) for (const match of paragraph.matchAll(SIGNATURE)) last = match;
  if (!last) return null;
  return { organization: last[1], publishedOn: matchDate(last[2])?.iso ?? null };
}
