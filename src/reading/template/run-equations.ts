/**
 * The template's own arithmetic as equations over ReportData paths: what a split of digits
 * run together must satisfy (docs/domain.md, 勾稽关系). Only rows the report has take part; an
 * equation that needs a row the report lacks is left out rather than read with a 0, since a
 * missing row is unknown. Whether the report's numbers satisfy these is src/checks' concern.
 */
import {
  APPLICANT_COLUMNS,
  APPLICANT_PARTS,
  APPLICATION_GROUPS,
  APPLICATION_ROW_PATHS,
  CASE_COLUMNS,
  applicationRow,
  type Applications,
  type CaseGroup,
  type CaseOutcome,
} from './report-data';

/** The paths in `plus` add up to those in `minus`. */
export interface Equation {
  plus: string[];
  minus: string[];
}

const OTHER_HANDLING_PARTS = APPLICATION_GROUPS.otherHandling.filter((key) => key !== 'total').map((key) => `otherHandling.${key}`);

/** （一）–（五）: the rows that are each one outcome. */
const DECIDED_ROWS: readonly string[] = [
  'granted',
  'partiallyGranted',
  ...(['denied', 'unavailable', 'notProcessed'] as const).flatMap((group) => APPLICATION_GROUPS[group].map((key) => `${group}.${key}`)),
];

const CASE_PARTS = CASE_COLUMNS.filter((column) => column !== 'total');

export function templateEquations(apps: Applications, cases: Partial<Record<CaseGroup, CaseOutcome>>): Equation[] {
  const has = (row: string) => applicationRow(apps, row) !== undefined;
  return [
    ...APPLICATION_ROW_PATHS.filter(has).map(rowTotal),
    ...(['newReceived', 'carriedOver', 'totalProcessed', 'carriedForward'].every(has) ? perColumn(identity) : []),
    ...outcomeTotals(has),
    ...(has('otherHandling.total') && OTHER_HANDLING_PARTS.every(has) ? perColumn(otherHandlingTotal) : []),
    ...(Object.keys(cases) as CaseGroup[]).map(caseTotal),
  ];
}

const cell = (row: string, column: string) => `applications.${row}.${column}`;

function perColumn(equation: (column: string) => Equation): Equation[] {
  return APPLICANT_COLUMNS.map(equation);
}

/** natural + commercial + … + other = total */
function rowTotal(row: string): Equation {
  return { plus: APPLICANT_PARTS.map((column) => cell(row, column)), minus: [cell(row, 'total')] };
}

/** newReceived + carriedOver = totalProcessed + carriedForward */
function identity(column: string): Equation {
  return {
    plus: [cell('newReceived', column), cell('carriedOver', column)],
    minus: [cell('totalProcessed', column), cell('carriedForward', column)],
  };
}

/** The outcome rows add up to totalProcessed; （六） counted once, by its sub-rows or its one row. */
function outcomeTotals(has: (row: string) => boolean): Equation[] {
  const otherHandling = OTHER_HANDLING_PARTS.every(has) ? OTHER_HANDLING_PARTS : ['otherHandling.total'];
  const outcomes = [...DECIDED_ROWS, ...otherHandling];
  if (!outcomes.every(has) || !has('totalProcessed')) return [];
  return perColumn((column) => ({
    plus: outcomes.map((row) => cell(row, column)),
    minus: [cell('totalProcessed', column)],
  }));
}

function otherHandlingTotal(column: string): Equation {
  return { plus: OTHER_HANDLING_PARTS.map((row) => cell(row, column)), minus: [cell('otherHandling.total', column)] };
}

/** maintained + corrected + other + pending = total */
function caseTotal(group: CaseGroup): Equation {
  return { plus: CASE_PARTS.map((column) => `${group}.${column}`), minus: [`${group}.total`] };
}
