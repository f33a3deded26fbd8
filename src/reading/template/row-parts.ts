/**
 * A table row split into what it says about itself: the label, the values after it and the
 * merged headings before it. The label is the last prose cell; the values are the cells that
 * follow (unit columns such as `条` left out); a row without a label is all values. Empty
 * cells before a label hold the places of merged cells from rows above.
 */
import { isTextInCell } from '../documents/text-in-cell';
import { CellValue, isValue, parseCell, runWidth } from './cell-value';
import { hasChinese, normalizeLabel } from './normalize-label';
import { MAX_BLANKS } from './run-splits';

export interface RowParts {
  /** The row's own label as written, or undefined for a row of bare values. */
  label?: string;
  /** The label's bare words (normalizeLabel). */
  key: string;
  /** Prose cells before the label: merged headings such as （三）不予公开. */
  context: string[];
  values: CellValue[];
  /** The row as written, for messages. */
  text: string;
}

/**
 * `runTogether`: the row's digit cells may each hold several cells (cell-value `run`).
 * `starts`: where each cell starts in the extracted text (-1: not one stretch of it); `page`: its PDF page.
 */
export function splitRow(cells: string[], runTogether = false, starts?: number[], page?: number): RowParts {
  const parsed = cells.map((cell, i) => parseCell(cell, runTogether, starts ? { start: starts[i] ?? -1, page } : undefined));
  const labelAt = lastIndexWhere(parsed, (cell, i) => cell.kind === 'text' && isLabelLike(cells[i]));
  const label = labelAt >= 0 ? cells[labelAt] : undefined;
  return {
    label,
    key: label === undefined ? '' : normalizeLabel(label),
    context: cells.slice(0, Math.max(labelAt, 0)).filter((_, i) => parsed[i].kind === 'text'),
    // Text after the label stands where a number should: it is kept, for the issue that names it.
    values: parsed.slice(labelAt + 1).filter((cell) => isValue(cell) || cell.kind === 'text'),
    text: cells.filter((cell) => cell !== '').join(' | '),
  };
}

/** A label has words (Chinese characters) and is no formula or pointer. */
function isLabelLike(cell: string): boolean {
  return hasChinese(cell) && !isTextInCell(cell);
}

function lastIndexWhere<T>(items: T[], test: (item: T, index: number) => boolean): number {
  for (let i = items.length - 1; i >= 0; i--) if (test(items[i], i)) return i;
  return -1;
}

/**
 * Whether any value is a number, digits run together, or text written where a number should
 * stand (`见附件` after a label that ran into its table's header): rows without one are
 * headings or headers.
 */
export function hasValue(parts: RowParts): boolean {
  return parts.values.some((cell) => cell.kind === 'number' || cell.kind === 'run' || (cell.kind === 'text' && isTextInCell(cell.text)));
}

/**
 * Whether the values can fill exactly `width` cells: each cell one, a run one per digit at most,
 * and runs may have left MAX_BLANKS blank cells out (crawler text shows no trace of a blank).
 */
export function canHold(values: CellValue[], width: number): boolean {
  const most = values.reduce((sum, cell) => sum + (cell.kind === 'run' ? runWidth(cell.digits) : 1), 0);
  const blanks = values.some((cell) => cell.kind === 'run') ? MAX_BLANKS : 0;
  return values.length <= width && width <= most + blanks;
}
