/**
 * A table row split into what it says about itself: the label, the values after it and the
 * merged headings before it. The label is the last prose cell; the values are the cells that
 * follow (unit columns such as `条` left out); a row without a label is all values. Empty
 * cells before a label hold the places of merged cells from rows above.
 */
import { CellValue, isValue, parseCell } from './cell-value';
import { normalizeLabel } from './normalize-label';

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

export function splitRow(cells: string[]): RowParts {
  const parsed = cells.map(parseCell);
  const labelAt = lastIndexWhere(parsed, (cell) => cell.kind === 'text');
  const label = labelAt >= 0 ? cells[labelAt] : undefined;
  return {
    label,
    key: label === undefined ? '' : normalizeLabel(label),
    context: cells.slice(0, Math.max(labelAt, 0)).filter((_, i) => parsed[i].kind === 'text'),
    values: parsed.slice(labelAt + 1).filter(isValue),
    text: cells.filter((cell) => cell !== '').join(' | '),
  };
}

function lastIndexWhere<T>(items: T[], test: (item: T) => boolean): number {
  for (let i = items.length - 1; i >= 0; i--) if (test(items[i])) return i;
  return -1;
}

/** Whether any value is a number: rows without one are headings or headers. */
export function hasNumber(parts: RowParts): boolean {
  return parts.values.some((cell) => cell.kind === 'number');
}
