/**
 * Which table-3 rows each template has. Both the generator (which rows to fill) and the
 * renderer (which rows to write) need the same answer, so it is decided once here.
 */
import { APPLICATION_GROUPS, APPLICATION_ROW_PATHS, type ApplicationGroup, type TemplateVersion } from '../reading/template/report-data';
import { assertNever } from './assert-never';

/** The 2021 sub-rows of （六）其他处理; 2019 writes one row, stored as `otherHandling.total`. */
const OTHER_HANDLING_PARTS: readonly string[] = APPLICATION_GROUPS.otherHandling
  .filter((key) => key !== 'total')
  .map((key) => `otherHandling.${key}`);

/** Rows that are not outcomes: the stock at both ends of the year and the outcome total. */
const NON_OUTCOME_ROWS: readonly string[] = ['newReceived', 'carriedOver', 'totalProcessed', 'carriedForward'];

/** Table-3 row paths the template prints, in template order. */
export function writtenApplicationRows(template: TemplateVersion): string[] {
  switch (template) {
    case '2019':
      return APPLICATION_ROW_PATHS.filter((path) => !OTHER_HANDLING_PARTS.includes(path));
    case '2021':
      // otherHandling.total is not printed in 2021: it is the sum of the three sub-rows.
      return APPLICATION_ROW_PATHS.filter((path) => path !== 'otherHandling.total');
    default:
      return assertNever(template);
  }
}

/** The printed outcome rows that each processed application lands in exactly once. */
export function outcomeLeafRows(template: TemplateVersion): string[] {
  return writtenApplicationRows(template).filter((path) => !NON_OUTCOME_ROWS.includes(path));
}

/** The outcome leaf rows of one group (`denied` → `denied.stateSecret` …). */
export function groupLeafRows(template: TemplateVersion, group: ApplicationGroup): string[] {
  return outcomeLeafRows(template).filter((path) => path.startsWith(`${group}.`));
}
