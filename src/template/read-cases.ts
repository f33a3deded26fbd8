/**
 * Table 4: review, direct litigation and litigation after review, five columns each. The
 * template prints them side by side, so the data row is 15 bare numbers in that order; some
 * reports give each group a row or a table of its own under a heading that names it.
 */
import { CellValue } from './cell-value';
import { CASE_COLUMN_TITLES } from './column-titles';
import { caseGroupNaming } from './labels';
import { normalizeText } from './normalize-label';
import type { ReadingState, RowPlacer } from './reading-state';
import type { ReportBuilder } from './report-builder';
import { CASE_COLUMNS, CASE_GROUPS, type CaseGroup } from './report-data';
import type { RowParts } from './row-parts';

const TITLES = CASE_COLUMNS.map((column) => CASE_COLUMN_TITLES[column]);
const GROUP_WIDTH = CASE_COLUMNS.length;
const WIDE = GROUP_WIDTH * CASE_GROUPS.length;

function recordGroup(out: ReportBuilder, group: CaseGroup, text: string, values: CellValue[]): void {
  const row = out.record({ kind: 'cases', path: group, columns: CASE_COLUMNS, titles: TITLES, text }, values);
  if (row) out.cases[group] = row;
}

/** A row labelled with its group: `行政复议 | 0 | 0 | 0 | 0 | 0`. */
export const placeCaseRow: RowPlacer = (parts, _state, out) => {
  const naming = caseGroupNaming(normalizeText(parts.label ?? ''));
  if (naming.names !== 'one') return false;
  recordGroup(out, naming.group, parts.text, parts.values);
  return true;
};

/** A row of bare numbers: all three groups, or the one group a heading above named. */
export function placeBareCaseRow(parts: RowParts, state: ReadingState, out: ReportBuilder): boolean {
  const values = withoutSurplusBlanks(parts.values);
  if (values.length === WIDE) {
    CASE_GROUPS.forEach((group, i) => {
      recordGroup(out, group, parts.text, values.slice(i * GROUP_WIDTH, (i + 1) * GROUP_WIDTH));
    });
    return true;
  }
  if (state.caseGroup && values.length === GROUP_WIDTH) {
    recordGroup(out, state.caseGroup, parts.text, values);
    return true;
  }
  return false;
}

/** Blank cells beyond the wide row's 15, at either end, are layout (merged or padding cells). */
function withoutSurplusBlanks(values: CellValue[]): CellValue[] {
  let start = 0;
  let end = values.length;
  while (end - start > WIDE && values[start].kind === 'blank') start++;
  while (end - start > WIDE && values[end - 1].kind === 'blank') end--;
  return values.slice(start, end);
}
