/**
 * What a table cell holds. The template's cells are counts or amounts; reports also write
 * blanks, `——` for "not applicable", units (`251000元`, a separate `条` column) and prose.
 */
import { normalizeText } from './normalize-label';

/** Units a count or amount may carry, in its cell or as a unit column of its own. */
export type Unit = '元' | '万元' | '件' | '条' | '次' | '篇' | '个' | '项' | '人次';

/**
 * Where a value was read: the cell's text as written (trimmed) and where it starts in the
 * document's extracted text, its PDF page, and the rule that worked it out when it was not
 * written as such (a digit run split by the template's arithmetic).
 */
export interface ValueSource {
  start: number;
  text: string;
  page?: number;
  derivedBy?: string;
}

export type CellValue =
  | { kind: 'blank' }
  | { kind: 'notApplicable'; source?: ValueSource }
  | { kind: 'number'; value: number; unit?: Unit; source?: ValueSource }
  | { kind: 'unit'; unit: Unit }
  | { kind: 'text'; text: string }
  /**
   * Digits from a document whose reader could not see where cells end (crawler text writes
   * 88 | 55 | 698 as `8855698`): one or more cells, split later by the template's arithmetic
   * (split-runs). `-331` and `9116.36` are runs too: the sign belongs to the first cell, the
   * decimals to the last.
   */
  | { kind: 'run'; digits: string; source?: ValueSource };

const UNIT = '(万元|元|人次|件|条|次|篇|个|项)';
const UNIT_ONLY = new RegExp(`^${UNIT}$`);
// `1,234` only with proper thousands groups, so that a run-together `12,34` is not read as 1234.
const NUMBER = new RegExp(`^([+-]?(?:\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.\\d+)?)(?:\\(?${UNIT}\\)?)?$`);
// The marks reports use for "not applicable": dashes of every width, a slash, 无.
const NOT_APPLICABLE = /^(?:[-—―─~～]+|\/|无)$/;
const RUN = /^-?\d+(?:\.\d+)?$/;

/**
 * `runTogether`: the cell comes from a table whose digit cells may hold several cells.
 * `located`: where the raw cell starts in the extracted text (and its page), so that a value
 * keeps its source.
 */
export function parseCell(raw: string, runTogether = false, located?: { start: number; page?: number }): CellValue {
  const text = normalizeText(raw);
  if (text === '') return { kind: 'blank' };
  if (NOT_APPLICABLE.test(text)) return { kind: 'notApplicable', source: sourceOf(raw, located) };
  if (runTogether && RUN.test(text)) return { kind: 'run', digits: text, source: sourceOf(raw, located) };
  const unit = UNIT_ONLY.exec(text);
  if (unit) return { kind: 'unit', unit: unit[1] as Unit };
  const number = NUMBER.exec(text);
  if (number) return numberCell(number[1], number[2] as Unit | undefined, sourceOf(raw, located));
  return { kind: 'text', text: raw.trim() };
}

function numberCell(digits: string, unit: Unit | undefined, source: ValueSource | undefined): CellValue {
  const value = Number(digits.replace(/,/g, ''));
  return unit ? { kind: 'number', value, unit, source } : { kind: 'number', value, source };
}

/** The cell's text without the whitespace around it, and where that starts; none when the cell was not located. */
function sourceOf(raw: string, located: { start: number; page?: number } | undefined): ValueSource | undefined {
  if (!located || located.start < 0) return undefined;
  const text = raw.trim();
  const leading = text.length === raw.length ? 0 : raw.indexOf(text);
  return { start: located.start + leading, text, page: located.page };
}

/** The most cells a run can hold: one per digit before the decimal point. */
export function runWidth(digits: string): number {
  return digits.replace(/^-/, '').split('.')[0].length;
}

/** Blank, not-applicable, numeric and run cells are values; units and prose are not. */
export function isValue(cell: CellValue): boolean {
  return cell.kind === 'blank' || cell.kind === 'notApplicable' || cell.kind === 'number' || cell.kind === 'run';
}

/** The unit a header or note states for its amounts: `采购总金额（万元）`, `（单位：元）`. */
export function statedUnit(raw: string): Unit | undefined {
  const text = normalizeText(raw);
  if (text.includes('万元')) return '万元';
  return /\(元\)|单位:元/.test(text) ? '元' : undefined;
}

const SCALE: Partial<Record<Unit, number>> = { 元: 1, 万元: 10000 };

/**
 * An amount in the unit its column has: the cell's own unit wins over the header's. Rounded
 * to 6 decimals so that 37.19万元 becomes 371900, not 371899.99999999994.
 */
export function inUnit(cell: CellValue, headerUnit: Unit | undefined, target: Unit): CellValue {
  if (cell.kind !== 'number') return cell;
  const from = SCALE[cell.unit ?? headerUnit ?? target];
  const to = SCALE[target];
  if (from === undefined || to === undefined || from === to) return cell;
  return { ...cell, value: Math.round((cell.value * from * 1e6) / to) / 1e6, unit: target };
}
