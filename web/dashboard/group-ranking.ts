import { el } from '../lib/dom.js';
import { AssessmentRow, GroupRow } from './dashboard-data.js';
import { GroupLevel, Selection, groupOf, rowWord } from './selection.js';
import { townshipLink } from './township-lists.js';

export const points = (n: number) => String(Math.round(n * 10) / 10);

/** A county (or city) of the region as the ranking shows it: its townships' scores averaged, and its lowest. */
export interface GroupScore {
  group: GroupRow;
  /** 1 for the highest average. */
  place: number;
  scored: number;
  /** Each criterion's average points, in the rubric's order. */
  criteria: { label: string; points: number; maxPoints: number }[];
  average: number;
  maxTotal: number;
  lowest: AssessmentRow;
}

const mean = (values: number[]) => values.reduce((sum, v) => sum + v, 0) / values.length;

function scoreOf(group: GroupRow, rows: AssessmentRow[]): GroupScore {
  const criteria = rows[0].criteria.map((criterion, i) => ({
    label: criterion.label,
    maxPoints: criterion.maxPoints,
    points: mean(rows.map((row) => row.criteria[i].points)),
  }));
  const lowest = rows.reduce((low, row) => (row.total < low.total ? row : low));
  return { group, place: 0, scored: rows.length, criteria, average: mean(rows.map((r) => r.total)), maxTotal: rows[0].maxTotal, lowest };
}

/**
 * Every county (or city) with a scored township, its townships' scores averaged (those without
 * a report score too, as the ranking scores them), numbered from the highest average, listed lowest first.
 */
export function groupScores(rows: AssessmentRow[], groups: GroupRow[], level: GroupLevel): GroupScore[] {
  const byGroup = new Map<string, AssessmentRow[]>();
  for (const row of rows) {
    const code = groupOf(row.township, level);
    if (code) byGroup.set(code, [...(byGroup.get(code) ?? []), row]);
  }
  return groups
    .filter((group) => byGroup.has(group.region.code))
    .map((group) => scoreOf(group, byGroup.get(group.region.code)!))
    .sort((a, b) => b.average - a.average || a.group.region.code.localeCompare(b.group.region.code))
    .map((score, i) => ({ ...score, place: i + 1 }))
    .reverse();
}

function scoreLine(score: GroupScore, selection: Selection): HTMLTableRowElement {
  const { code, name } = score.group.region;
  const drill = el(
    'button',
    { type: 'button', class: 'region-link', 'data-region': code, onclick: () => selection.openRegion(code) },
    name,
  );
  return el(
    'tr',
    { 'data-region': code },
    el('td', { class: 'num' }, score.place),
    el('th', {}, drill),
    el('td', { class: 'num' }, score.scored),
    ...score.criteria.map((c) => el('td', { class: `num${c.points < c.maxPoints ? ' lost' : ''}` }, points(c.points))),
    el('td', { class: 'num total' }, points(score.average)),
    el('td', {}, townshipLink(score.lowest.township, selection, ` ${points(score.lowest.total)}`)),
  );
}

/**
 * The ranking above the county: a row per county (or city) with each criterion's average and the
 * average total, in the order given; a click on a name drills down, on its lowest township opens
 * that township's report.
 */
export function groupRankingTable(scores: GroupScore[], level: GroupLevel, selection: Selection): HTMLTableElement {
  const header = el(
    'tr',
    {},
    el('th', {}, '排名'),
    el('th', {}, rowWord(level)),
    el('th', {}, '乡镇数'),
    ...scores[0].criteria.map((c) => el('th', {}, `${c.label}（${points(c.maxPoints)}）`)),
    el('th', {}, `平均总分（${points(scores[0].maxTotal)}）`),
    el('th', {}, '最低乡镇'),
  );
  const lines = scores.map((score) => scoreLine(score, selection));
  return el('table', { class: 'grid ranking group-ranking' }, el('thead', {}, header), el('tbody', {}, ...lines));
}
