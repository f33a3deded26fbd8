/**
 * A table filed without its numbers, in text that lost its table structure (crawler text):
 * no row can be read, since a row is found by its values, but the table's own words stand in
 * the text, in the template's order, with no value among them. That is the table with every
 * cell blank (the checks then say cells.blank), not a missing table.
 */
import type { Block } from '../documents/blocks';
import { normalizeText } from './normalize-label';
import type { ReportBuilder } from './report-builder';
import {
  APPLICATION_ROW_PATHS,
  blankApplicantRow,
  blankCaseOutcome,
  CASE_GROUPS,
  DISCLOSURE_COLUMNS,
  type DisclosureItemKey,
  setApplicationRow,
  type TemplateVersion,
} from './report-data';
import type { RequiredTable } from './table-kind';

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

/** Each table's first and last words (normalizeText form), per template. */
const TABLE_WORDS: Record<TemplateVersion, Record<RequiredTable, RegExp>> = {
  '2019': {
    disclosure: wordsInOrder('第二十条', '信息内容', '规章', '政府集中采购'),
    applications: wordsInOrder('申请人情况', '本年新收', '结转下年度继续办理'),
    cases: CASES,
  },
  '2021': {
    disclosure: wordsInOrder('第二十条', '信息内容', '规章', '行政事业性收费'),
    applications: wordsInOrder('申请人情况', '本年新收', '结转下年度继续办理'),
    cases: CASES,
  },
};

/** 2019's （六）其他处理 is one row; its sub-rows are 2021's. */
const OTHER_HANDLING_SUB_ROW = /^otherHandling\.(?!total$)/;

const BLANK_TABLES: Record<RequiredTable, (out: ReportBuilder) => void> = {
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
};

/**
 * Marks as found, every cell blank, each table not found whose words stand in the blocks'
 * text with no value among them (prose, or cells of a table the run-together reader ran on
 * into the platform table's —— marks).
 */
export function readBlankTables(blocks: readonly Block[], missing: readonly RequiredTable[], out: ReportBuilder): void {
  if (missing.length === 0) return;
  const text = normalizeText(blocks.flatMap(blockTexts).join('\n').replace(PAGE_NUMBER, ''));
  for (const kind of missing) {
    if (!TABLE_WORDS[out.template][kind].test(text)) continue;
    BLANK_TABLES[kind](out);
    out.tablesFound.add(kind);
  }
}

function blockTexts(block: Block): string[] {
  return block.kind === 'table' ? block.rows.flat() : [block.text];
}
