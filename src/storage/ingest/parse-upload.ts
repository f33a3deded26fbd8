import { createHash } from 'node:crypto';
import { DataSource, EntityManager, In } from 'typeorm';
import { Region, RegionLevel } from '../../../entities';
import { type ReportDeadline, deadlineOf } from '../../checks/report-deadline';
import type { CheckContext } from '../../checks/rule';
import { runChecks } from '../../checks/run-checks';
import { DocumentFormat } from '../../reading/documents/formats';
import { HubError } from '../../core/errors';
import { normalizeRegionCode, structuralAncestorCodes } from '../../core/region-code';
import { storedCellSources } from '../store/cell-sources-codec';
import { findCurrentReports, versionToLoad } from '../store/current-report';
import { KEYS_PER_STATEMENT, chunks } from '../store/chunks';
import { TownshipYear, loadReportData, reportKey } from '../store/load-report';
import { requireTownship, requireValidIn, validIn } from '../store/regions';
import { townshipDeadlines } from '../store/deadline-settings';
import { DeadlineQuestion, versionsAtDeadline } from './at-deadline';
import { ReportData } from '../../reading/template/report-data';
import type { PreviousYear } from '../../reading/template/previous-year';
import { checkOrganization } from './organization-match';
import { DocumentParser, parseDocument } from './parse-document';
import { settle } from './settle';
import { checkStorableNumbers } from './storable-numbers';
import { ReadDocument, UploadRequest } from './upload-input';
import { checkDate } from '../../core/china-date';
import { checkYear } from '../../core/report-year';

/** An upload read, validated and checked: everything needed to store it or to show it. */
export interface ParsedUpload {
  township: Region;
  year: number;
  format: DocumentFormat;
  bytes: Buffer;
  contentHash: string;
  data: ReportData;
  /** data's cell sources as the version stores them (encodeCellSources). */
  encodedSources: Buffer | null;
  isDemo: boolean;
  uploadedBy: string | null;
}

function checkDocumentYear(data: ReportData, year: number): void {
  if (data.year === null || data.year === year) return;
  throw new HubError('YEAR_MISMATCH', `文档是 ${data.year} 年度的报告，而上传的年度是 ${year}`, {
    documentYear: data.year,
    year,
  });
}

/** Same bytes and same date override: the same upload. */
export function uploadHash(bytes: Buffer, publishedOn: string | null | undefined): string {
  const hash = createHash('sha256').update(bytes);
  if (publishedOn) hash.update(`\0publishedOn=${publishedOn}`);
  return hash.digest('hex');
}

/** An upload whose own checks passed: what is left is the check against last year's report. */
interface OwnChecked {
  request: UploadRequest;
  township: Region;
  year: number;
  publishedOn: string | null;
  read: ReadDocument;
}

/** Everything about one upload that needs neither the database nor the other uploads, in the order users see errors. */
async function checkOwn(
  request: UploadRequest,
  { region: township, ancestors }: TownshipFound,
  parse: DocumentParser,
  previous: ReportData | undefined,
): Promise<OwnChecked> {
  const year = checkYear(request.year);
  const publishedOn = request.publishedOn ? checkDate(request.publishedOn, 'publishedOn') : null;
  const read = request.read ?? (await parse(request.bytes, request.format, previous && previousYearOf(previous)));
  checkOrganization(read.data.organization, { code: township.code, name: township.name, ancestors });
  checkDocumentYear(read.data, year);
  checkStorableNumbers(read.data);
  return { request, township, year, publishedOn, read };
}

/** The report as it is checked and stored: the year and any date the uploader gave over what the document says. */
const checkedData = ({ year, publishedOn, read }: OwnChecked): ReportData => ({
  ...read.data,
  year,
  publishedOn: publishedOn ?? read.data.publishedOn,
});

/** The rules run on a copy: a document read once (`request.read`) may be checked again. */
function withChecks(own: OwnChecked, context: CheckContext): ParsedUpload {
  const { request, township, year, publishedOn, read } = own;
  const data = checkedData(own);
  data.issues = [...data.issues, ...runChecks(data, context, read.documentIssues)];
  return {
    township,
    year,
    format: read.format,
    bytes: request.bytes,
    contentHash: uploadHash(request.bytes, publishedOn),
    data,
    encodedSources: storedCellSources(read.encodedSources, read.data.cellSources),
    isDemo: request.isDemo ?? false,
    uploadedBy: request.uploadedBy ?? null,
  };
}

/** A township an upload names, with its province's, city's and county's names (which its document may write before its own). */
interface TownshipFound {
  region: Region;
  ancestors: string[];
}

/**
 * The township each request names, with its ancestors' names (fetched with it: at most three
 * more codes a township, far below every engine's limit on bound parameters), all found in one
 * statement per 1,000 townships; a code that names none gets requireTownship's own error (one
 * more statement, for that code only).
 */
async function townshipsOf(manager: EntityManager, requests: readonly UploadRequest[]): Promise<PromiseSettledResult<TownshipFound>[]> {
  const codes = requests.map((request) => normalizeRegionCode(request.townshipCode));
  const unique = [...new Set(codes.filter((code): code is string => code !== null))];
  const found = new Map<string, Region>();
  for (const chunk of chunks(unique, KEYS_PER_STATEMENT)) {
    const withAncestors = [...new Set(chunk.flatMap((code) => [code, ...structuralAncestorCodes(code)]))];
    const regions = await manager.find(Region, { where: { code: In(withAncestors) } });
    for (const region of regions) found.set(region.code, region);
  }
  const ancestorsOf = (t: Region) => [t.provinceCode, t.cityCode, t.countyCode].map((code) => (code && found.get(code)?.name) ?? '');
  const outcomes: PromiseSettledResult<TownshipFound>[] = [];
  for (const [i, request] of requests.entries()) {
    const region = found.get(codes[i] ?? '');
    outcomes.push(
      region?.level === RegionLevel.TOWNSHIP && (!Number.isInteger(request.year) || validIn(region, request.year))
        ? { status: 'fulfilled', value: { region, ancestors: ancestorsOf(region) } }
        : await settle(async () => {
            const township = await requireValidIn(manager, await requireTownship(manager, request.townshipCode), request.year);
            return { region: township, ancestors: ancestorsOf(township) };
          }),
    );
  }
  return outcomes;
}

/** The deadline an upload is due by, for versionsAtDeadline (none when the report states no year). */
function deadlineQuestion(upload: OwnChecked, deadlines: ReadonlyMap<string, ReportDeadline>): DeadlineQuestion[] {
  const applied = deadlineOf(checkedData(upload), deadlines.get(upload.township.code));
  if (!applied) return [];
  return [{ townshipCode: upload.township.code, year: upload.year, deadline: applied.date, reread: upload.request.reread ?? false }];
}

/** What the reader takes of last year's report: tables 2 and 3. */
const previousYearOf = ({ activeDisclosure, applications }: ReportData): PreviousYear => ({ activeDisclosure, applications });

/** The year before each request's, where the request names a township and a year (the others are refused later, by checkOwn). */
function yearsBefore(requests: readonly UploadRequest[], townships: readonly PromiseSettledResult<TownshipFound>[]): TownshipYear[] {
  return requests.flatMap((request, i) => {
    const township = townships[i];
    const named = township.status === 'fulfilled' && Number.isInteger(request.year);
    return named ? [{ townshipCode: township.value.region.code, year: request.year - 1 }] : [];
  });
}

/**
 * The stored reports of the years before the uploads': table 3, which years.carryOver checks,
 * and, when a document is still to be read (`forReading`), table 2, which the reader weighs
 * splits of run-together digits against with table 3. Loaded before any document is read; no
 * statement beyond the lookup when no such report is stored.
 */
async function storedPreviousYears(
  manager: EntityManager,
  keys: readonly TownshipYear[],
  forReading: boolean,
): Promise<Map<string, ReportData>> {
  const current = await findCurrentReports(manager, keys);
  const toLoad = new Map(
    keys.flatMap((key) => {
      const stored = current.get(reportKey(key));
      return stored ? [[reportKey(key), versionToLoad(key.year, stored.version)] as const] : [];
    }),
  );
  const data = await loadReportData(
    manager,
    [...toLoad.values()],
    forReading ? ['applicationCounts', 'disclosureItems'] : ['applicationCounts'],
  );
  return new Map([...toLoad].map(([key, version]) => [key, data.get(version.versionId)!]));
}

/**
 * Reads many uploads and runs every check on each, exactly as parseUpload does one (parseUpload
 * is this with one request), in a constant number of statements: the townships, last year's
 * stored reports, the deadlines the townships' regions set, and for uploads after their
 * deadline the versions current at it (report.changedAfterDeadline). Each upload is checked against last year's upload earlier in the list
 * if there is one, else the stored report — as if the earlier ones were stored first, as
 * ingesting them in this order does. An upload that cannot become a report is rejected with
 * its error, the others go on; a failing statement fails them all. Stores nothing. `parse`
 * reads a document not read yet (the hub's parse workers; here, on this thread, by default).
 */
export async function parseUploads(
  source: DataSource | EntityManager,
  requests: readonly UploadRequest[],
  parse: DocumentParser = parseDocument,
): Promise<PromiseSettledResult<ParsedUpload>[]> {
  const manager = source instanceof DataSource ? source.manager : source;
  // Read at once: with parse workers, the batch's documents on every core.
  const townships = await townshipsOf(manager, requests);
  // Bulk ingest reads its documents first, to find their townships: then table 2 is not needed.
  const toRead = requests.some((request) => request.read === undefined);
  const stored = await storedPreviousYears(manager, yearsBefore(requests, townships), toRead);
  const storedBefore = (request: UploadRequest, township: TownshipFound) =>
    stored.get(reportKey({ townshipCode: township.region.code, year: request.year - 1 }));
  const own: PromiseSettledResult<OwnChecked>[] = await Promise.all(
    townships.map((township, i) =>
      township.status === 'rejected'
        ? Promise.resolve(township)
        : settle(() => checkOwn(requests[i], township.value, parse, storedBefore(requests[i], township.value))),
    ),
  );
  const read = own.flatMap((outcome) => (outcome.status === 'fulfilled' ? [outcome.value] : []));
  const deadlines = await townshipDeadlines(
    manager,
    read.map((upload) => upload.township),
  );
  const atDeadline = await versionsAtDeadline(
    manager,
    read.flatMap((upload) => deadlineQuestion(upload, deadlines)),
  );
  const earlier = new Map<string, ReportData>();
  const outcomes: PromiseSettledResult<ParsedUpload>[] = [];
  for (const outcome of own) {
    if (outcome.status === 'rejected') {
      outcomes.push(outcome);
      continue;
    }
    const { township, year } = outcome.value;
    const key = reportKey({ townshipCode: township.code, year });
    const previousKey = reportKey({ townshipCode: township.code, year: year - 1 });
    const context: CheckContext = {
      previous: earlier.get(previousKey) ?? stored.get(previousKey) ?? null,
      townshipDeadline: deadlines.get(township.code),
      atDeadline: atDeadline.get(key) ?? null,
    };
    const parsed = await settle(() => withChecks(outcome.value, context));
    if (parsed.status === 'fulfilled') earlier.set(key, parsed.value.data);
    outcomes.push(parsed);
  }
  return outcomes;
}

/**
 * Reads an upload and runs every check, the year-over-year one against the previous year's
 * stored report. Throws a HubError for input that cannot become a report of this township
 * and year; stores nothing.
 */
export async function parseUpload(
  source: DataSource | EntityManager,
  request: UploadRequest,
  parse: DocumentParser = parseDocument,
): Promise<ParsedUpload> {
  const [outcome] = await parseUploads(source, [request], parse);
  if (outcome.status === 'rejected') throw outcome.reason;
  return outcome.value;
}
