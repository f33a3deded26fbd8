import { el } from '../lib/dom.js';
import { collapsed, SHOWN_BEFORE_COLLAPSE } from '../lib/collapse.js';
import { percent } from '../lib/format.js';
import { TownshipPlaceFragment } from '../graphql/operations.js';
import { GroupRow } from './dashboard-data.js';
import { GroupLevel, Selection, groupOf, rowWord } from './selection.js';

/** A township of a list (zero applications, missing, late) with what is said after its name. */
export interface ListedTownship {
  township: TownshipPlaceFragment;
  note?: string;
}

/** What a group's share is of: its townships (missing reports) or its reports (late, zero applications). */
export type ShareOf = 'townships' | 'reports';

interface ListGroup {
  group: GroupRow;
  items: ListedTownship[];
  share: number;
}

/** How a group's share is said and counted. */
const SHARES: Record<ShareOf, { word: string; base: (group: GroupRow) => number }> = {
  townships: { word: '乡镇', base: (group) => group.reportCount + group.missingCount },
  reports: { word: '已报送', base: (group) => group.reportCount },
};

type LinkTownship = (item: ListedTownship) => HTMLElement;

/** The groups with any listed township, worst first: the largest share, then the most townships, then by code. */
function listGroups(items: ListedTownship[], groups: GroupRow[], level: GroupLevel, of: ShareOf): ListGroup[] {
  return groups
    .map((group) => {
      const mine = items.filter((item) => groupOf(item.township, level) === group.region.code);
      const base = SHARES[of].base(group);
      return { group, items: mine, share: base === 0 ? 0 : mine.length / base };
    })
    .filter((row) => row.items.length > 0)
    .sort((a, b) => b.share - a.share || b.items.length - a.items.length || a.group.region.code.localeCompare(b.group.region.code));
}

/**
 * One county (or city) of a list: its name and count as a button that opens or closes its
 * townships, and a link one level down.
 */
function groupBlock({ group, items, share }: ListGroup, of: ShareOf, open: boolean, link: LinkTownship, selection: Selection): HTMLElement {
  const { code, name } = group.region;
  const townships = el('div', { class: 'group-items', hidden: !open }, ...collapsed(items.map(link)));
  const toggle = el(
    'button',
    {
      type: 'button',
      class: 'group-toggle',
      'aria-expanded': String(open),
      onclick: () => {
        townships.hidden = !townships.hidden;
        toggle.setAttribute('aria-expanded', String(!townships.hidden));
      },
    },
    `${name} ${items.length} 个（占${SHARES[of].word} ${percent(share)}）`,
  );
  const drill = el(
    'button',
    { type: 'button', class: 'region-link', 'data-region': code, onclick: () => selection.openRegion(code) },
    '进入',
  );
  return el('div', { class: 'list-group', 'data-region': code }, toggle, ' ', drill, townships);
}

/**
 * A township list above the county: one group per county (or city) that has any, worst first,
 * each with its count and share. A short list shows every group open; past ~30 townships the
 * groups start closed, so the list is a dozen lines, not hundreds of chips.
 */
export function groupedList(
  items: ListedTownship[],
  groups: GroupRow[],
  level: GroupLevel,
  of: ShareOf,
  link: LinkTownship,
  selection: Selection,
): HTMLElement[] {
  const rows = listGroups(items, groups, level, of);
  const open = items.length <= SHOWN_BEFORE_COLLAPSE;
  const count = el('span', { class: 'count' }, `共 ${items.length} 个，分布在 ${rows.length} 个${rowWord(level)}：`);
  return [count, ...rows.map((row) => groupBlock(row, of, open, link, selection))];
}
