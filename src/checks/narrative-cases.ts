/**
 * narrative.cases: a table-4 count the prose states — 行政复议N件, 行政诉讼N件 (both kinds),
 * 复议和诉讼案件N件 (all three rows) — must agree with the table's 总计.
 */
import { narrativeFindings } from './narrative-findings';
import type { Rule } from './rule';

export const narrativeCases: Rule = {
  id: 'narrative.cases',
  severity: 'warning',
  check: (data) => narrativeFindings(data, 'narrative.cases'),
};
