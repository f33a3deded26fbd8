import { DataSource, EntityManager, In } from 'typeorm';
import { Region, ReportVersion, VersionOrigin } from '../../../entities';
import { HubError } from '../../core/errors';
import { PARSER_VERSION } from '../../reading/parser-version';
import { CellSource } from '../../reading/template/cell-source';
import { ReportData } from '../../reading/template/report-data';
import { CurrentVersion, currentVersionsUnder, loadDocuments } from '../store/current-versions';
import { versionToLoad } from '../store/current-report';
import { decodeCellSources } from '../store/cell-sources-codec';
import { loadCellSources } from '../store/load-cell-sources';
import { loadReportData, reportKey } from '../store/load-report';
import { countWrite } from '../store/data-generation';
import { storedFormat } from '../store/stored-enums';
import { fromRows, joinPaths, toRows } from '../store/report-rows';
import { addVersion, lockReport } from '../store/save-report';
import { refreshNextYearCarryOver } from './carry-over';
import { ParsedUpload, parseUploads, uploadHash } from './parse-upload';
import { DocumentParser, parseDocument } from './parse-document';
import { ReportDiff, diffReports, hasChanges } from './report-diff';
import { transactionWithRetry } from './retry-transaction';
import { settle } from './settle';
import { UploadRequest } from './upload-input';

/**
 * CHANGED: today's parser reads the document differently (a new version was stored, unless a
 * dry run); UNCHANGED: it reads the same; SKIPPED: already read by this parser version, or a
 * newer upload came in meanwhile; FAILED: today's parser cannot make the report of it.
 */
export type ReparseOutcome = 'CHANGED' | 'UNCHANGED' | 'SKIPPED' | 'FAILED';

export interface ReparseResult {
  township: Region;
  year: number;
  outcome: ReparseOutcome;
  /** The version read again. */
  versionNumber: number;
  /** The version stored for a change (none in a dry run). */
  newVersionNumber?: number;
  diff?: ReportDiff;
  code?: string;
  reason?: string;
}

export interface ReparseOptions {
  /** The region whose townships' reports are read again; null: the whole country. */
  region: Region | null;
  year?: number;
  /** Read and compare, store nothing. */
  dryRun: boolean;
  onProgress?: (done: number, total: number, label: string) => void;
  /** Reads the documents (the parse workers, a batch's at once); on this thread when absent. */
  parse?: DocumentParser;
}

/** Whether this parser version has read the version already: as its reading, or re-reading it to the same values. */
const readByThisParser = ({ version }: CurrentVersion): boolean =>
  version.parserVersion >= PARSER_VERSION || (version.rereadParserVersion ?? 0) >= PARSER_VERSION;

/** A re-read as an upload of the stored document: its township, year, form, demo flag and any date the uploader gave. */
function uploadOf({ township, report, version }: CurrentVersion, bytes: Buffer): UploadRequest {
  // The hash covers the bytes and a publishedOn given with the upload: a hash of the bytes alone means none was given.
  const publishedOn = uploadHash(bytes, null) === version.contentHash ? null : version.publishedOn;
  const format = storedFormat(version.format);
  return {
    townshipCode: township.code,
    year: report.year,
    bytes,
    format,
    publishedOn,
    isDemo: version.isDemo,
    uploadedBy: version.uploadedBy,
    reread: true,
  };
}

/** A fresh reading as storage keeps it (readings dropped, rows normalised), to compare with a stored one. */
function storedForm(parsed: ParsedUpload): ReportData {
  const { data } = parsed;
  return fromRows(
    {
      organization: data.organization,
      year: parsed.year,
      template: data.template,
      publishedOn: data.publishedOn,
      notApplicable: data.notApplicable?.length ? joinPaths(data.notApplicable) : null,
    },
    toRows(data),
  );
}

interface Stored {
  data: Map<number, ReportData>;
  sources: Map<number, CellSource[]>;
}

async function loadStored(manager: EntityManager, batch: readonly CurrentVersion[]): Promise<Stored> {
  const data = await loadReportData(
    manager,
    batch.map(({ report, version }) => versionToLoad(report.year, version)),
  );
  return {
    data,
    sources: await loadCellSources(
      manager,
      batch.map(({ version }) => version.id),
    ),
  };
}

/** A re-read that gave a report: what changed, and the reading to store if anything did. */
interface Reread {
  target: CurrentVersion;
  parsed: ParsedUpload;
  diff: ReportDiff;
}

function failed(target: CurrentVersion, error: unknown): ReparseResult {
  const { code, message } =
    error instanceof HubError ? error : { code: 'INTERNAL_ERROR', message: String((error as Error)?.message ?? error) };
  return {
    township: target.township,
    year: target.report.year,
    outcome: 'FAILED',
    versionNumber: target.version.number,
    code,
    reason: message,
  };
}

/** Reads a batch's documents again and checks them as uploads (against last year's report), in township and year order. */
async function reread(
  dataSource: DataSource,
  batch: readonly CurrentVersion[],
  parse: DocumentParser,
): Promise<(Reread | ReparseResult)[]> {
  const documents = await loadDocuments(
    dataSource.manager,
    batch.map(({ version }) => version.id),
  );
  const uploads = await Promise.all(batch.map((target) => settle(() => uploadOf(target, documents.get(target.version.id)!))));
  const requests = uploads.flatMap((upload) => (upload.status === 'fulfilled' ? [upload.value] : []));
  // Read as uploads are: with last year's stored report beside each, a batch's documents at once.
  const checked = (await parseUploads(dataSource, requests, parse)).values();
  const stored = await loadStored(dataSource.manager, batch);
  return batch.map((target, i) => {
    const upload = uploads[i];
    if (upload.status === 'rejected') return failed(target, upload.reason);
    const parsed = checked.next().value!;
    if (parsed.status === 'rejected') return failed(target, parsed.reason);
    const sources = { before: stored.sources.get(target.version.id) ?? [], after: decodeCellSources(parsed.value.encodedSources) };
    const diff = diffReports(stored.data.get(target.version.id)!, storedForm(parsed.value), sources);
    return { target, parsed: parsed.value, diff };
  });
}

/** Stores a changed re-read as the report's new version, unless another version came in since it was read. */
async function storeReread(manager: EntityManager, { target, parsed, diff }: Reread): Promise<ReparseResult> {
  const result = { township: target.township, year: target.report.year, versionNumber: target.version.number, diff };
  const report = await lockReport(manager, target.township.code, target.report.year);
  if (report.currentVersionId !== target.version.id) {
    return { ...result, outcome: 'SKIPPED', reason: `读取期间已有新的版本（第 ${report.versionCount} 版），未保存重读结果` };
  }
  const saved = await addVersion(manager, report, {
    townshipCode: target.township.code,
    year: target.report.year,
    document: { bytes: parsed.bytes, format: target.version.format, contentHash: target.version.contentHash },
    data: parsed.data,
    encodedSources: parsed.encodedSources,
    isDemo: parsed.isDemo,
    origin: VersionOrigin.REPARSE,
    parserVersion: PARSER_VERSION,
    uploadedBy: parsed.uploadedBy,
  });
  await refreshNextYearCarryOver(manager, target.township.code, target.report.year, parsed.data);
  return { ...result, outcome: 'CHANGED', newVersionNumber: saved.versionNumber };
}

/** Records that this parser read the unchanged versions to the same values, so that a re-run passes over them. One statement. */
async function markReread(manager: EntityManager, versionIds: readonly number[]): Promise<void> {
  if (versionIds.length) await manager.update(ReportVersion, { id: In([...versionIds]) }, { rereadParserVersion: PARSER_VERSION });
}

/** The batch's outcomes, changes stored in one transaction (nothing in a dry run). */
async function settleBatch(
  dataSource: DataSource,
  rereads: readonly (Reread | ReparseResult)[],
  dryRun: boolean,
): Promise<ReparseResult[]> {
  const outcome = (item: Reread, changed: boolean): ReparseResult => ({
    township: item.target.township,
    year: item.target.report.year,
    versionNumber: item.target.version.number,
    outcome: changed ? 'CHANGED' : 'UNCHANGED',
    diff: item.diff,
  });
  if (dryRun) return rereads.map((item) => ('target' in item ? outcome(item, hasChanges(item.diff)) : item));
  return transactionWithRetry(dataSource, async (manager) => {
    const results: ReparseResult[] = [];
    for (const item of rereads) {
      if (!('target' in item)) results.push(item);
      else results.push(hasChanges(item.diff) ? await storeReread(manager, item) : outcome(item, false));
    }
    const unchanged = rereads.flatMap((item) => ('target' in item && !hasChanges(item.diff) ? [item.target.version.id] : []));
    await markReread(manager, unchanged);
    // New versions change answers: counted in the data generation (once for the batch, as the bulk ingest does).
    const stored = results.find((result) => result.outcome === 'CHANGED');
    if (stored) await countWrite(manager, reportKey({ townshipCode: stored.township.code, year: stored.year }));
    return results;
  });
}

/** Reports read again a batch at a time: few enough documents in memory, many enough to share the statements. */
const BATCH = 50;

/**
 * `reparse`: reads the current document of every stored report under a region (and year) again
 * with today's parser, and stores a new version (origin REPARSE, this parser version) of each
 * report whose reading changed: its cells, its issues (checked as an upload would be, last
 * year's report included) or any other stored part. The document, its hash and any date its
 * uploader gave stay those of the version read, so it is no new upload by the township.
 * Resumable: a version this parser has read already, as its reading or unchanged on a re-read,
 * is passed over. A document today's parser cannot read is FAILED and keeps its version.
 */
export async function reparse(dataSource: DataSource, options: ReparseOptions): Promise<ReparseResult[]> {
  const targets = await currentVersionsUnder(dataSource.manager, options.region, options.year);
  const results: ReparseResult[] = [];
  const report = (result: ReparseResult) => {
    results.push(result);
    options.onProgress?.(results.length, targets.length, `${result.township.name}${result.year}`);
  };
  for (const target of targets.filter(readByThisParser)) {
    report({ township: target.township, year: target.report.year, outcome: 'SKIPPED', versionNumber: target.version.number });
  }
  const toRead = targets.filter((target) => !readByThisParser(target));
  for (let start = 0; start < toRead.length; start += BATCH) {
    const rereads = await reread(dataSource, toRead.slice(start, start + BATCH), options.parse ?? parseDocument);
    for (const result of await settleBatch(dataSource, rereads, options.dryRun)) report(result);
  }
  return results;
}
