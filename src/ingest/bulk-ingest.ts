import fs from 'node:fs';
import { DataSource } from 'typeorm';
import { Region } from '../../entities';
import { townshipsUnder } from '../analytics/township-lists';
import { HubError, HubErrorCode } from '../errors';
import { identifyTownship } from './identify-township';
import { ingestReport } from './ingest-report';
import { parseDocument } from './parse-upload';
import { ReadDocument } from './upload-input';

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
}

/** Rejects one file; the loop goes on with the next. */
function reject(code: HubErrorCode, reason: string): never {
  throw new HubError(code, reason);
}

function townshipOf(read: ReadDocument, townships: readonly Region[], region: Region | null): Region {
  const organization = read.data.organization;
  if (!organization) reject('UNKNOWN_ORGANIZATION', '文档中找不到发布机关，无法确定乡镇');
  const match = identifyTownship(organization, townships);
  switch (match.kind) {
    case 'found':
      return match.township;
    case 'unknown':
      return reject('UNKNOWN_ORGANIZATION', `发布机关「${organization}」不是${region?.name ?? '全国'}的乡镇`);
    case 'ambiguous':
      return reject(
        'AMBIGUOUS_ORGANIZATION',
        `发布机关「${organization}」可能是：${match.candidates.map((t) => `${t.name}（${t.code}）`).join('、')}，请逐个上传`,
      );
    default: {
      const unknown: never = match;
      throw new Error(`unknown identification ${JSON.stringify(unknown)}`);
    }
  }
}

async function ingestFile(dataSource: DataSource, file: string, townships: readonly Region[], options: BulkOptions): Promise<BulkResult> {
  const bytes = fs.readFileSync(file);
  const read = await parseDocument(bytes, 'AUTO');
  const township = townshipOf(read, townships, options.region);
  const year = options.year ?? read.data.year ?? reject('UNKNOWN_YEAR', '标题中找不到报告年度，请用 --year 指定');
  const stored = await ingestReport(dataSource, { townshipCode: township.code, year, bytes, format: read.format, read });
  return { file, outcome: stored.status, township, year };
}

function rejected(file: string, error: unknown): BulkResult {
  if (error instanceof HubError) return { file, outcome: 'REJECTED', code: error.code, reason: error.message };
  return { file, outcome: 'REJECTED', code: 'INTERNAL_ERROR', reason: String((error as Error)?.message ?? error) };
}

/**
 * Ingests a folder's worth of reports through the upload path, one file at a time: finds
 * each document's township among the region's by the organization it names, keeps going
 * past a bad document, and says what became of every file. Running it twice stores nothing
 * new (UNCHANGED).
 */
export async function bulkIngest(dataSource: DataSource, files: readonly string[], options: BulkOptions): Promise<BulkResult[]> {
  const townships = await townshipsUnder(dataSource.manager, options.region);
  const results: BulkResult[] = [];
  for (const file of files) {
    results.push(await ingestFile(dataSource, file, townships, options).catch((error: unknown) => rejected(file, error)));
    options.onProgress?.(results.length, files.length, file);
  }
  return results;
}
