import { el, fill } from '../lib/dom.js';
import { collapsed } from '../lib/collapse.js';
import { DashboardData } from './dashboard-data.js';
import { ListedTownship, ShareOf, groupedList } from './grouped-list.js';
import { Selection, TownshipRef } from './selection.js';

/** A township's name as a link to its report. */
export function townshipLink(township: TownshipRef, selection: Selection, note = ''): HTMLButtonElement {
  return el(
    'button',
    { type: 'button', class: 'township-link', 'data-township': township.code, onclick: () => selection.openTownship(township.code) },
    township.name + note,
  );
}

/**
 * A list of townships: at a county their names (past 30 behind 展开其余); above it grouped by
 * county (or city), worst first, with counts and shares.
 */
async function list(target: HTMLElement, townships: ListedTownship[], data: DashboardData, of: ShareOf, empty: string): Promise<void> {
  if (townships.length === 0) return fill(target, el('span', { class: 'ok' }, empty));
  const { selection } = data;
  const link = ({ township, note }: ListedTownship) => townshipLink(township, selection, note);
  const level = selection.groupLevel;
  if (level) return fill(target, ...groupedList(townships, await data.groups(), level, of, link, selection));
  fill(target, el('span', { class: 'count' }, `共 ${townships.length} 个：`), ...collapsed(townships.map(link)));
}

export async function drawZeroApplications(target: HTMLElement, data: DashboardData): Promise<void> {
  const rows = (await data.zeroApplications()).map((t) => ({
    township: t,
    note: t.newReceivedTotal?.derived ? '（合计由各列推算）' : '',
  }));
  await list(target, rows, data, 'reports', '无');
}

export async function drawMissing(target: HTMLElement, data: DashboardData): Promise<void> {
  const rows = (await data.missing()).map((township) => ({ township }));
  await list(target, rows, data, 'townships', '全部已报送');
}

/** Late reports are those the report.late rule flags. */
export async function drawLate(target: HTMLElement, data: DashboardData): Promise<void> {
  const rows = (await data.late()).map((r) => ({ township: r.township, note: `（${r.publishedOn ?? '未注明日期'}）` }));
  await list(target, rows, data, 'reports', '无');
}
