/**
 * Which national template a report follows, told from its column headers: the 2019 and 2021
 * templates word table 2's columns differently. The year alone does not decide (2020 reports
 * use the 2019 template, some later reports still do), so it is only the last resort.
 */
import type { Block } from '../documents/blocks';
import { labelsMatching, TEMPLATE_HEADERS, TEMPLATE_ROWS } from './labels';
import { hasChinese, normalizeText } from './normalize-label';
import type { TemplateVersion } from './report-data';

/** The first year the 2021 template applies to. */
const TEMPLATE_2021_FROM = 2021;

export function detectTemplate(blocks: Block[], year: number | null): TemplateVersion {
  const texts = blockTexts(blocks);
  return (
    majority(texts, TEMPLATE_HEADERS) ?? majority(texts, TEMPLATE_ROWS) ?? (year !== null && year >= TEMPLATE_2021_FROM ? '2021' : '2019')
  );
}

/** Texts without Chinese words (number cells, most of a table) can name no template. */
function blockTexts(blocks: Block[]): string[] {
  const texts: string[] = [];
  for (const block of blocks) {
    if (block.kind === 'paragraph') texts.push(normalizeText(block.text));
    else for (const row of block.rows) for (const cell of row) addWords(texts, normalizeText(cell));
  }
  return texts;
}

function addWords(texts: string[], text: string): void {
  if (hasChinese(text)) texts.push(text);
}

/** The template more texts speak for; undefined when none does or both equally. */
function majority(texts: string[], labels: typeof TEMPLATE_HEADERS): TemplateVersion | undefined {
  const votes = texts.flatMap((text) => labelsMatching(labels, text));
  const for2019 = votes.filter((vote) => vote === '2019').length;
  const for2021 = votes.length - for2019;
  if (for2019 === for2021) return undefined;
  return for2019 > for2021 ? '2019' : '2021';
}
