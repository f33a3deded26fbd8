import { AssessmentDocument, AssessmentQuery } from '../graphql/operations.js';
import { el, fill } from '../lib/dom.js';
import { HubError, gql } from '../lib/graphql.js';
import { Selection } from './selection.js';
import { townshipLink } from './township-lists.js';

type AssessmentRow = AssessmentQuery['assessment'][number];

/** The ranking; undefined when the user's token (or its absence) may not read scores. */
async function fetchAssessment({ regionCode, year }: Selection): Promise<AssessmentRow[] | undefined> {
  try {
    const data = await gql(AssessmentDocument, { regionCode, year });
    return data.assessment;
  } catch (error) {
    if (error instanceof HubError && (error.code === 'UNAUTHENTICATED' || error.code === 'FORBIDDEN')) return undefined;
    throw error;
  }
}

const points = (n: number) => String(Math.round(n * 10) / 10);

/** The assessment ranking: rank, township, each criterion's points out of its maximum, total. */
export async function drawAssessment(target: HTMLElement, selection: Selection): Promise<void> {
  const rows = await fetchAssessment(selection);
  if (!rows)
    return fill(target, el('p', { class: 'meta' }, '考核结果仅评审人员可见：请在页首填写评审（EVALUATOR）或分析（ANALYST）令牌。'));
  if (rows.length === 0) return fill(target, '无考核结果');
  const criteria = rows[0].criteria;
  const header = el(
    'tr',
    {},
    el('th', {}, '排名'),
    el('th', {}, '乡镇'),
    ...criteria.map((c) => el('th', {}, `${c.label}（${points(c.maxPoints)}）`)),
    el('th', {}, `总分（${points(rows[0].maxTotal)}）`),
  );
  const body = rows.map((row) =>
    el(
      'tr',
      { class: row.reported ? '' : 'missing' },
      el('td', { class: 'num' }, row.rank),
      el('td', {}, townshipLink(row.township, selection, row.reported ? '' : '（未报送）')),
      ...row.criteria.map((c) => el('td', { class: `num${c.points < c.maxPoints ? ' lost' : ''}` }, points(c.points))),
      el('td', { class: 'num total' }, points(row.total)),
    ),
  );
  fill(target, el('table', { class: 'grid' }, el('thead', {}, header), el('tbody', {}, ...body)));
}
