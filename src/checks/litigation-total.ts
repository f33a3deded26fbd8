/** litigation.total: 行政诉讼 outcomes (未经复议直接起诉, 复议后起诉) add up to their 总计. */
import { caseTotalFindings } from './case-totals';
import type { Rule } from './rule';

export const litigationTotal: Rule = {
  id: 'litigation.total',
  severity: 'error',
  check: (data) => caseTotalFindings(data, 'litigation.total'),
};
