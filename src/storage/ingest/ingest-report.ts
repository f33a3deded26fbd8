import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { VersionOrigin } from '../../../entities';
import { PARSER_VERSION } from '../../reading/parser-version';
import { refreshNextYearCarryOver } from './carry-over';
import { committedOutcome } from './commit-outcome';
import { countWrite } from '../store/data-generation';
import { NewVersion, applyVersionsToNotices } from '../store/rectification-versions';
import { reportKey } from '../store/load-report';
import { SaveReportInput, SaveReportResult, saveReport } from '../store/save-report';
import { DocumentParser, parseDocument } from './parse-document';
import { ParsedUpload, parseUpload } from './parse-upload';
import { CommitUncertain, readWithRetry, transactionWithRetry } from './retry-transaction';
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
    encodedSources: parsed.encodedSources,
    isDemo: parsed.isDemo,
    origin: VersionOrigin.UPLOAD,
    parserVersion: PARSER_VERSION,
    uploadedBy: parsed.uploadedBy,
  };
}

/**
 * The one path every upload takes (GraphQL, CLI, demo loader): read and check, then store in
 * one transaction — the version, its rows, the next year's carry-over findings and what the
 * version does to the township's rectification notices. A
 * transaction that collides with a concurrent upload is run again (see retry-transaction); one
 * whose connection broke at COMMIT answers what the database holds (see commit-outcome).
 * `parse` reads the document (see parseUploads).
 */
/** A stored upload as the notices waiting for its township see it. */
export const newVersion = (parsed: ParsedUpload, versionNumber: number): NewVersion => ({
  townshipCode: parsed.township.code,
  year: parsed.year,
  data: parsed.data,
  versionNumber,
  uploadedBy: parsed.uploadedBy,
});

export async function ingestReport(
  dataSource: DataSource,
  request: UploadRequest,
  parse: DocumentParser = parseDocument,
): Promise<IngestResult> {
  const parsed = await readWithRetry(() => parseUpload(dataSource, request, parse));
  const uploadId = randomUUID();
  try {
    const saved = await transactionWithRetry(dataSource, async (manager) => {
      const result = await saveReport(manager, { ...saveInput(parsed), uploadId });
      if (result.status !== 'UNCHANGED') {
        await refreshNextYearCarryOver(manager, parsed.township.code, parsed.year, parsed.data);
        await applyVersionsToNotices(manager, [newVersion(parsed, result.versionNumber)]);
        await countWrite(manager, reportKey({ townshipCode: parsed.township.code, year: parsed.year }));
      }
      return result;
    });
    return { ...saved, parsed };
  } catch (error) {
    if (!(error instanceof CommitUncertain)) throw error;
    return { ...(await committedOutcome(dataSource, error.attempted as SaveReportResult, uploadId)), parsed };
  }
}
