import { byId, fill } from '../lib/dom.js';
import { downloadFile } from '../lib/download.js';
import { errorText } from '../lib/format.js';
import { Selection } from './selection.js';

/** The metrics the dashboard shows, as the CSV and XLSX export lists them per township (or county). */
const SHOWN_METRICS = [
  'channels.website',
  'channels.weibo',
  'channels.wechat',
  'channels.gazette',
  'applications.newReceived.total',
  'review.total',
  'derived.issueCount',
];

/** The export of what is shown: the region's townships (above the county its counties or cities), those without a report included. */
function comparePath(format: 'csv' | 'xlsx', { regionCode, year, groupLevel }: Selection): string {
  const input = { metrics: SHOWN_METRICS, years: [year], regionCode, groupBy: groupLevel ?? 'TOWNSHIP', includeMissing: true };
  return `/export/compare.${format}?${new URLSearchParams({ input: JSON.stringify(input) })}`;
}

function summaryPath({ regionCode, year }: Selection): string {
  return `/export/summary.docx?${new URLSearchParams({ year: String(year), regionCode })}`;
}

/** The buttons for CSV, XLSX, the 汇总 Word file and printing, each for the selection shown at the time of the click. */
export function bindDownloads(current: () => Selection | undefined): void {
  const status = byId('download-status');
  const run = (path: (selection: Selection) => string, name: string) => () => {
    const selection = current();
    if (!selection) return;
    fill(status, '正在生成…');
    downloadFile(path(selection), name)
      .then(() => fill(status))
      .catch((error: unknown) => fill(status, `下载失败：${errorText(error)}`));
  };
  byId('export-csv').addEventListener(
    'click',
    run((s) => comparePath('csv', s), '对比.csv'),
  );
  byId('export-xlsx').addEventListener(
    'click',
    run((s) => comparePath('xlsx', s), '对比.xlsx'),
  );
  byId('export-docx').addEventListener('click', run(summaryPath, '汇总.docx'));
  byId('print').addEventListener('click', () => window.print());
}
