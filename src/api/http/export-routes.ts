import { IncomingMessage, ServerResponse } from 'node:http';
import { DataSource } from 'typeorm';
import { runComparison } from '../../answers/analytics/compare/run-comparison';
import { METRICS } from '../../answers/analytics/metrics/registry';
import { regionSummary } from '../../answers/analytics/region-summary';
import { AccessConfig } from '../auth/access-config';
import { comparisonSheet } from '../../answers/export/comparison-table';
import { parseCompareInput } from '../../answers/export/compare-request';
import { toCsv } from '../../answers/export/csv';
import { summaryDocx } from '../../answers/export/summary-document';
import { toXlsx } from '../../answers/export/xlsx';
import { HubError } from '../../core/errors';
import { checkYear } from '../../core/report-year';
import { requireRegion } from '../../storage/store/regions';
import { EXPORT_PATHS } from './export-paths';
import { Refusal, requestActor } from './request-gate';

interface Download {
  body: Buffer;
  contentType: string;
  filename: string;
}

const CONTENT_TYPES = {
  csv: 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
} as const;

async function comparisonDownload(dataSource: DataSource, url: URL, format: 'csv' | 'xlsx'): Promise<Download> {
  const spec = parseCompareInput(url.searchParams.get('input'));
  const result = await runComparison(dataSource.manager, { ...spec, limit: null, offset: 0, totals: false });
  const shown = result.rows[0]?.values.map((value) => value.metric) ?? spec.metrics;
  const sheet = comparisonSheet(shown, METRICS, result.rows);
  const filename = `对比-${spec.regionCode}-${spec.years.join('_')}.${format}`;
  const body = format === 'csv' ? toCsv(sheet) : await toXlsx(sheet, '对比');
  return { body, contentType: CONTENT_TYPES[format], filename };
}

async function summaryDownload(dataSource: DataSource, url: URL): Promise<Download> {
  const year = checkYear(Number(url.searchParams.get('year')));
  const region = await requireRegion(dataSource.manager, url.searchParams.get('regionCode') ?? '');
  const body = await summaryDocx(await regionSummary(dataSource.manager, region, year));
  return { body, contentType: CONTENT_TYPES.docx, filename: `${region.name}${year}年度政府信息公开工作年度报告汇总.docx` };
}

/** The download a path names, or undefined when it names none. */
function downloadFor(path: string): ((dataSource: DataSource, url: URL) => Promise<Download>) | undefined {
  switch (path) {
    case `${EXPORT_PATHS.compare}.csv`:
      return (dataSource, url) => comparisonDownload(dataSource, url, 'csv');
    case `${EXPORT_PATHS.compare}.xlsx`:
      return (dataSource, url) => comparisonDownload(dataSource, url, 'xlsx');
    case `${EXPORT_PATHS.summary}.docx`:
      return summaryDownload;
    default:
      return undefined;
  }
}

function sendError(response: ServerResponse, status: number, message: string, extensions: Record<string, unknown>): void {
  response.writeHead(status, { 'content-type': 'application/json; charset=utf-8' });
  response.end(JSON.stringify({ errors: [{ message, extensions }] }));
}

const sendHubError = (response: ServerResponse, status: number, error: HubError) =>
  sendError(response, status, error.message, { code: error.code, ...error.details });

/**
 * The downloads: a comparison as CSV (UTF-8 with BOM, for Excel) or XLSX with Chinese
 * headers, taking the same `input` as GraphQL's compare; a region's 汇总 as .docx. They are
 * public data like the queries they mirror, under the same access rule (HUB_PUBLIC_READ).
 */
export function exportHandler(dataSource: DataSource, access: AccessConfig) {
  return (request: IncomingMessage, response: ServerResponse): boolean => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    const download = request.method === 'GET' ? downloadFor(url.pathname) : undefined;
    if (!download) return false;
    (async () => {
      await requestActor(dataSource, request, access);
      const { body, contentType, filename } = await download(dataSource, url);
      response.writeHead(200, {
        'content-type': contentType,
        'content-length': body.length,
        'content-disposition': `attachment; filename*=UTF-8''${encodeURIComponent(filename)}`,
      });
      response.end(body);
    })().catch((error: unknown) => {
      if (error instanceof Refusal) return sendHubError(response, error.status, error.error);
      if (error instanceof HubError) return sendHubError(response, 400, error);
      console.error('export failed', error);
      sendError(response, 500, '服务器内部错误', { code: 'INTERNAL_SERVER_ERROR' });
    });
    return true;
  };
}
