import { el, fill } from '../lib/dom.js';
import { collapsed } from '../lib/collapse.js';
import { AssessmentRow, DashboardData } from './dashboard-data.js';
import { GroupScore, groupRankingTable, groupScores, points } from './group-ranking.js';
import { GroupLevel, Selection, rowWord } from './selection.js';
import { townshipLink } from './township-lists.js';

type Criterion = AssessmentRow['criteria'][number];

/** A criterion's points; its evidence (why points were lost) as the cell's tooltip. */
function criterionCell(criterion: Criterion): HTMLTableCellElement {
  const lost = criterion.points < criterion.maxPoints;
  const why = criterion.evidence.map((e) => e.text).join('\n');
  return el('td', { class: `num${lost ? ' lost' : ''}`, title: why || undefined }, points(criterion.points));
}

/** The row under a township that opens on 理由: each criterion's points with its evidence. */
function reasonsRow(row: AssessmentRow, columns: number): HTMLTableRowElement {
  const lines = row.criteria.map((c) =>
    el(
      'li',
      {},
      el('strong', {}, `${c.label}：${points(c.points)} / ${points(c.maxPoints)} 分`),
      c.evidence.length > 0 ? `\u3000${c.evidence.map((e) => e.text).join('；')}` : '\u3000满分',
    ),
  );
  const reasons = el('tr', { class: 'reasons', hidden: true }, el('td', { colspan: columns }, el('ul', {}, ...lines)));
  return reasons;
}

function rankingRows(row: AssessmentRow, selection: Selection, columns: number): HTMLTableSectionElement {
  const reasons = reasonsRow(row, columns);
  const toggle = el('button', { type: 'button', class: 'reasons-toggle', onclick: () => (reasons.hidden = !reasons.hidden) }, '理由');
  const line = el(
    'tr',
    { class: row.reported ? '' : 'missing' },
    el('td', { class: 'num' }, row.rank),
    el('td', {}, townshipLink(row.township, selection, row.reported ? '' : '（未报送）'), ' ', toggle),
    ...row.criteria.map(criterionCell),
    el('td', { class: 'num total' }, points(row.total)),
  );
  // A tbody per township keeps its reasons with it when the list is collapsed or sorted.
  return el('tbody', { 'data-township': row.township.code }, line, reasons);
}

function table(rows: AssessmentRow[], selection: Selection): HTMLTableElement {
  const criteria = rows[0].criteria;
  const header = el(
    'tr',
    {},
    el('th', {}, '排名'),
    el('th', {}, '乡镇'),
    ...criteria.map((c) => el('th', {}, `${c.label}（${points(c.maxPoints)}）`)),
    el('th', {}, `总分（${points(rows[0].maxTotal)}）`),
  );
  const columns = criteria.length + 3;
  const moreRow = (button: HTMLButtonElement) => el('tbody', {}, el('tr', {}, el('td', { colspan: columns }, button)));
  const bodies = collapsed(
    rows.map((row) => rankingRows(row, selection, columns)),
    moreRow,
  );
  return el('table', { class: 'grid ranking' }, el('thead', {}, header), ...bodies);
}

function toggle(label: string, className: string, onclick: () => void): HTMLButtonElement {
  return el('button', { type: 'button', class: className, onclick }, label);
}

/** The township ranking, lowest first or highest first. */
function townshipTable(rows: AssessmentRow[], worstFirst: boolean, selection: Selection): HTMLTableElement {
  const ordered = [...rows].sort(
    (a, b) => (worstFirst ? b.rank - a.rank : a.rank - b.rank) || a.township.code.localeCompare(b.township.code),
  );
  return table(ordered, selection);
}

/** The counties' (or cities') averages, lowest first or highest first. */
function groupTable(scores: GroupScore[], level: GroupLevel, worstFirst: boolean, selection: Selection): HTMLTableElement {
  return groupRankingTable(worstFirst ? scores : [...scores].reverse(), level, selection);
}

/**
 * The assessment ranking, lowest scores first so that the townships behind are the first seen
 * (a button turns it round); each row's 理由 shows the evidence behind every criterion's points.
 * Above the county it opens on the counties (or cities) by their townships' average, a click
 * drilling down; a button switches to every township's ranking and back.
 */
export async function drawAssessment(target: HTMLElement, data: DashboardData): Promise<void> {
  const rows = await data.assessment();
  if (typeof rows === 'string') return fill(target, el('p', { class: 'meta' }, rows));
  if (rows.length === 0) return fill(target, '无考核结果');
  const { selection } = data;
  const level = selection.groupLevel;
  const scores = level ? groupScores(rows, await data.groups(), level) : [];
  let worstFirst = true;
  let byGroup = scores.length > 0;
  // The switch between the two views, only where there are groups to show.
  const groupsOf = scores.length > 0 ? level : null;
  const draw = () => {
    const turn = toggle(
      worstFirst ? '当前：得分由低到高（点击改为由高到低）' : '当前：得分由高到低（点击改为由低到高）',
      'sort-toggle',
      () => {
        worstFirst = !worstFirst;
        draw();
      },
    );
    const view =
      groupsOf &&
      toggle(byGroup ? '改看各乡镇排名' : `改看各${rowWord(groupsOf)}平均得分`, 'view-toggle', () => {
        byGroup = !byGroup;
        draw();
      });
    const shown = groupsOf && byGroup ? groupTable(scores, groupsOf, worstFirst, selection) : townshipTable(rows, worstFirst, selection);
    fill(target, turn, view, shown);
  };
  draw();
}
