import { DataSource, EntityManager } from 'typeorm';
import { bulkInsertReports, findReportIds } from '../store/bulk-insert';
import { refreshNextYearCarryOver } from './carry-over';
import { findCurrentReports } from '../store/current-report';
import { countWrite } from '../store/data-generation';
import { applyVersionsToNotices } from '../store/rectification-versions';
import { TownshipYear, reportKey } from '../store/load-report';
import { SaveReportResult, saveReport } from '../store/save-report';
import { IngestResult, ingestReport, newVersion, saveInput } from './ingest-report';
import { DocumentParser, parseDocument } from './parse-document';
import { ParsedUpload, parseUploads } from './parse-upload';
import { readWithRetry, transactionWithRetry } from './retry-transaction';
import { settle } from './settle';
import { UploadRequest } from './upload-input';

const yearOf = (parsed: ParsedUpload, offset = 0): TownshipYear => ({ townshipCode: parsed.township.code, year: parsed.year + offset });

/**
 * Ingesting one by one re-checks next year's current report each time a year is stored
 * (refreshNextYearCarryOver). A batch does it once per township-year, with its last stored
 * upload, and only where next year's current version was not checked against that upload
 * already (parseUploads checks a year against the one before it in the batch).
 */
async function refreshCarryOver(
  manager: EntityManager,
  parsed: readonly ParsedUpload[],
  results: readonly SaveReportResult[],
): Promise<void> {
  const lastStored = new Map<string, number>();
  for (const [i, result] of results.entries()) if (result.status !== 'UNCHANGED') lastStored.set(reportKey(yearOf(parsed[i])), i);
  const checkedAgainst = (i: number) => (lastStored.get(reportKey(yearOf(parsed[i], 1))) ?? -1) > i;
  const stale = [...lastStored.values()].filter((i) => !checkedAgainst(i));
  const next = await findCurrentReports(
    manager,
    stale.map((i) => yearOf(parsed[i], 1)),
  );
  for (const i of stale) {
    if (next.has(reportKey(yearOf(parsed[i], 1))))
      await refreshNextYearCarryOver(manager, parsed[i].township.code, parsed[i].year, parsed[i].data);
  }
}

/** A new version of a report that had one resolves its notices' issues, as a single upload does. */
function refreshNotices(manager: EntityManager, parsed: readonly ParsedUpload[], results: readonly SaveReportResult[]): Promise<void> {
  const updated = parsed.flatMap((upload, i) => (results[i].status === 'UPDATED' ? [newVersion(upload, results[i].versionNumber)] : []));
  return applyVersionsToNotices(manager, updated);
}

/**
 * Stores checked uploads, in order, as saveReport one after another would: the first upload
 * of each township-year without a report goes in with the others' (bulkInsertReports, a few
 * statements for all), any other through saveReport. Run it inside a transaction.
 */
async function storeBatch(manager: EntityManager, parsed: readonly ParsedUpload[]): Promise<SaveReportResult[]> {
  const existing = await findReportIds(
    manager,
    parsed.map((upload) => yearOf(upload)),
  );
  const firsts = new Map<string, number>();
  for (const [i, upload] of parsed.entries()) {
    const key = reportKey(yearOf(upload));
    if (!existing.has(key) && !firsts.has(key)) firsts.set(key, i);
  }
  const fresh = [...firsts.values()];
  const created = await bulkInsertReports(
    manager,
    fresh.map((i) => saveInput(parsed[i])),
  );
  const results: SaveReportResult[] = [];
  for (const [j, i] of fresh.entries()) results[i] = created[j];
  // Later uploads of a township-year see the first one stored, as they would one by one.
  for (const [i, upload] of parsed.entries()) results[i] ??= await saveReport(manager, saveInput(upload));
  await refreshCarryOver(manager, parsed, results);
  await refreshNotices(manager, parsed, results);
  const stored = parsed.filter((_, i) => results[i].status !== 'UNCHANGED');
  if (stored.length) await countWrite(manager, reportKey(yearOf(stored[0])));
  return results;
}

async function ingestBatch(
  dataSource: DataSource,
  requests: readonly UploadRequest[],
  parse: DocumentParser,
): Promise<PromiseSettledResult<IngestResult>[]> {
  const outcomes = await readWithRetry(() => parseUploads(dataSource, requests, parse));
  const parsed = outcomes.flatMap((outcome) => (outcome.status === 'fulfilled' ? [outcome.value] : []));
  const stored = parsed.length ? await transactionWithRetry(dataSource, (manager) => storeBatch(manager, parsed)) : [];
  let next = 0;
  return outcomes.map((outcome) =>
    outcome.status === 'rejected' ? outcome : { status: 'fulfilled', value: { ...stored[next++], parsed: outcome.value } },
  );
}

/**
 * Many uploads with the outcome of each, as ingestReport one after another in this order
 * would give (a test compares them), all stored in one transaction. Reading, checking and
 * storing the batch takes the same ~20 statements whatever its size, plus saveReport's for
 * each upload of a township-year stored before it or earlier in the batch, and a re-check
 * for each year whose next year was stored before it. A document that cannot become a report
 * is rejected with its error and the others are stored. Should a statement fail (a value the
 * database refuses), nothing of the batch is stored and it is ingested one upload at a time
 * instead, so that only the upload it fails on is rejected. `parse` reads the documents not
 * read yet (see parseUploads).
 */
export async function ingestReports(
  dataSource: DataSource,
  requests: readonly UploadRequest[],
  parse: DocumentParser = parseDocument,
): Promise<PromiseSettledResult<IngestResult>[]> {
  try {
    return await ingestBatch(dataSource, requests, parse);
  } catch {
    const outcomes: PromiseSettledResult<IngestResult>[] = [];
    for (const request of requests) outcomes.push(await settle(() => ingestReport(dataSource, request, parse)));
    return outcomes;
  }
}
