/**
 * The narrative sections the hub keeps: 总体情况, 存在的主要问题及改进情况 and 其他需要报告的
 * 事项. Templates number them differently (五 or 六, 六 or 七), so headings are found by their
 * words. A section runs to the next heading with a higher number: a list numbered 一、二、
 * inside it does not end it.
 */
import type { SectionKey } from '../template/report-data';
import { chineseNumber } from './chinese-numerals';

const SECTION_WORDS: Record<SectionKey, RegExp> = {
  overview: /总体情况|概述/,
  problems: /存在的?主要问题(?:[及和与]?(?:下一步)?(?:改进|整改)(?:情况|措施|计划|方向)?)?/,
  other: /其[他它]需要报告的事项/,
};

/** A top-level heading: a Chinese numeral and 、 at the start of a line (or after a space). */
const HEADING = /(?<=^|[\n \u3000])([一二三四五六七八九十]{1,3})\s*、/g;
/** How far into a heading its words may stand (六、政府信息公开工作存在的主要问题…). */
const HEADING_WORDS_WITHIN = 40;
/** What may follow the heading words on the heading's own line before the body begins. */
const HEADING_TAIL_MAX = 20;

interface Heading {
  start: number;
  number: number;
}

export function readSections(paragraphs: string[]): Partial<Record<SectionKey, string>> {
  const text = paragraphs.join('\n');
  const headings = [...text.matchAll(HEADING)].map((match) => ({
    start: match.index,
    number: chineseNumber(match[1]),
  }));
  const sections: Partial<Record<SectionKey, string>> = {};
  for (const key of Object.keys(SECTION_WORDS) as SectionKey[]) {
    const body = sectionBody(text, headings, SECTION_WORDS[key]);
    if (body) sections[key] = body;
  }
  return sections;
}

function sectionBody(text: string, headings: Heading[], words: RegExp): string | undefined {
  for (const [i, heading] of headings.entries()) {
    const later = headings.slice(i + 1);
    const line = text.slice(heading.start, Math.min(lineEnd(text, heading.start), later[0]?.start ?? text.length));
    const match = words.exec(line.slice(0, HEADING_WORDS_WITHIN));
    if (!match) continue;
    const bodyStart = heading.start + bodyOffset(line, match.index + match[0].length);
    const end = later.find((next) => next.number > heading.number)?.start ?? text.length;
    return text.slice(bodyStart, end).trim() || undefined;
  }
  return undefined;
}

function lineEnd(text: string, from: number): number {
  const end = text.indexOf('\n', from);
  return end < 0 ? text.length : end;
}

/**
 * Where the body starts within the heading's line: on the next line when the heading has the
 * line to itself (perhaps with a few more words), else right after the heading words, as in
 * text that runs headings and prose together.
 */
function bodyOffset(line: string, wordsEnd: number): number {
  const tail = line.slice(wordsEnd);
  return tail.length <= HEADING_TAIL_MAX && !/[。；]/.test(tail) ? line.length : wordsEnd;
}
