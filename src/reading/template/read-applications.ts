/** Table 3: seven applicant columns per row; sub-rows placed under their （三）–（六） group. */
import { applicationGroup, applicationRow } from './labels';
import { normalizeLabel } from './normalize-label';
import type { RowPlacer } from './reading-state';
import { APPLICANT_COLUMNS, setApplicationRow, type ApplicantRow, type ApplicationGroup, type Cell } from './report-data';
import type { ReportBuilder } from './report-builder';
import { APPLICANT_COLUMN_TITLES } from './wording';

const TITLES = APPLICANT_COLUMNS.map((column) => APPLICANT_COLUMN_TITLES[column]);

/** The group a merged heading cell before the label names (`（三）不予公开`), if any. */
export function groupNamedIn(texts: string[]): ApplicationGroup | undefined {
  const groups = texts.map((text) => applicationGroup(normalizeLabel(text)));
  return groups.filter((group) => group !== undefined).pop();
}

export const placeApplicationRow: RowPlacer = (parts, state, out) => {
  const match = applicationRow(parts.key, groupNamedIn(parts.context) ?? state.applicationGroup);
  if (!match) return false;
  state.applicationGroup = match.group;
  const target = {
    kind: 'applications' as const,
    path: `applications.${match.path}`,
    columns: APPLICANT_COLUMNS,
    titles: TITLES,
    text: parts.text,
    label: parts.label ?? '',
  };
  const row = out.record(target, parts.values);
  if (row) setApplicationRow(out.applications, match.path, row);
  return true;
};

const OTHER_HANDLING_PARTS = ['overdueCorrection', 'overdueFee', 'other'] as const;

/**
 * 2021's （六）其他处理 has sub-rows 1–3 and no row of its own; its `total` is their sum
 * (docs/domain.md). A total row the report fills in stands as written; a blank one is replaced.
 */
export function completeOtherHandling(out: ReportBuilder): void {
  const group = out.applications.otherHandling;
  const keys = OTHER_HANDLING_PARTS.filter((key) => group?.[key] !== undefined);
  if (!group || keys.length === 0 || hasNumbers(group.total)) return;
  // A sub-row the document has but the reader could not place leaves the sum unknown, not smaller.
  const complete = keys.length === OTHER_HANDLING_PARTS.length;
  const sums = APPLICANT_COLUMNS.map((column) => [column, complete ? sum(keys.map((key) => group[key]![column])) : null] as const);
  group.total = Object.fromEntries(sums) as ApplicantRow;
  for (const [column, value] of sums) {
    if (value === null) continue;
    const parts = keys.map((key) => `applications.otherHandling.${key}.${column}`);
    out.deriveSource(`applications.otherHandling.total.${column}`, parts, APPLICANT_COLUMN_TITLES[column], 'parse.sum');
  }
}

function hasNumbers(row: ApplicantRow | undefined): boolean {
  return row !== undefined && Object.values(row).some((cell) => cell !== null);
}

/** A sum of stated numbers; unknown when any part is blank. */
function sum(cells: Cell[]): Cell {
  const numbers = cells.filter((cell): cell is number => cell !== null);
  return numbers.length === cells.length ? numbers.reduce((a, b) => a + b, 0) : null;
}
