/**
 * Issues the parser itself raises: what it could not read, as opposed to what the report's
 * numbers break (src/checks). Warnings, because the rest of the report still stands.
 */
import type { ReportIssue } from './report-data';
import { TABLE_TITLES, TableKind } from './table-kind';

export const PARSE_RULES = ['parse.unplaced', 'parse.missingTable', 'parse.rowShape'] as const;
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
  return warning(
    'parse.unplaced',
    `${tableName(kind)}中的行「${rowText}」与前面的同名行重复，已保留前一行的数据`,
    [path],
  );
}

/** `paths`: where the table's cells would have been. */
export function missingTable(kind: TableKind, paths: string[]): ReportIssue {
  return warning('parse.missingTable', `报告中未找到${tableName(kind)}`, paths);
}

/**
 * A row with fewer value cells than the template's columns (the missing ones stay blank) or
 * with numbers beyond them (ignored). `columns` are the template's column names.
 */
export function rowShape(
  kind: TableKind,
  rowText: string,
  columns: string[],
  found: number,
  paths: string[],
): ReportIssue {
  const problem =
    found < columns.length
      ? `只有 ${found} 个数值，缺少「${columns.slice(found).join('、')}」列，按空白处理`
      : `有 ${found} 个数值，多于「${columns.join('、')}」${columns.length} 列，多出的数值未读取`;
  return warning('parse.rowShape', `${tableName(kind)}中的行「${rowText}」${problem}`, paths);
}
