/**
 * applications.identity: the template's own 勾稽关系 for every column of table 3 —
 * 本年新收 + 上年结转 = 本年度办理结果总计 + 结转下年度.
 */
import { APPLICANT_COLUMNS, type ApplicantColumn, type Applications } from '../reading/template/report-data';
import { applicationOperand, compareSums } from './helpers';
import { APPLICATION_SINGLE_ROW_LABELS, applicationColumnRef } from '../reading/template/cell-labels';
import type { Rule } from './rule';

type IdentityRow = 'newReceived' | 'carriedOver' | 'totalProcessed' | 'carriedForward';

function operands(apps: Applications | undefined, column: ApplicantColumn, rows: readonly IdentityRow[]) {
  return rows.map((row) => applicationOperand(apps, row, column, APPLICATION_SINGLE_ROW_LABELS[row].short));
}

export const applicationsIdentity: Rule = {
  id: 'applications.identity',
  severity: 'error',
  check: ({ applications }) =>
    APPLICANT_COLUMNS.flatMap((column) =>
      compareSums(
        applicationColumnRef(column),
        operands(applications, column, ['newReceived', 'carriedOver']),
        operands(applications, column, ['totalProcessed', 'carriedForward']),
      ),
    ),
};
