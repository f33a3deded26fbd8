/**
 * A table filed without its numbers, in text that lost its table structure (crawler text,
 * pdftotext layout text), the platform table included: no row can be read, since a row is
 * found by its values, but the table's own words stand in
 * the text, in the template's order, with no value among them. That is the table with every
 * cell blank (the checks then say cells.blank), not a missing table.
 */
import type { Block } from '../documents/blocks';
import { normalizeText } from './normalize-label';
import type { CountPath } from './labels';
import type { ReportBuilder } from './report-builder';
import {
  APPLICATION_ROW_PATHS,
  blankApplicantRow,
  blankCaseOutcome,
  CASE_GROUPS,
  CHANNEL_KEYS,
  RESPONSE_KEYS,
  DISCLOSURE_COLUMNS,
  type DisclosureItemKey,
  setApplicationRow,
  type TemplateVersion,
} from './report-data';
import type { TableKind } from './table-kind';
import { CHANNEL_WORDING, type CountWording, printedCountLabel, RESPONSE_WORDING } from './wording';

/**
 * Text without a value: no digits but a label's numbering (`1.属于国家秘密`) and a year (the
 * running header `…2019年度报告` of a PDF's pages).
 */
const NO_VALUE = String.raw`(?:[^\d\-—]|\d(?=[.、])|\d{4}(?=年))*?`;
/** A page's number on a line of its own (`- 1 -`): the PDF's footer, no value. */
const PAGE_NUMBER = /^[ \t]*[-—－][ \t]*\d+[ \t]*[-—－][ \t]*$/gm;
/** After the table's last words a value would stand: a digit or a dash (not applicable). */
const NO_VALUE_AFTER = String.raw`(?![\d\-—])`;

function wordsInOrder(...words: string[]): RegExp {
  return new RegExp(words.join(NO_VALUE) + NO_VALUE_AFTER);
}

/**
 * Table 4 has no row labels, and pdftotext wraps its column titles (结果 / 维持, 总 / 计): its
 * group titles and nothing that could be a value up to section 六 or the end of the text.
 */
const CASES = new RegExp(['行政复议', '行政诉讼', '复议后起诉', '(?:六、|$)'].join(NO_VALUE));

/**
 * The platform table from its header to its last row: its group rows keep their —— marks (they
 * are no cells), and its notes count `计1条` / `计1次`; the last row's unit may follow.
 */
const PLATFORM_NO_VALUE = String.raw`(?:[^\d]|\d(?=[.、])|\d{4}(?=年)|(?<=计)1(?=[条次]))*?`;
const PLATFORM = new RegExp(['统计指标', '主动公开政府信息数', '微博微信回应事件数'].join(PLATFORM_NO_VALUE) + String.raw`次?(?![\d\-—])`);

/** Each table's first and last words (normalizeText form), per template. */
const TABLE_WORDS: Record<TemplateVersion, Record<TableKind, RegExp>> = {
  '2019': {
    disclosure: wordsInOrder('第二十条', '信息内容', '规章', '政府集中采购'),
    applications: wordsInOrder('申请人情况', '本年新收', '结转下年度继续办理'),
    cases: CASES,
    platform: PLATFORM,
  },
  '2021': {
    disclosure: wordsInOrder('第二十条', '信息内容', '规章', '行政事业性收费'),
    applications: wordsInOrder('申请人情况', '本年新收', '结转下年度继续办理'),
    cases: CASES,
    platform: PLATFORM,
  },
};

/** 2019's （六）其他处理 is one row; its sub-rows are 2021's. */
const OTHER_HANDLING_SUB_ROW = /^otherHandling\.(?!total$)/;

const BLANK_TABLES: Record<TableKind, (out: ReportBuilder, words: string) => void> = {
  disclosure: (out) => {
    const items: Record<string, readonly string[]> = DISCLOSURE_COLUMNS[out.template];
    for (const [item, columns] of Object.entries(items)) {
      out.activeDisclosure[item as DisclosureItemKey] = Object.fromEntries(columns.map((column) => [column, null]));
    }
  },
  applications: (out) =>
    APPLICATION_ROW_PATHS.filter((path) => out.template === '2021' || !OTHER_HANDLING_SUB_ROW.test(path)).forEach((path) =>
      setApplicationRow(out.applications, path, blankApplicantRow()),
    ),
  cases: (out) => CASE_GROUPS.forEach((group) => (out.cases[group] = blankCaseOutcome())),
  // The rows the table prints (5.其他方式 only some reports have); the narrative may still state their counts (merge-counts).
  platform: (out, words) => {
    for (const [path, wording] of COUNT_WORDING) {
      if (words.includes(normalizeText(wording.name))) out.counts.set(path, { value: null, label: printedCountLabel(wording) });
    }
  },
};

const COUNT_WORDING: [CountPath, CountWording][] = [
  ...CHANNEL_KEYS.map((key): [CountPath, CountWording] => [`channels.${key}`, CHANNEL_WORDING[key]]),
  ...RESPONSE_KEYS.map((key): [CountPath, CountWording] => [`responses.${key}`, RESPONSE_WORDING[key]]),
];

/**
 * Marks as found, every cell blank, each table not found whose words stand in the blocks'
 * text with no value among them (prose, or cells of a table the run-together reader ran on
 * into the platform table's —— marks).
 */
export function readBlankTables(blocks: readonly Block[], missing: readonly TableKind[], out: ReportBuilder): void {
  // The platform table is optional: missing alone, it is taken as absent (many reports have
  // none), which spares every such report a pass over its text.
  if (missing.every((kind) => kind === 'platform')) return;
  const text = normalizeText(blocks.flatMap(blockTexts).join('\n').replace(PAGE_NUMBER, ''));
  for (const kind of missing) {
    const words = TABLE_WORDS[out.template][kind].exec(text);
    if (!words) continue;
    BLANK_TABLES[kind](out, words[0]);
    out.tablesFound.add(kind);
  }
}

function blockTexts(block: Block): string[] {
  return block.kind === 'table' ? block.rows.flat() : [block.text];
}
