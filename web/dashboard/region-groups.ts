import { el, fill } from '../lib/dom.js';
import { percent } from '../lib/format.js';
import { TownshipPlaceFragment } from '../graphql/operations.js';
import { AssessmentRow, DashboardData, GroupRow, groupValue } from './dashboard-data.js';
import { groupScores } from './group-ranking.js';
import { GroupLevel, Selection, TownshipRef, groupOf, rowWord } from './selection.js';

/** One county (or city) of the region: its townships' counts in the year. */
interface GroupSummary {
  region: TownshipRef;
  townships: number;
  reported: number;
  late: number;
  zeroApplications: number;
  issues: number;
  /** Null without a token that may read scores. */
  averageScore: number | null;
}

function countBy(townships: TownshipPlaceFragment[], level: GroupLevel): Map<string, number> {
  const counts = new Map<string, number>();
  for (const township of townships) {
    const group = groupOf(township, level);
    if (group) counts.set(group, (counts.get(group) ?? 0) + 1);
  }
  return counts;
}

/** Each group's average total, by its code; null for every group when scores may not be read. */
function averageScores(rows: AssessmentRow[] | string, groups: GroupRow[], level: GroupLevel): (code: string) => number | null {
  const averages = new Map(typeof rows === 'string' ? [] : groupScores(rows, groups, level).map((s) => [s.group.region.code, s.average]));
  return (code: string) => averages.get(code) ?? null;
}

/** Every group of the region, those without a single report included. */
async function groupRows(data: DashboardData, level: GroupLevel): Promise<GroupSummary[]> {
  const [groups, late, zero, assessment] = await Promise.all([data.groups(), data.late(), data.zeroApplications(), data.assessment()]);
  const lateBy = countBy(
    late.map((r) => r.township),
    level,
  );
  const zeroBy = countBy(zero, level);
  const averageOf = averageScores(assessment, groups, level);
  return groups.map((row) => ({
    region: row.region,
    townships: row.reportCount + row.missingCount,
    reported: row.reportCount,
    late: lateBy.get(row.region.code) ?? 0,
    zeroApplications: zeroBy.get(row.region.code) ?? 0,
    issues: groupValue(row, 'derived.issueCount') ?? 0,
    averageScore: averageOf(row.region.code),
  }));
}

const share = (row: GroupSummary) => (row.townships === 0 ? 1 : row.reported / row.townships);

/** Worst first: the smallest share reported, then the lowest average score, then the most issues per report. */
function worstFirst(a: GroupSummary, b: GroupSummary): number {
  const perReport = (row: GroupSummary) => (row.reported === 0 ? 0 : row.issues / row.reported);
  return share(a) - share(b) || (a.averageScore ?? 0) - (b.averageScore ?? 0) || perReport(b) - perReport(a);
}

function countCell(count: number, of: number): HTMLTableCellElement {
  return el('td', { class: 'num' }, of === 0 ? '0' : `${count}（${percent(count / of)}）`);
}

function groupLine(row: GroupSummary, selection: Selection): HTMLTableRowElement {
  const drill = el(
    'button',
    { type: 'button', class: 'region-link', 'data-region': row.region.code, onclick: () => selection.openRegion(row.region.code) },
    row.region.name,
  );
  return el(
    'tr',
    { class: row.reported === 0 ? 'missing' : '' },
    el('th', {}, drill),
    el('td', { class: 'num' }, row.townships),
    countCell(row.reported, row.townships),
    countCell(row.late, row.reported),
    countCell(row.zeroApplications, row.reported),
    el('td', { class: 'num' }, row.issues),
    el('td', { class: 'num' }, row.averageScore === null ? '—' : row.averageScore.toFixed(1)),
  );
}

/** The region's counties (or cities) as page text, worst first; a click drills down. */
export async function drawRegionGroups(target: HTMLElement, data: DashboardData, level: GroupLevel): Promise<void> {
  const rows = (await groupRows(data, level)).sort(worstFirst);
  const headings = [rowWord(level), '乡镇数', '已报送', '逾期发布', '零申请', '问题数', '平均得分'];
  fill(
    target,
    el(
      'table',
      { class: 'grid groups' },
      el('thead', {}, el('tr', {}, ...headings.map((h) => el('th', {}, h)))),
      el('tbody', {}, ...rows.map((row) => groupLine(row, data.selection))),
    ),
    el(
      'p',
      { class: 'meta' },
      '按报送率从低到高、平均得分从低到高排列；点击名称查看下一级。平均得分须填写评审或分析令牌，且本地区有该年度的考核细则。',
    ),
  );
}
