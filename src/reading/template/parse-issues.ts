/**
 * Issues the parser itself raises: what it could not read, as opposed to what the report's
 * numbers break (src/checks). Warnings, because the rest of the report still stands.
 */
import type { ReportIssue } from './report-data';
import { TABLE_TITLES, TableKind } from './table-kind';

export const PARSE_RULES = [
  'parse.unplaced',
  'parse.missingTable',
  'parse.rowShape',
  'parse.ambiguous',
  'parse.unsplittable',
  'parse.derived',
  'parse.textInCell',
] as const;
export type ParseRule = (typeof PARSE_RULES)[number];

function warning(rule: ParseRule, message: string, cells: string[] = []): ReportIssue {
  return { rule, severity: 'warning', message, cells };
}

function tableName(kind: TableKind | undefined): string {
  return kind ? `表格「${TABLE_TITLES[kind]}」` : '统计表格';
}

/** A row whose label matches no row of the template, kept with the text the parser saw. */
export function unplacedRow(kind: TableKind | undefined, rowText: string): ReportIssue {
  return warning('parse.unplaced', `${tableName(kind)}中有无法识别的行，未读取其数据：「${rowText}」`);
}

/** A row of the template that the report fills twice; the first one is kept. */
export function duplicateRow(kind: TableKind, rowText: string, path: string): ReportIssue {
  return warning('parse.unplaced', `${tableName(kind)}中的行「${rowText}」与前面的同名行重复，已保留前一行的数据`, [path]);
}

/** `paths`: where the table's cells would have been. */
export function missingTable(kind: TableKind, paths: string[]): ReportIssue {
  return warning('parse.missingTable', `报告中未找到${tableName(kind)}`, paths);
}

/**
 * A row with fewer value cells than the template's columns (which column each value belongs
 * to is not known, so the whole row stays blank) or with numbers beyond them (ignored).
 * `columns` are the template's column names.
 */
export function rowShape(kind: TableKind, rowText: string, columns: string[], found: number, paths: string[]): ReportIssue {
  const problem =
    found < columns.length
      ? `只有 ${found} 个数值，少于「${columns.join('、')}」${columns.length} 列，无法确定各数值所在的列，整行按空白处理`
      : `有 ${found} 个数值，多于「${columns.join('、')}」${columns.length} 列，多出的数值未读取`;
  return warning('parse.rowShape', `${tableName(kind)}中的行「${rowText}」${problem}`, paths);
}

/**
 * A cell where the template wants a number holds text (`=1+2`, `@SUM(1)`, `见附件`): the cell
 * stays blank, and no number from elsewhere (the narrative) is put in its place.
 */
export function textInCell(kind: TableKind, rowText: string, title: string, path: string, text: string): ReportIssue {
  return warning(
    'parse.textInCell',
    `${tableName(kind)}中的行「${rowText}」的「${title}」列填写的是文字「${text}」而不是数字，该单元格按空白处理`,
    [path],
  );
}

// ---- Digits run together (split-runs) ------------------------------------------------------

/** At most this many ways to split a row are spelled out in a message. */
const CANDIDATES_SHOWN = 6;

/** What decided a split, for the message that says the cells were derived. */
export type SplitBasis = 'digits' | 'rowTotal' | 'tableArithmetic' | 'narrative' | 'repeatedParts' | 'previousYear';

const BASIS_WORDS: Record<SplitBasis, string> = {
  digits: '数字位数',
  rowTotal: '本行合计',
  tableArithmetic: '表内勾稽关系',
  narrative: '正文所述数字',
  repeatedParts: '重复出现的相同数字',
  previousYear: '上一年度报告',
};

/** Why a run could not be split at all. */
export type UnsplittableReason = 'tooFewDigits' | 'tooManyDigits' | 'leadingZeros' | 'tooLong' | 'tooManyWays';

function reasonWords(reason: UnsplittableReason, columns: number): string {
  switch (reason) {
    case 'tooFewDigits':
      return `数字位数少于 ${columns} 列`;
    case 'tooManyDigits':
      return `数字位数超出 ${columns} 列所能容纳的位数`;
    case 'leadingZeros':
      return '每种拆分都有以 0 开头的多位数';
    case 'tooLong':
      return '数字过长，未尝试拆分';
    case 'tooManyWays':
      return '可能的拆分方式过多，已停止尝试';
    default: {
      const unknown: never = reason;
      throw new Error(`unknown reason ${String(unknown)}`);
    }
  }
}

/** `本年制发件数 88、本年废止件数 55` */
function namedValues(titles: string[], values: string[]): string {
  return titles.map((title, i) => `${title} ${values[i]}`).join('、');
}

/** A run split one way only: the cells are derived, not written apart; said so at info level. */
export function derivedRun(
  kind: TableKind,
  rowText: string,
  titles: string[],
  values: string[],
  basis: SplitBasis[],
  paths: string[],
): ReportIssue {
  const by = basis.map((item) => BASIS_WORDS[item]).join('、');
  return {
    rule: 'parse.derived',
    severity: 'info',
    message: `${tableName(kind)}中的行「${rowText}」数字连写，已依据${by}拆分为：${namedValues(titles, values)}`,
    cells: paths,
  };
}

/**
 * A run that splits more than one way: the cells the splits disagree on stay blank, and every
 * split is listed (the first few when there are many) so that staff can check the original.
 */
export function ambiguousRun(
  kind: TableKind,
  rowText: string,
  titles: string[],
  candidates: string[][],
  openTitles: string[],
  paths: string[],
): ReportIssue {
  const shown = candidates.slice(0, CANDIDATES_SHOWN).map((values) => values.join(' | '));
  const more = candidates.length > CANDIDATES_SHOWN ? ' 等' : '';
  return warning(
    'parse.ambiguous',
    `${tableName(kind)}中的行「${rowText}」数字连写，按「${titles.join('、')}」${titles.length} 列有 ` +
      `${candidates.length} 种拆分都符合表格的数字关系：${shown.join('；')}${more}；` +
      `无法确定的「${openTitles.join('、')}」列留空，请核对原文`,
    paths,
  );
}

/** A run that cannot be split into the row's columns: its cells stay blank. */
export function unsplittableRun(
  kind: TableKind,
  rowText: string,
  titles: string[],
  reason: UnsplittableReason,
  paths: string[],
): ReportIssue {
  return warning(
    'parse.unsplittable',
    `${tableName(kind)}中的行「${rowText}」数字连写，无法拆分为「${titles.join('、')}」${titles.length} 列` +
      `（${reasonWords(reason, titles.length)}），这些单元格留空`,
    paths,
  );
}
