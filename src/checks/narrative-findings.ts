/**
 * The comparison behind every narrative.* rule: a count the prose states against the table
 * cells it stands for (narrative-measures). Neither side overrules the other; where they
 * differ, the warning quotes the sentence and gives both numbers.
 */
import { APPLICANT_PARTS, CASE_COLUMNS, CASE_GROUPS, type NarrativeCount, type ReportData } from '../reading/template/report-data';
import { differs, formatNumber, valueAt } from './helpers';
import { narrativeMeasure } from './narrative-measures';
import type { Finding, NarrativeRuleId } from './rule';

/** What the table says for a reading; `fromParts` where a blank 总计 stood in for its row's sum. */
interface TableValue {
  value: number;
  fromParts: boolean;
}

const CASE_PARTS = CASE_COLUMNS.filter((column) => column !== 'total');

/** The cells of the row a 总计 cell totals (`applications.granted.total` → its six parts). */
function totalParts(path: string): string[] {
  const segments = path.split('.');
  if (segments.pop() !== 'total') return [];
  const row = segments.join('.');
  if (segments[0] === 'applications') return APPLICANT_PARTS.map((column) => `${row}.${column}`);
  if ((CASE_GROUPS as readonly string[]).includes(row)) return CASE_PARTS.map((column) => `${row}.${column}`);
  return [];
}

/**
 * A cell as stated; a blank 总计 beside stated parts as their sum, since the prose gives the
 * total the row's cells add up to (上海 2019 leaves every outcome 总计 blank). null where
 * nothing is stated, undefined where the row is absent.
 */
function cellValue(data: ReportData, path: string): TableValue | null | undefined {
  const value = valueAt(data, path);
  if (value !== null) return value === undefined ? undefined : { value, fromParts: false };
  const parts = totalParts(path)
    .map((part) => valueAt(data, part))
    .filter((part): part is number => typeof part === 'number');
  return parts.length === 0 ? null : { value: parts.reduce((a, b) => a + b, 0), fromParts: true };
}

/** The sum of cells, blanks as 0 beside stated ones; undefined where it cannot speak. */
function sumOf(data: ReportData, cells: readonly string[]): TableValue | undefined {
  const values = cells.map((path) => cellValue(data, path));
  if (values.includes(undefined)) return undefined;
  const stated = values.filter((value): value is TableValue => value !== null && value !== undefined);
  if (stated.length === 0) return undefined;
  return {
    value: stated.reduce((total, cell) => total + cell.value, 0),
    fromParts: stated.some((cell) => cell.fromParts),
  };
}

/** Cells and their words (a measure or its alternative) with what the table states for them. */
interface Stated {
  cells: readonly string[];
  where: string;
  table: TableValue;
}

function stated(data: ReportData, reading: Omit<Stated, 'table'> | undefined): Stated | undefined {
  if (!reading) return undefined;
  const table = sumOf(data, reading.cells);
  return table && { cells: reading.cells, where: reading.where, table };
}

function amount(table: TableValue): string {
  return `${formatNumber(table.value)}${table.fromParts ? '（“总计”列空白，按同行各列之和）' : ''}`;
}

/** `表三 …“总计”列：表格为 74，与“二、上年结转…”行之和为 75，正文为 76（“…”）` */
function message([plain, ...others]: Stated[], count: NarrativeCount): string {
  const also = others.map((other) => `，${other.where}为 ${amount(other.table)}`).join('');
  return `${plain.where}：表格为 ${amount(plain.table)}${also}，` + `正文为 ${formatNumber(count.value)}（“${count.sentence}”）`;
}

function checkCount(data: ReportData, count: NarrativeCount, rule: NarrativeRuleId): Finding[] {
  const measure = narrativeMeasure(count.key, data.template);
  if (measure?.rule !== rule) return [];
  const plain = stated(data, measure);
  // Nothing to compare where the cells the words most plainly name say nothing.
  if (!plain) return [];
  const readings = [plain, stated(data, measure.alternative)].filter((reading) => reading !== undefined);
  if (readings.some((reading) => !differs(reading.table.value, count.value))) return [];
  const cells = new Set(readings.flatMap((reading) => reading.cells));
  return [{ message: message(readings, count), cells: [...cells] }];
}

export function narrativeFindings(data: ReportData, rule: NarrativeRuleId): Finding[] {
  return (data.narrativeCounts ?? []).flatMap((count) => checkCount(data, count, rule));
}
