import { createHash } from 'node:crypto';
import { DataSource, EntityManager } from 'typeorm';
import { Region } from '../../entities';
import { runChecks } from '../checks/run-checks';
import { readDocument } from '../documents/read-document';
import { DocumentFormat, detectFormat } from '../documents/formats';
import { HubError } from '../errors';
import { loadCurrentData } from '../store/current-report';
import { requireTownship } from '../store/regions';
import { readReport } from '../template/read-report';
import { ReportData } from '../template/report-data';
import { checkOrganization } from './organization-match';
import { checkStorableNumbers } from './storable-numbers';
import { ReadDocument, UploadRequest, checkDate, checkYear } from './upload-input';

/** An upload read, validated and checked: everything needed to store it or to show it. */
export interface ParsedUpload {
  township: Region;
  year: number;
  format: DocumentFormat;
  bytes: Buffer;
  contentHash: string;
  data: ReportData;
  isDemo: boolean;
}

/** ASCII blanks: a document of nothing else is empty, whatever its form (other blank text is left to the reader). */
const BLANK_BYTES = new Set([0x09, 0x0a, 0x0d, 0x20]);

/** Document → ReportData, without checks or storage (the CLI's `parse`). */
export async function parseDocument(bytes: Buffer, requested: DocumentFormat | 'AUTO'): Promise<ReadDocument> {
  // Stops at the first non-blank byte instead of decoding the whole (possibly binary) document.
  if (bytes.every((byte) => BLANK_BYTES.has(byte))) throw new HubError('EMPTY_DOCUMENT', '上传的文档是空的', { byteLength: bytes.length });
  const format = requested === 'AUTO' ? detectFormat(bytes) : requested;
  return { format, data: readReport(await readDocument(bytes, format)) };
}

function checkDocumentYear(data: ReportData, year: number): void {
  if (data.year === null || data.year === year) return;
  throw new HubError('YEAR_MISMATCH', `文档是 ${data.year} 年度的报告，而上传的年度是 ${year}`, {
    documentYear: data.year,
    year,
  });
}

/** Same bytes and same date override: the same upload. */
function uploadHash(bytes: Buffer, publishedOn: string | null | undefined): string {
  const hash = createHash('sha256').update(bytes);
  if (publishedOn) hash.update(`\0publishedOn=${publishedOn}`);
  return hash.digest('hex');
}

/**
 * Reads an upload and runs every check, the year-over-year one against the previous year's
 * stored report. Throws a HubError for input that cannot become a report of this township
 * and year; stores nothing.
 */
export async function parseUpload(source: DataSource | EntityManager, request: UploadRequest): Promise<ParsedUpload> {
  const manager = source instanceof DataSource ? source.manager : source;
  const township = await requireTownship(manager, request.townshipCode);
  const year = checkYear(request.year);
  const publishedOn = request.publishedOn ? checkDate(request.publishedOn, 'publishedOn') : null;
  const { format, data } = request.read ?? (await parseDocument(request.bytes, request.format));
  checkOrganization(data.organization, township);
  checkDocumentYear(data, year);
  checkStorableNumbers(data);
  data.year = year;
  if (publishedOn) data.publishedOn = publishedOn;
  // years.carryOver compares with last year's table 3; nothing else of that report is read.
  const previous = await loadCurrentData(manager, township.code, year - 1, ['applicationCounts']);
  data.issues = [...data.issues, ...runChecks(data, { previous })];
  return {
    township,
    year,
    format,
    bytes: request.bytes,
    contentHash: uploadHash(request.bytes, publishedOn),
    data,
    isDemo: request.isDemo ?? false,
  };
}
