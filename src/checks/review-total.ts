/** review.total: 行政复议 outcomes add up to its 总计. */
import { caseTotalFindings } from './case-totals';
import type { Rule } from './rule';

export const reviewTotal: Rule = {
  id: 'review.total',
  severity: 'error',
  check: (data) => caseTotalFindings(data, 'review.total'),
};
