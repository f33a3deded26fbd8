/**
 * What a count read from the prose stands for in tables 2–4: the cells it may mean (summed)
 * and those cells in words. Keys are the ones src/reading/narrative/narrative-counts gives — a
 * ReportData path where the prose names one cell, otherwise a name for a sum of cells:
 * `applications.received.total` (收到申请N件), `applications.denied.total` (不予公开N件, every
 * 不予公开 row), `litigation.total` (诉讼N件, both kinds), `cases.total` (复议和诉讼案件N件).
 */
import {
  APPLICANT_COLUMNS,
  APPLICANT_PARTS,
  APPLICATION_GROUPS,
  CASE_COLUMNS,
  DISCLOSURE_COLUMN_KEYS,
  DISCLOSURE_ITEM_KEYS,
  type ApplicantColumn,
  type CaseGroup,
  type TemplateVersion,
} from '../reading/template/report-data';
import { APPLICATION_GROUP_TITLES, LEGAL_PERSONS_HEADING } from '../reading/template/wording';
import {
  APPLICANT_COLUMN_LABELS,
  CASE_COLUMN_LABELS,
  TABLE_LABELS,
  applicationRowLabel,
  caseGroupLabel,
  columnRef,
  describeCell,
  isApplicationRowPath,
  type ApplicationRowPath,
} from '../reading/template/cell-labels';
import type { NarrativeRuleId } from './rule';

export interface Measure {
  rule: NarrativeRuleId;
  /** The cells the words most plainly name; the count is their sum. */
  cells: string[];
  /** Those cells in words: table, rows, column. */
  where: string;
  /** Another sum the words may mean, also accepted: 收到申请N件 may count carried-over ones in. */
  alternative?: { cells: string[]; where: string };
}

function isOneOf<T extends string>(values: readonly T[], value: string): value is T {
  return (values as readonly string[]).includes(value);
}

/** `“A”行`, `“A”行与“B”行`, `“A”行、“B”行与“C”行` */
function rowsInWords(labels: readonly string[]): string {
  const rows = labels.map((label) => `“${label}”行`);
  return rows.length === 1 ? rows[0] : `${rows.slice(0, -1).join('、')}与${rows[rows.length - 1]}`;
}

/** A sum of several cells is named as such. */
function summed(cells: readonly string[]): string {
  return cells.length > 1 ? '之和' : '';
}

// ---- Table 3 ---------------------------------------------------------------------------------

/** A table-3 column, or 法人或其他组织: the five columns after 自然人. */
type ApplicationColumn = ApplicantColumn | 'organizations';
const ORGANIZATION_COLUMNS = APPLICANT_PARTS.filter((column) => column !== 'natural');

function columnCells(rows: readonly ApplicationRowPath[], column: ApplicationColumn): string[] {
  const columns = column === 'organizations' ? ORGANIZATION_COLUMNS : [column];
  return rows.flatMap((row) => columns.map((part) => `applications.${row}.${part}`));
}

function columnInWords(column: ApplicationColumn): string {
  return column === 'organizations' ? `“${LEGAL_PERSONS_HEADING}”各列` : columnRef(APPLICANT_COLUMN_LABELS[column]);
}

/** The rows a table-3 key names, and how a message names them. */
function applicationRows(row: string): { rows: ApplicationRowPath[]; words: string } | undefined {
  switch (row) {
    case 'grantedOrPartial': {
      const rows: ApplicationRowPath[] = ['granted', 'partiallyGranted'];
      return { rows, words: rowsInWords(rows.map(applicationRowLabel)) };
    }
    case 'denied':
    case 'unavailable':
    case 'notProcessed':
      return {
        rows: APPLICATION_GROUPS[row].map((key) => `${row}.${key}`).filter(isApplicationRowPath),
        words: `“${APPLICATION_GROUP_TITLES[row]}”各行`,
      };
    case 'otherHandling':
      return { rows: ['otherHandling.total'], words: rowsInWords([applicationRowLabel('otherHandling.total')]) };
    default:
      return isApplicationRowPath(row) ? { rows: [row], words: rowsInWords([applicationRowLabel(row)]) } : undefined;
  }
}

function applicationMeasure(row: string, column: string): Measure | undefined {
  if (column !== 'organizations' && !isOneOf(APPLICANT_COLUMNS, column)) return undefined;
  const named = applicationRows(row === 'received' ? 'newReceived' : row);
  if (!named) return undefined;
  const cells = columnCells(named.rows, column);
  const measure: Measure = {
    rule: 'narrative.applications',
    cells,
    where: `${TABLE_LABELS.applications}${named.words}${columnInWords(column)}${summed(cells)}`,
  };
  if (row !== 'received') return measure;
  // 收到申请N件: this year's new applications, or new and carried over together.
  const carriedOver = columnCells(['carriedOver'], column);
  const alternative = { cells: [...cells, ...carriedOver], where: `与${rowsInWords([applicationRowLabel('carriedOver')])}之和` };
  return { ...measure, alternative };
}

// ---- Table 2 ---------------------------------------------------------------------------------

function disclosureMeasure(key: string, item: string, column: string, template: TemplateVersion): Measure | undefined {
  if (!isOneOf(DISCLOSURE_ITEM_KEYS, item) || !isOneOf(DISCLOSURE_COLUMN_KEYS, column)) return undefined;
  return { rule: 'narrative.disclosure', cells: [key], where: describeCell(key, template) };
}

// ---- Table 4 ---------------------------------------------------------------------------------

/** 行政复议, 行政诉讼 (both kinds), or all three rows together. */
const CASE_ROWS: Record<string, readonly CaseGroup[]> = {
  review: ['review'],
  litigation: ['litigationDirect', 'litigationAfterReview'],
  cases: ['review', 'litigationDirect', 'litigationAfterReview'],
};

function caseMeasure(head: string, column: string): Measure | undefined {
  if (!Object.hasOwn(CASE_ROWS, head) || !isOneOf(CASE_COLUMNS, column)) return undefined;
  const groups = CASE_ROWS[head];
  const cells = groups.map((group) => `${group}.${column}`);
  const words = `${rowsInWords(groups.map(caseGroupLabel))}${columnRef(CASE_COLUMN_LABELS[column])}`;
  return { rule: 'narrative.cases', cells, where: `${TABLE_LABELS.caseOutcomes}${words}${summed(cells)}` };
}

/** The measure of a narrative key, or undefined for keys of no table-2–4 rule (channel counts). */
export function narrativeMeasure(key: string, template: TemplateVersion): Measure | undefined {
  const [head, ...rest] = key.split('.');
  switch (head) {
    case 'applications':
      return rest.length === 2 ? applicationMeasure(rest[0], rest[1]) : undefined;
    case 'activeDisclosure':
      return rest.length === 2 ? disclosureMeasure(key, rest[0], rest[1], template) : undefined;
    default:
      return rest.length === 1 ? caseMeasure(head, rest[0]) : undefined;
  }
}
