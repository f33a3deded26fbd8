import { DataSource } from 'typeorm';
import { refreshNextYearCarryOver } from '../store/carry-over';
import { SaveReportResult, saveReport } from '../store/save-report';
import { ParsedUpload, parseUpload } from './parse-upload';
import { UploadRequest } from './upload-input';

export interface IngestResult extends SaveReportResult {
  parsed: ParsedUpload;
}

/**
 * The one path every upload takes (GraphQL, CLI, demo loader): read and check, then store in
 * one transaction — the version, its rows, and the next year's carry-over findings.
 */
export async function ingestReport(dataSource: DataSource, request: UploadRequest): Promise<IngestResult> {
  const parsed = await parseUpload(dataSource, request);
  return dataSource.transaction(async (manager) => {
    const saved = await saveReport(manager, {
      townshipCode: parsed.township.code,
      year: parsed.year,
      document: { bytes: parsed.bytes, format: parsed.format, contentHash: parsed.contentHash },
      data: parsed.data,
      isDemo: parsed.isDemo,
    });
    if (saved.status !== 'UNCHANGED') await refreshNextYearCarryOver(manager, parsed.township.code, parsed.year, parsed.data);
    return { ...saved, parsed };
  });
}
