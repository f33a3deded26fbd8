/** The platform and channel table: label, unit column, one count. */
import { countPath } from './labels';
import type { RowPlacer } from './reading-state';

export const placeCountRow: RowPlacer = (parts, _state, out) => {
  const path = countPath(parts.key);
  if (!path || parts.label === undefined) return false;
  out.recordCount(path, parts.label.replace(/\s*\n\s*/g, ''), parts.text, parts.values);
  return true;
};
