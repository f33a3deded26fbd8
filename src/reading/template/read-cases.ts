/**
 * Table 4: review, direct litigation and litigation after review, five columns each. The
 * template prints them side by side, so the data row is 15 bare numbers in that order; some
 * reports give each group a row or a table of its own under a heading that names it.
 */
import { CellValue } from './cell-value';
import { caseGroupNaming } from './labels';
import { normalizeText } from './normalize-label';
import type { ReadingState, RowPlacer } from './reading-state';
import type { ReportBuilder, RowTarget } from './report-builder';
import { CASE_COLUMNS, CASE_GROUPS, type CaseColumn, type CaseGroup } from './report-data';
import { canHold, type RowParts } from './row-parts';
import { CASE_COLUMN_TITLES, CASE_GROUP_TITLES } from './wording';

const TITLES = CASE_COLUMNS.map((column) => CASE_COLUMN_TITLES[column]);
const GROUP_WIDTH = CASE_COLUMNS.length;
const WIDE = GROUP_WIDTH * CASE_GROUPS.length;

function groupTarget(group: CaseGroup, parts: RowParts, titles: readonly string[] = TITLES): RowTarget<CaseColumn> {
  return { kind: 'cases', path: group, columns: CASE_COLUMNS, titles, text: parts.text, label: parts.label ?? '' };
}

function recordGroup(out: ReportBuilder, group: CaseGroup, parts: RowParts, values: CellValue[]): void {
  const row = out.record(groupTarget(group, parts), values);
  if (row) out.cases[group] = row;
}

/** The wide row's columns repeat per group, so its messages name the group too. */
function wideTarget(group: CaseGroup, parts: RowParts): RowTarget<CaseColumn> {
  return groupTarget(
    group,
    parts,
    TITLES.map((title) => `${CASE_GROUP_TITLES[group]} ${title}`),
  );
}

/** A row labelled with its group: `行政复议 | 0 | 0 | 0 | 0 | 0`. */
export const placeCaseRow: RowPlacer = (parts, _state, out) => {
  const naming = caseGroupNaming(normalizeText(parts.label ?? ''));
  if (naming.names !== 'one') return false;
  recordGroup(out, naming.group, parts, parts.values);
  return true;
};

/**
 * A row of bare numbers: all three groups, or the one group a heading above named. Digits run
 * together (canHold) may stand for either width; the wide row is the template's.
 */
export function placeBareCaseRow(parts: RowParts, state: ReadingState, out: ReportBuilder): boolean {
  const values = withoutSurplusBlanks(parts.values);
  if (canHold(values, WIDE)) {
    const rows = out.recordAcross(
      CASE_GROUPS.map((group) => wideTarget(group, parts)),
      values,
    );
    CASE_GROUPS.forEach((group, i) => {
      const row = rows[i];
      if (row) out.cases[group] = row;
    });
    return true;
  }
  if (state.caseGroup && canHold(values, GROUP_WIDTH)) {
    recordGroup(out, state.caseGroup, parts, values);
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
