/**
 * narrative.applications: a table-3 count the prose states — 收到/受理申请N件 (new, or new and
 * carried over together), 新收N件, 办结N件, 予以公开N件, 不予公开N件 … — must agree with the table.
 */
import { narrativeFindings } from './narrative-findings';
import type { Rule } from './rule';

export const narrativeApplications: Rule = {
  id: 'narrative.applications',
  severity: 'warning',
  check: (data) => narrativeFindings(data, 'narrative.applications'),
};
