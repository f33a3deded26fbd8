import { el, fill } from '../lib/dom.js';
import { MissingReportsDocument, ZeroApplicationTownshipsDocument } from '../graphql/operations.js';
import { gql } from '../lib/graphql.js';
import { Selection, TownshipRef } from './selection.js';
import { TownshipIssues } from './township-issues.js';

/** A township's name as a link to its report. */
export function townshipLink(township: TownshipRef, selection: Selection, note = ''): HTMLButtonElement {
  return el(
    'button',
    { type: 'button', class: 'township-link', 'data-township': township.code, onclick: () => selection.openTownship(township.code) },
    township.name + note,
  );
}

function list(target: HTMLElement, townships: { township: TownshipRef; note?: string }[], selection: Selection, empty: string): void {
  if (townships.length === 0) fill(target, el('span', { class: 'ok' }, empty));
  else fill(target, ...townships.map(({ township, note }) => townshipLink(township, selection, note)));
}

export async function drawZeroApplications(target: HTMLElement, selection: Selection): Promise<void> {
  const data = await gql(ZeroApplicationTownshipsDocument, { regionCode: selection.regionCode, year: selection.year });
  const rows = data.zeroApplicationTownships.map((t) => ({ township: t, note: t.newReceivedTotal?.derived ? '（合计由各列推算）' : '' }));
  list(target, rows, selection, '无');
}

export async function drawMissing(target: HTMLElement, selection: Selection): Promise<void> {
  const data = await gql(MissingReportsDocument, { regionCode: selection.regionCode, year: selection.year });
  list(
    target,
    data.missingReports.map((township) => ({ township })),
    selection,
    '全部已报送',
  );
}

/** Late reports are those the report.late rule flags. */
export function drawLate(target: HTMLElement, reports: TownshipIssues[], selection: Selection): void {
  const late = reports.filter((r) => r.issues.some((i) => i.rule === 'report.late'));
  list(
    target,
    late.map((r) => ({ township: r.township, note: `（${r.publishedOn ?? '未注明日期'}）` })),
    selection,
    '无',
  );
}
