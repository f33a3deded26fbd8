import fs from 'node:fs';
import { DataSource } from 'typeorm';
import { Region } from '../../../entities';
import { higherRegionNames, townshipsUnder, validIn } from '../store/regions';
import { HubError, HubErrorCode } from '../../core/errors';
import { TownshipCandidate, identifyTownship, townshipCandidates } from './identify-township';
import { identifiedTownship } from './township-rejection';
import { ingestReports } from './ingest-batch';
import { DocumentParser, parseDocument } from './parse-document';
import { overlapped } from './overlapped';
import { settle } from './settle';
import { ReadDocument, UploadRequest } from './upload-input';

export type BulkOutcome = 'CREATED' | 'UPDATED' | 'UNCHANGED' | 'REJECTED';

export interface BulkResult {
  file: string;
  outcome: BulkOutcome;
  township?: Region;
  year?: number;
  /** Why a file was rejected: a stable code and a Chinese message. */
  code?: string;
  reason?: string;
}

export interface BulkOptions {
  /** The region whose townships a document may belong to; null: the whole country. */
  region: Region | null;
  /** The year every document covers; else each document's own title says it. */
  year?: number;
  onProgress?: (done: number, total: number, file: string) => void;
  /** Reads the documents (the parse workers, a batch's at once); on this thread when absent. */
  parse?: DocumentParser;
}

/** Rejects one file; the loop goes on with the next. */
function reject(code: HubErrorCode, reason: string): never {
  throw new HubError(code, reason);
}

/** The township a document's organization is, or why the document is filed under none. */
function townshipOf(read: ReadDocument, townships: readonly TownshipCandidate[], region: Region | null): Region {
  const organization = read.data.organization;
  if (!organization) reject('UNKNOWN_ORGANIZATION', '文档中找不到发布机关，无法确定乡镇');
  return identifiedTownship(organization, identifyTownship(organization, townships, documentText(read)), region);
}

/** The document's text in which a county or city it names is looked for. */
function documentText(read: ReadDocument): string {
  return Object.values(read.data.sections ?? {}).join('\n');
}

/** Reads a file and finds its township and year: the upload it makes, or why it makes none. */
async function uploadOf(file: string, townships: readonly TownshipCandidate[], options: BulkOptions): Promise<UploadRequest> {
  const bytes = fs.readFileSync(file);
  const read = await (options.parse ?? parseDocument)(bytes, 'AUTO');
  const year = options.year ?? read.data.year ?? reject('UNKNOWN_YEAR', '标题中找不到报告年度，请用 --year 指定');
  // Among the codes valid in the report's year: a township recoded under its own name is then one, not two.
  const township = townshipOf(
    read,
    townships.filter((candidate) => validIn(candidate.region, year)),
    options.region,
  );
  return { townshipCode: township.code, year, bytes, format: read.format, read };
}

function rejected(file: string, error: unknown): BulkResult {
  if (error instanceof HubError) return { file, outcome: 'REJECTED', code: error.code, reason: error.message };
  return { file, outcome: 'REJECTED', code: 'INTERNAL_ERROR', reason: String((error as Error)?.message ?? error) };
}

interface ReadFile {
  file: string;
  upload: PromiseSettledResult<UploadRequest>;
}

/** The files' uploads ingested together (ingestReports), each file's outcome in order. */
async function ingestFiles(dataSource: DataSource, files: readonly ReadFile[]): Promise<BulkResult[]> {
  const requests = files.flatMap(({ upload }) => (upload.status === 'fulfilled' ? [upload.value] : []));
  const stored = (await ingestReports(dataSource, requests)).values();
  return files.map(({ file, upload }) => {
    if (upload.status === 'rejected') return rejected(file, upload.reason);
    const outcome = stored.next().value!;
    if (outcome.status === 'rejected') return rejected(file, outcome.reason);
    return { file, outcome: outcome.value.status, township: outcome.value.parsed.township, year: outcome.value.parsed.year };
  });
}

/**
 * Files read before their batch is stored: enough that the ~20 statements a batch costs are
 * shared by many, few enough that their bytes are not held for long and that the progress bar
 * (which counts stored files) moves every few seconds even for PDFs (~25 read a second).
 */
const BATCH_FILES = 50;
const BATCH_BYTES = 16 * 1024 * 1024;

/**
 * Ingests a folder's worth of reports through the upload path (ingestReports, a batch of files
 * at a time, the next batch read while one is stored, with the outcome ingesting them one by one in order would have): finds each
 * document's township among the region's by the organization it names, keeps going past a bad
 * document, and says what became of every file. Running it twice stores nothing new (UNCHANGED).
 */
export async function bulkIngest(dataSource: DataSource, files: readonly string[], options: BulkOptions): Promise<BulkResult[]> {
  const townships = townshipCandidates(
    await townshipsUnder(dataSource.manager, options.region),
    await higherRegionNames(dataSource.manager),
  );
  const results: BulkResult[] = [];
  await overlapped(
    fileBatches(files),
    // A batch's files are read at once (with parse workers, on every core) while the batch before is stored.
    (batch) => Promise.all(batch.map(async (file) => ({ file, upload: await settle(() => uploadOf(file, townships, options)) }))),
    async (read) => {
      for (const result of await ingestFiles(dataSource, read)) {
        results.push(result);
        options.onProgress?.(results.length, files.length, result.file);
      }
    },
  );
  return results;
}

/** The files in batches of at most BATCH_FILES files and, past its first file, BATCH_BYTES bytes (sized before reading). */
function fileBatches(files: readonly string[]): string[][] {
  const batches: string[][] = [];
  let batch: string[] = [];
  let bytes = 0;
  for (const file of files) {
    const size = fileSize(file);
    if (batch.length && (batch.length === BATCH_FILES || bytes + size > BATCH_BYTES)) {
      batches.push(batch);
      batch = [];
      bytes = 0;
    }
    batch.push(file);
    bytes += size;
  }
  if (batch.length) batches.push(batch);
  return batches;
}

/** A file that cannot be read sizes as empty: reading it rejects it with its own error. */
function fileSize(file: string): number {
  try {
    return fs.statSync(file).size;
  } catch {
    return 0;
  }
}
