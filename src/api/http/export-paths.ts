/**
 * Paths of the download endpoints, shared by the routes that serve them and the API fields
 * that point at them.
 */
export const EXPORT_PATHS = {
  compare: '/export/compare',
  summary: '/export/summary',
  notices: '/export/notices',
  notice: '/export/notice',
} as const;

export type SummaryFormat = 'docx';
export type TableFormat = 'csv' | 'xlsx';

export function summaryDownloadPath(format: SummaryFormat, year: number, regionCode: string): string {
  return `${EXPORT_PATHS.summary}.${format}?${new URLSearchParams({ year: String(year), regionCode })}`;
}
