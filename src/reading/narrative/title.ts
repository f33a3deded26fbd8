/** The report's title: 2019年丈亭镇人民政府信息公开工作年度报告. */
import { normalizeText } from '../template/normalize-label';

const TITLE = /政府信息公开.*年度报告/;
/** The title stands among the first lines, after at most some page metadata. */
const TITLE_SEARCH_LINES = 10;
const TITLE_MAX_LENGTH = 80;

/** The index of the title among the paragraphs, or -1. */
export function findTitle(paragraphs: string[]): number {
  return paragraphs
    .slice(0, TITLE_SEARCH_LINES)
    .findIndex((paragraph) => TITLE.test(normalizeText(paragraph)) && paragraph.length <= TITLE_MAX_LENGTH);
}

const YEAR = /((?:19|20)\d{2})\s*年/;

export function titleYear(title: string): number | null {
  const match = YEAR.exec(title);
  return match ? Number(match[1]) : null;
}

/**
 * The body the title names: the words before 政府信息公开, without the year. Titles share
 * 政府 between the name and the subject (丈亭镇人民政府信息公开…), so a name ending in 人民
 * gets its 政府 back.
 */
export function titleOrganization(title: string): string | null {
  const words = title
    .replace(/^[#\s]*(?:标题\s*[:：])?/, '')
    .replace(/(?:19|20)\d{2}\s*年度?/g, '')
    .replace(/\s+/g, '');
  const name = words.slice(0, words.indexOf('政府信息公开')).replace(/^关于/, '');
  if (name === '') return null;
  return name.endsWith('人民') ? `${name}政府` : name;
}
