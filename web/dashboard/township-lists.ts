import { el, fill } from '../lib/dom.js';
import { collapsed } from '../lib/collapse.js';
import { DashboardData } from './dashboard-data.js';
import { Selection, TownshipRef } from './selection.js';

/** A township's name as a link to its report. */
export function townshipLink(township: TownshipRef, selection: Selection, note = ''): HTMLButtonElement {
  return el(
    'button',
    { type: 'button', class: 'township-link', 'data-township': township.code, onclick: () => selection.openTownship(township.code) },
    township.name + note,
  );
}

function list(target: HTMLElement, townships: { township: TownshipRef; note?: string }[], selection: Selection, empty: string): void {
  if (townships.length === 0) return fill(target, el('span', { class: 'ok' }, empty));
  const links = townships.map(({ township, note }) => townshipLink(township, selection, note));
  fill(target, el('span', { class: 'count' }, `共 ${townships.length} 个：`), ...collapsed(links));
}

export async function drawZeroApplications(target: HTMLElement, data: DashboardData): Promise<void> {
  const rows = (await data.zeroApplications()).map((t) => ({
    township: t,
    note: t.newReceivedTotal?.derived ? '（合计由各列推算）' : '',
  }));
  list(target, rows, data.selection, '无');
}

export async function drawMissing(target: HTMLElement, data: DashboardData): Promise<void> {
  const rows = (await data.missing()).map((township) => ({ township }));
  list(target, rows, data.selection, '全部已报送');
}

/** Late reports are those the report.late rule flags. */
export async function drawLate(target: HTMLElement, data: DashboardData): Promise<void> {
  const rows = (await data.late()).map((r) => ({ township: r.township, note: `（${r.publishedOn ?? '未注明日期'}）` }));
  list(target, rows, data.selection, '无');
}
