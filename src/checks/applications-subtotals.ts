/**
 * applications.subtotals: in the 2021 template （六）其他处理 has three sub-rows whose sum is
 * its total, per column. Reports printing only the single （六） row have nothing to check.
 */
import { APPLICANT_COLUMNS, applicationRow, type Applications } from '../reading/template/report-data';
import { OTHER_HANDLING_SUB_ROWS, applicationOperand, compareSums } from './helpers';
import { applicationColumnRef, applicationRowLabel, type ApplicationRowPath } from '../reading/template/cell-labels';
import type { Rule } from './rule';

const TOTAL_ROW: ApplicationRowPath = 'otherHandling.total';

function hasRows(apps: Applications | undefined): apps is Applications {
  return [...OTHER_HANDLING_SUB_ROWS, TOTAL_ROW].every((row) => applicationRow(apps, row));
}

export const applicationsSubtotals: Rule = {
  id: 'applications.subtotals',
  severity: 'error',
  check: ({ applications }) => {
    if (!hasRows(applications)) return [];
    return APPLICANT_COLUMNS.flatMap((column) => {
      const operand = (row: ApplicationRowPath) => applicationOperand(applications, row, column, applicationRowLabel(row));
      return compareSums(applicationColumnRef(column), OTHER_HANDLING_SUB_ROWS.map(operand), [operand(TOTAL_ROW)]);
    });
  },
};
