/**
 * What the table walk knows between rows: which table it is in and the headings in force.
 * Merged cells appear once, so a sub-row learns its group from rows above it.
 */
import type { Unit } from './cell-value';
import type { ReportBuilder } from './report-builder';
import type { ApplicationGroup, CaseGroup } from './report-data';
import type { RowParts } from './row-parts';
import type { TableKind } from './table-kind';

export interface ReadingState {
  kind?: TableKind;
  /** The （三）–（六） heading of table 3 in force. */
  applicationGroup?: ApplicationGroup;
  /** The table-4 group a heading named, for layouts that give each group its own table. */
  caseGroup?: CaseGroup;
  /** The amount unit the current table-2 block's header states (采购总金额（万元）). */
  amountUnit?: Unit;
}

/**
 * Places a labelled row of one table into `out`, updating `state`'s headings. Returns false,
 * leaving both untouched, when the label is none of that table's rows.
 */
export type RowPlacer = (parts: RowParts, state: ReadingState, out: ReportBuilder) => boolean;
