/**
 * applications.outcomeTotal: in every column of table 3 the outcome rows （一）–（六） add up
 * to （七）总计.
 */
import {
  APPLICANT_COLUMNS,
  APPLICATION_GROUPS,
  applicationRow,
  type ApplicantColumn,
  type Applications,
} from '../reading/template/report-data';
import { OTHER_HANDLING_SUB_ROWS, applicationOperand, compareSums } from './helpers';
import { applicationColumnRef, applicationRowLabel, type ApplicationRowPath } from '../reading/template/cell-labels';
import type { Finding, Rule } from './rule';

/** （一）–（五）: every row that is one outcome by itself. */
const DECIDED_ROWS: readonly ApplicationRowPath[] = [
  'granted',
  'partiallyGranted',
  ...(['denied', 'unavailable', 'notProcessed'] as const).flatMap((group) =>
    APPLICATION_GROUPS[group].map((key) => `${group}.${key}` as ApplicationRowPath),
  ),
];

/**
 * （六）其他处理 counted once: its `total` row when the report has one (2019, or a 2021 report
 * printing the single row), else its sub-rows; applications.subtotals checks the two agree.
 */
function otherHandlingRows(apps: Applications): readonly ApplicationRowPath[] {
  if (apps.otherHandling?.total) return ['otherHandling.total'];
  return OTHER_HANDLING_SUB_ROWS;
}

function checkColumn(apps: Applications, rows: readonly ApplicationRowPath[], column: ApplicantColumn): Finding[] {
  const outcomes = rows.map((row) => applicationOperand(apps, row, column, applicationRowLabel(row)));
  const total = applicationOperand(apps, 'totalProcessed', column, applicationRowLabel('totalProcessed'));
  return compareSums(applicationColumnRef(column), outcomes, [total], '（一）至（六）各项办理结果之和');
}

export const applicationsOutcomeTotal: Rule = {
  id: 'applications.outcomeTotal',
  severity: 'error',
  check: ({ applications }) => {
    if (!applications?.totalProcessed) return [];
    // Rows the report does not have are not operands; with none at all there is nothing to add.
    const rows = [...DECIDED_ROWS, ...otherHandlingRows(applications)].filter((row) => applicationRow(applications, row));
    if (rows.length === 0) return [];
    return APPLICANT_COLUMNS.flatMap((column) => checkColumn(applications, rows, column));
  },
};
