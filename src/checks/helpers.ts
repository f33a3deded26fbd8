/**
 * Small helpers the rules share: nullable arithmetic, number formatting, ReportData paths.
 */
import {
  APPLICATION_ROW_PATHS,
  OTHER_HANDLING_KEYS,
  applicationRow,
  type ApplicantColumn,
  type Applications,
  type Cell,
  type ReportData,
} from '../reading/template/report-data';
import type { ApplicationRowPath } from '../reading/template/cell-labels';
import type { Finding } from './rule';

/** Table-3 rows in template order (the same list as APPLICATION_ROW_PATHS, typed). */
export const APPLICATION_ROWS = APPLICATION_ROW_PATHS as readonly ApplicationRowPath[];

/** The 2021 sub-rows of （六）其他处理, whose sum is `otherHandling.total`. */
export const OTHER_HANDLING_SUB_ROWS: readonly ApplicationRowPath[] = OTHER_HANDLING_KEYS.filter((key) => key !== 'total').map(
  (key) => `otherHandling.${key}` as const,
);

/** Amounts are decimals (7730.28 万元) whose floating-point sums drift in the last digits. */
const EPSILON = 1e-6;

export function differs(a: number, b: number): boolean {
  return Math.abs(a - b) > EPSILON;
}

/** A cell taking part in an equation: its path, the name a message gives it, its value. */
export interface Operand {
  path: string;
  label: string;
  /** undefined when the row is absent altogether; treated like a blank. */
  value: Cell | undefined;
}
interface KnownOperand extends Operand {
  value: number;
  /** A blank cell counted as 0. */
  blank: boolean;
}

/**
 * The operands of an equation, blanks counted as 0, for its message. compareSums decides
 * first, without them: it runs thousands of times a document and almost always agrees.
 */
function knownOperands(operands: readonly Operand[]): readonly KnownOperand[] {
  return operands.map((operand) => ({ ...operand, value: operand.value ?? 0, blank: operand.value === null }));
}

function sum(operands: readonly Operand[]): number {
  let total = 0;
  for (const operand of operands) total += operand.value ?? 0;
  return total;
}

/**
 * Whether an equation can speak: not when a row is absent altogether (the parser could not
 * place it), nor when nothing on either side is stated. A blank total beside stated parts
 * (总计 left empty while the row's cells add up to 272) is a real inconsistency of the
 * document and is reported; cells.blank reports the blank.
 */
function canSpeak(operands: readonly Operand[]): boolean {
  let stated = false;
  for (const { value } of operands) {
    if (value === undefined) return false;
    stated ||= value !== null;
  }
  return stated;
}

/** Rounds away floating-point noise: 0.30000000000000004 → "0.3". */
export function formatNumber(value: number): string {
  return String(Number(value.toFixed(6)));
}

/** `（差 1）`, `（差 -2）`: left minus right. */
export function formatDelta(left: number, right: number): string {
  return `（差 ${formatNumber(left - right)}）`;
}

/** Sums longer than this (the outcome rows of table 3) list only their non-zero terms. */
const MAX_LISTED_TERMS = 6;

function formatTerm(operand: KnownOperand): string {
  return `${operand.label} ${operand.blank ? '空白' : formatNumber(operand.value)}`;
}

/**
 * One side of an equation: `本年新收 3 + 上年结转 1`; three or more terms also show their
 * sum; a long sum names only its non-zero terms, under `name`.
 */
function formatSide(operands: readonly KnownOperand[], name: string): string {
  const total = formatNumber(sum(operands));
  if (operands.length <= 2) return operands.map(formatTerm).join(' + ');
  if (operands.length <= MAX_LISTED_TERMS) return `${operands.map(formatTerm).join(' + ')} = ${total}`;
  const nonZero = operands.filter((operand) => operand.value !== 0);
  if (operands.every((operand) => operand.blank)) return `${name} 空白`;
  const detail = nonZero.length ? `其中${nonZero.map(formatTerm).join('、')}，其余为 0` : '各项均为 0';
  return `${name} ${total}（${detail}）`;
}

/**
 * Checks sum(left) = sum(right) where `where` names the row or column
 * (`表三 …“自然人”列`). No finding when they agree (blanks counted as 0) or when the
 * check cannot speak (see canSpeak).
 */
export function compareSums(where: string, left: readonly Operand[], right: readonly Operand[], leftName = '各项之和'): Finding[] {
  const operands = [...left, ...right];
  if (!canSpeak(operands)) return [];
  const [l, r] = [sum(left), sum(right)];
  if (!differs(l, r)) return [];
  return [
    {
      message: `${where}：${formatSide(knownOperands(left), leftName)} ≠ ${formatSide(knownOperands(right), '各项之和')}${formatDelta(l, r)}`,
      cells: operands.map((operand) => operand.path),
    },
  ];
}

/** `applications.denied.stateSecret.natural` */
export function applicationCellPath(row: ApplicationRowPath, column: ApplicantColumn): string {
  return `applications.${row}.${column}`;
}

/** A table-3 cell as an operand; an absent row reads as blank. */
export function applicationOperand(
  apps: Applications | undefined,
  row: ApplicationRowPath,
  column: ApplicantColumn,
  label: string,
): Operand {
  return { path: applicationCellPath(row, column), label, value: applicationRow(apps, row)?.[column] };
}

/** The value at a ReportData path (`channels.website`), or undefined where nothing is there. */
export function valueAt(data: ReportData, path: string): Cell | undefined {
  let node: unknown = data;
  for (const segment of path.split('.')) {
    if (typeof node !== 'object' || node === null || !Object.hasOwn(node, segment)) return undefined;
    node = (node as Record<string, unknown>)[segment];
  }
  return typeof node === 'number' || node === null ? node : undefined;
}
