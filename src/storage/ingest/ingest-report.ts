import { DataSource } from 'typeorm';
import { refreshNextYearCarryOver } from './carry-over';
import { countWrite } from '../store/data-generation';
import { reportKey } from '../store/load-report';
import { SaveReportInput, SaveReportResult, saveReport } from '../store/save-report';
import { ParsedUpload, parseUpload } from './parse-upload';
import { readWithRetry, transactionWithRetry } from './retry-transaction';
import { UploadRequest } from './upload-input';

export interface IngestResult extends SaveReportResult {
  parsed: ParsedUpload;
}

/** What storing a parsed upload takes (saveReport, or bulkInsertReports for many). */
export function saveInput(parsed: ParsedUpload): SaveReportInput {
  return {
    townshipCode: parsed.township.code,
    year: parsed.year,
    document: { bytes: parsed.bytes, format: parsed.format, contentHash: parsed.contentHash },
    data: parsed.data,
    isDemo: parsed.isDemo,
  };
}

/**
 * The one path every upload takes (GraphQL, CLI, demo loader): read and check, then store in
 * one transaction — the version, its rows, and the next year's carry-over findings. A
 * transaction that collides with a concurrent upload is run again (see retry-transaction).
 */
export async function ingestReport(dataSource: DataSource, request: UploadRequest): Promise<IngestResult> {
  const parsed = await readWithRetry(() => parseUpload(dataSource, request));
  return transactionWithRetry(dataSource, async (manager) => {
    const saved = await saveReport(manager, saveInput(parsed));
    if (saved.status !== 'UNCHANGED') {
      await refreshNextYearCarryOver(manager, parsed.township.code, parsed.year, parsed.data);
      await countWrite(manager, reportKey({ townshipCode: parsed.township.code, year: parsed.year }));
    }
    return { ...saved, parsed };
  });
}
