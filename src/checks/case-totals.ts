/**
 * Table 4 totals, shared by review.total and litigation.total: in each case-outcome group
 * 结果维持 + 结果纠正 + 其他结果 + 尚未审结 = 总计.
 */
import { CASE_COLUMNS, CASE_GROUPS, type CaseColumn, type CaseGroup, type ReportData } from '../reading/template/report-data';
import { compareSums, type Operand } from './helpers';
import { CASE_COLUMN_LABELS, caseRowRef } from '../reading/template/cell-labels';
import type { Finding } from './rule';

export type CaseTotalRule = 'review.total' | 'litigation.total';

/** Which rule speaks for a group: the rule ids keep 行政复议 apart from 行政诉讼. */
function ruleOf(group: CaseGroup): CaseTotalRule {
  switch (group) {
    case 'review':
      return 'review.total';
    case 'litigationDirect':
    case 'litigationAfterReview':
      return 'litigation.total';
    default: {
      const unknown: never = group;
      throw new Error(`unknown case group ${String(unknown)}`);
    }
  }
}

const PARTS = CASE_COLUMNS.filter((column) => column !== 'total');

function checkGroup(data: ReportData, group: CaseGroup): Finding[] {
  const row = data[group];
  if (!row) return [];
  const operand = (column: CaseColumn): Operand => ({
    path: `${group}.${column}`,
    label: CASE_COLUMN_LABELS[column],
    value: row[column],
  });
  return compareSums(caseRowRef(group), PARTS.map(operand), [operand('total')]);
}

export function caseTotalFindings(data: ReportData, rule: CaseTotalRule): Finding[] {
  return CASE_GROUPS.filter((group) => ruleOf(group) === rule).flatMap((group) => checkGroup(data, group));
}
