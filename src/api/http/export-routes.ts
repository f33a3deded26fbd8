import { IncomingMessage, ServerResponse } from 'node:http';
import { DataSource } from 'typeorm';
import { CellBudget } from '../../core/cell-budget';
import { runComparison } from '../../answers/analytics/compare/run-comparison';
import { METRICS, metricLabel } from '../../answers/analytics/metrics/registry';
import { summarizeRegion } from '../../answers/analytics/region-summary';
import { comparisonSheet, filterWords } from '../../answers/export/comparison-table';
import { parseCompareInput } from '../../answers/export/compare-request';
import { toCsv } from '../../answers/export/csv';
import { summaryDocx } from '../../answers/export/summary-document';
import { toXlsx } from '../../answers/export/xlsx';
import { noticeSheet } from '../../answers/export/notice-sheet';
import { noticeDocx } from '../../answers/export/notice-document';
import { requireNotice } from '../../answers/assessment/rectification/notice-steps';
import { loadNotices } from '../../storage/store/rectification-store';
import { checkYear } from '../../core/report-year';
import { Actor } from '../auth/actor';
import { ACCESS } from '../auth/access';
import { requireRole } from '../auth/require-role';
import { Role } from '../auth/roles';
import { checkNoticeScope } from '../auth/township-scope';
import { checkInputLength } from '../../core/input-length';
import { readingThrough } from '../../storage/db/data-source';
import { requireRegion, townshipsUnder } from '../../storage/store/regions';
import { canLimitStatementTime, limitStatementTime } from '../../storage/db/statement-timeout';
import { cellBudget } from '../graphql/context';
import { typedError } from '../graphql/format-error';
import { EXPORT_PATHS } from './export-paths';
import { sendInternalError, sendRefusal } from './error-responses';
import { ServeSettings } from './graphql-handler';
import { RateLimits } from './rate-limits';
import { Refusal, refusalOf } from './refusal';
import { requestActor } from './request-gate';

interface Download {
  body: Buffer;
  contentType: string;
  filename: string;
}

/** What a download reads through and may read, and who asks. */
interface Reading {
  dataSource: DataSource;
  cells: CellBudget;
  actor: Actor;
}

const CONTENT_TYPES = {
  csv: 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
} as const;

async function comparisonDownload({ dataSource, cells }: Reading, url: URL, format: 'csv' | 'xlsx'): Promise<Download> {
  const spec = parseCompareInput(url.searchParams.get('input'));
  const result = await runComparison(dataSource.manager, { ...spec, limit: null, offset: 0, totals: true, cells });
  const shown = result.rows[0]?.values.map((value) => value.metric) ?? spec.metrics;
  const region = spec.regionCode ? (await requireRegion(dataSource.manager, spec.regionCode)).name : '全国';
  const sheet = comparisonSheet(shown, METRICS, result, filterWords(spec, region, metricLabel));
  const filename = `对比-${spec.regionCode}-${spec.years.join('_')}.${format}`;
  const body = format === 'csv' ? toCsv(sheet) : await toXlsx(sheet, '对比');
  return { body, contentType: CONTENT_TYPES[format], filename };
}

async function summaryDownload({ dataSource, cells }: Reading, url: URL): Promise<Download> {
  const regionCode = checkInputLength('regionCode', url.searchParams.get('regionCode') ?? '');
  const summary = await summarizeRegion(dataSource.manager, regionCode, Number(url.searchParams.get('year')), cells);
  const body = await summaryDocx(summary);
  return { body, contentType: CONTENT_TYPES.docx, filename: `${summary.region.name}${summary.year}年度政府信息公开工作年度报告汇总.docx` };
}

/**
 * The region's notices for a year as XLSX: evaluators and analysts see every township's, an
 * UPLOADER its own townships' only.
 */
async function noticesDownload({ dataSource, actor }: Reading, url: URL): Promise<Download> {
  requireRole(actor, ACCESS.readNotices, EXPORT_PATHS.notices);
  const region = await requireRegion(dataSource.manager, checkInputLength('regionCode', url.searchParams.get('regionCode') ?? ''));
  const year = checkYear(Number(url.searchParams.get('year')));
  const own = actor.role === Role.UPLOADER ? { townshipCodes: actor.townshipCodes } : {};
  const notices = await loadNotices(dataSource.manager, { region, year, ...own });
  const names = new Map((await townshipsUnder(dataSource.manager, region)).map((t) => [t.code, t.name]));
  const sheet = noticeSheet(notices, names, `地区：${region.name}；年度：${year}`);
  return { body: await toXlsx(sheet, '整改通知'), contentType: CONTENT_TYPES.xlsx, filename: `整改清单-${region.code}-${year}.xlsx` };
}

/** One notice as a Word 整改通知, for evaluators, analysts and the township's UPLOADER. */
async function noticeDownload({ dataSource, actor }: Reading, url: URL): Promise<Download> {
  requireRole(actor, ACCESS.readNotices, EXPORT_PATHS.notice);
  const notice = await requireNotice(dataSource.manager, Number(url.searchParams.get('id')));
  checkNoticeScope(actor, notice);
  const township = await requireRegion(dataSource.manager, notice.townshipCode);
  const body = await noticeDocx(notice, township.name);
  return { body, contentType: CONTENT_TYPES.docx, filename: `整改通知-${township.name}-${notice.year}-${notice.id}.docx` };
}

type Make = (reading: Reading, url: URL) => Promise<Download>;

/** The download a path names, or undefined when it names none. */
function downloadFor(path: string): Make | undefined {
  switch (path) {
    case `${EXPORT_PATHS.compare}.csv`:
      return (reading, url) => comparisonDownload(reading, url, 'csv');
    case `${EXPORT_PATHS.compare}.xlsx`:
      return (reading, url) => comparisonDownload(reading, url, 'xlsx');
    case `${EXPORT_PATHS.summary}.docx`:
      return summaryDownload;
    case `${EXPORT_PATHS.notices}.xlsx`:
      return noticesDownload;
    case `${EXPORT_PATHS.notice}.docx`:
      return noticeDownload;
    default:
      return undefined;
  }
}

/**
 * Makes a download through one connection whose statements MariaDB stops after
 * HUB_STATEMENT_TIMEOUT_MS, as a query operation's (elsewhere the data source as it is).
 */
async function withReading<T>(
  dataSource: DataSource,
  timeoutMs: number,
  asker: Omit<Reading, 'dataSource'>,
  make: (reading: Reading) => Promise<T>,
): Promise<T> {
  if (!(timeoutMs > 0 && canLimitStatementTime(dataSource))) return make({ dataSource, ...asker });
  const runner = dataSource.createQueryRunner('master');
  try {
    limitStatementTime(runner, timeoutMs);
    return await make({ dataSource: readingThrough(dataSource, runner), ...asker });
  } finally {
    await runner.release();
  }
}

function sendDownload(response: ServerResponse, { body, contentType, filename }: Download): void {
  response.writeHead(200, {
    'content-type': contentType,
    'content-length': body.length,
    'content-disposition': `attachment; filename*=UTF-8''${encodeURIComponent(filename)}`,
  });
  response.end(body);
}

/**
 * The downloads: a comparison as CSV (UTF-8 with BOM, for Excel) or XLSX with Chinese
 * headers, taking the same `input` as GraphQL's compare; a region's 汇总 as .docx. They are
 * public data like the queries they mirror, under the same access rule (HUB_PUBLIC_READ),
 * rate limits, cell bound and statement time limit. The rectification notices (a region's
 * list as .xlsx, one notice as .docx) are not public: they need a token that may read them. The promise settles once answered.
 */
export function exportHandler(dataSource: DataSource, settings: ServeSettings, rateLimits: RateLimits) {
  return (request: IncomingMessage, response: ServerResponse, requestId: string): Promise<void> | undefined => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    const download = request.method === 'GET' ? downloadFor(url.pathname) : undefined;
    if (!download) return undefined;
    return (async () => {
      rateLimits.admit(request);
      const actor = await requestActor(dataSource, request, settings.access, rateLimits);
      const cells = cellBudget(actor, settings.limits);
      sendDownload(
        response,
        await withReading(dataSource, settings.limits.statementTimeoutMs, { cells, actor }, (reading) => download(reading, url)),
      );
    })().catch((error: unknown) => {
      if (error instanceof Refusal) return sendRefusal(response, error, requestId);
      const typed = typedError(error);
      if (typed) return sendRefusal(response, refusalOf(typed), requestId);
      console.error(`[request ${requestId}] export failed`, error);
      sendInternalError(response, requestId);
    });
  };
}
