import { byId, el, fill } from '../lib/dom.js';
import { errorText } from '../lib/format.js';
import { ReportDocument, ReviewIssueDocument, ReviewedIssuesDocument, Role } from '../graphql/operations.js';
import { gql } from '../lib/graphql.js';
import { ReviewIssue } from '../report/issue-list.js';
import { IssueView } from '../report/report-fields.js';
import { reportView } from '../report/report-view.js';

/** An evaluator's decision on an issue of the township's current report. */
function reviewer(townshipCode: string, year: number): ReviewIssue {
  return async (issue, status, comment) => {
    const data = await gql(ReviewIssueDocument, {
      input: { townshipCode, year, fingerprint: issue.fingerprint, status, comment: comment || undefined },
    });
    return data.reviewIssue;
  };
}

/** What the token in use may do with issues: read their reviews (evaluators, analysts), decide them (evaluators). */
export interface ReviewAccess {
  readsReviews: boolean;
  decides: boolean;
}

export function reviewAccess(role: Role | null): ReviewAccess {
  return { readsReviews: role !== null && role !== 'UPLOADER', decides: role === 'ADMIN' || role === 'EVALUATOR' };
}

/** The issues with their review decisions, when the user's token may read them; else undefined. */
async function reviewedIssues(townshipCode: string, year: number, access: ReviewAccess): Promise<IssueView[] | undefined> {
  if (!access.readsReviews) return undefined;
  return gql(ReviewedIssuesDocument, { townshipCode, year })
    .then((data) => data.report?.issues)
    .catch(() => undefined);
}

async function showReport(body: HTMLElement, townshipCode: string, year: number, access: ReviewAccess): Promise<void> {
  const [data, reviewed] = await Promise.all([gql(ReportDocument, { townshipCode, year }), reviewedIssues(townshipCode, year, access)]);
  if (!data.report) return fill(body, el('p', { class: 'blank' }, `该乡镇 ${year} 年度报告未报送。`));
  if (!reviewed)
    return fill(body, el('p', { class: 'meta' }, '评审人员在页首填写令牌后，可对每个问题确认或排除。'), reportView(data.report));
  const decide = access.decides ? reviewer(townshipCode, year) : undefined;
  fill(body, reportView({ ...data.report, issues: reviewed }, decide));
}

/** Opens the side panel with a township's report for the year (or says there is none). */
export async function openReportPanel(townshipCode: string, year: number, access: ReviewAccess): Promise<void> {
  const body = byId('report-body');
  byId('report-panel').hidden = false;
  fill(body, el('p', { class: 'loading' }, '正在加载…'));
  await showReport(body, townshipCode, year, access).catch((error) => fill(body, el('p', { class: 'error-text' }, errorText(error))));
}

export function bindReportPanel(): void {
  byId('report-close').addEventListener('click', () => (byId('report-panel').hidden = true));
  document.addEventListener('keydown', (event) => event.key === 'Escape' && (byId('report-panel').hidden = true));
}
