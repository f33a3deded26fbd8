/**
 * What last year's stored report says about this year's cells, for the storage layer to pass
 * to the reader: this year's 上年结转 is last year's 结转下年度, column by column, and (2021
 * template) each document row's 现行有效 is last year's plus this year's made minus repealed.
 * The reader uses them only to choose among splits of digits that ran together, as a person
 * holding last year's report would; they never overrule what the document writes.
 */
import { APPLICANT_COLUMNS, type ReportData } from './report-data';

/** The stored report of the year before: the parts the carry-over and stock rules read. */
export type PreviousYear = Pick<ReportData, 'applications' | 'activeDisclosure'>;

/** The sum of the `plus` cells minus the `minus` cells is `value`. */
export interface KnownSum {
  plus: string[];
  minus: string[];
  value: number;
}

export function previousYearSums(previous: PreviousYear): KnownSum[] {
  return [...carryOver(previous), ...stock(previous)];
}

function carryOver(previous: PreviousYear): KnownSum[] {
  const forward = previous.applications?.carriedForward;
  if (!forward) return [];
  return APPLICANT_COLUMNS.flatMap((column) => {
    const value = forward[column];
    return value === null ? [] : [{ plus: [`applications.carriedOver.${column}`], minus: [], value }];
  });
}

function stock(previous: PreviousYear): KnownSum[] {
  return (['regulations', 'normativeDocuments'] as const).flatMap((item) => {
    const row = previous.activeDisclosure?.[item];
    const valid = row?.valid;
    if (valid === null || valid === undefined) return [];
    // valid = last year's valid + made − repealed, so valid + repealed − made = last year's valid.
    const at = `activeDisclosure.${item}`;
    return [{ plus: [`${at}.valid`, `${at}.repealed`], minus: [`${at}.made`], value: valid }];
  });
}
