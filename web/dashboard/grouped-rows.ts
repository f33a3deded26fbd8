import { ChannelBar, ChannelKey, CHANNELS, townshipBar } from './channel-chart.js';
import { DashboardData, GroupRow, groupValue } from './dashboard-data.js';
import { IssueRow } from './issue-matrix.js';
import { groupOf } from './selection.js';

/**
 * The rows of the charts: the townships at a county; above it the counties (or cities), each
 * with its townships' sums, so a city's chart has a dozen bars, not hundreds. `open` is what a
 * click on a row does: a township's report, or the region one level down.
 */
export interface ChartRows<T> {
  rows: T[];
  open: (code: string) => void;
}

function groupBar(group: GroupRow): ChannelBar {
  const counts = Object.fromEntries(CHANNELS.map(([key]) => [key, groupValue(group, `channels.${key}`)])) as Record<
    ChannelKey,
    number | null
  >;
  return { code: group.region.code, name: group.region.name, reported: group.reportCount > 0, counts };
}

export async function channelBars(data: DashboardData): Promise<ChartRows<ChannelBar>> {
  const { selection } = data;
  if (!selection.groupLevel) return { rows: (await data.channels()).map(townshipBar), open: selection.openTownship };
  return { rows: (await data.groups()).map(groupBar), open: selection.openRegion };
}

export async function issueRows(data: DashboardData): Promise<ChartRows<IssueRow>> {
  const { selection } = data;
  const reports = await data.issues();
  const level = selection.groupLevel;
  if (!level) {
    const rows = reports.map((r) => ({ code: r.township.code, name: r.township.name, issues: r.issues }));
    return { rows, open: selection.openTownship };
  }
  const rows = (await data.groups()).map((group) => ({
    code: group.region.code,
    name: group.region.name,
    issues: reports.filter((r) => groupOf(r.township, level) === group.region.code).flatMap((r) => r.issues),
  }));
  return { rows, open: selection.openRegion };
}
