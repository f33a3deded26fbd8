/**
 * applications.rowTotal: in every table-3 row the six applicant columns add up to 总计.
 */
import { APPLICANT_PARTS, applicationRow, type ApplicantColumn, type Applications } from '../reading/template/report-data';
import { APPLICATION_ROWS, applicationOperand, compareSums } from './helpers';
import { APPLICANT_COLUMN_LABELS, applicationRowRef, type ApplicationRowPath } from '../reading/template/cell-labels';
import type { Finding, Rule } from './rule';

function checkRow(apps: Applications | undefined, row: ApplicationRowPath): Finding[] {
  if (!applicationRow(apps, row)) return [];
  const operand = (column: ApplicantColumn) => applicationOperand(apps, row, column, APPLICANT_COLUMN_LABELS[column]);
  return compareSums(applicationRowRef(row), APPLICANT_PARTS.map(operand), [operand('total')]);
}

export const applicationsRowTotal: Rule = {
  id: 'applications.rowTotal',
  severity: 'error',
  check: ({ applications }) => APPLICATION_ROWS.flatMap((row) => checkRow(applications, row)),
};
