/**
 * channels.narrative: a channel or response count the report states both in the platform
 * table and in its prose must be the same number (通过政府网站公开政府信息130条 against the
 * platform table's 130). Counts of tables 2–4 stated in the prose are the narrative.* rules'.
 */
import type { NarrativeCount, ReportData } from '../reading/template/report-data';
import { differs, formatNumber, valueAt } from './helpers';
import { describeCell } from '../reading/template/cell-labels';
import type { Finding, Rule } from './rule';

/** Heads of platform-table counts, which may have been read from the prose instead. */
const COUNT_HEADS: ReadonlySet<string> = new Set(['channels', 'responses']);

/**
 * Whether the value at `path` was read from a table. A channel count read from the narrative
 * is the narrative's own number: comparing it with the narrative proves nothing.
 */
function readFromTable(data: ReportData, path: string): boolean {
  const [head] = path.split('.');
  return COUNT_HEADS.has(head) && data.countSources?.[path]?.source === 'table';
}

function checkCount(data: ReportData, count: NarrativeCount): Finding[] {
  if (!readFromTable(data, count.key)) return [];
  const tableValue = valueAt(data, count.key);
  if (typeof tableValue !== 'number' || !differs(tableValue, count.value)) return [];
  return [
    {
      message:
        `${describeCell(count.key, data.template)}：表格为 ${formatNumber(tableValue)}，` +
        `正文为 ${formatNumber(count.value)}（“${count.sentence}”）`,
      cells: [count.key],
    },
  ];
}

export const channelsNarrative: Rule = {
  id: 'channels.narrative',
  severity: 'warning',
  check: (data) => (data.narrativeCounts ?? []).flatMap((count) => checkCount(data, count)),
};
