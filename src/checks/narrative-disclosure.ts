/**
 * narrative.disclosure: a table-2 count the prose states — 制发规范性文件N件, 现行有效规范性文件N件,
 * 主动公开规章N件, 行政处罚决定N件 … — must agree with the table.
 */
import { narrativeFindings } from './narrative-findings';
import type { Rule } from './rule';

export const narrativeDisclosure: Rule = {
  id: 'narrative.disclosure',
  severity: 'warning',
  check: (data) => narrativeFindings(data, 'narrative.disclosure'),
};
