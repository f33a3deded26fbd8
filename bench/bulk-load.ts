import { DataSource } from 'typeorm';
import { DemoReport } from '../src/generator/demo-reports';
import { ingestReports } from '../src/storage/ingest/ingest-batch';
import { overlapped } from '../src/storage/ingest/overlapped';
import type { DocumentParser } from '../src/storage/ingest/parse-document';
import { readAhead } from '../src/storage/ingest/read-ahead';
import type { UploadRequest } from '../src/storage/ingest/upload-input';

/**
 * Reports per batch: big enough for long multi-row INSERTs and to share a batch's ~20
 * statements, small enough that the first batch, read before anything can be stored beside it,
 * is a small part of a load.
 */
const BATCH = 250;

function* batches(reports: readonly DemoReport[]): Generator<UploadRequest[]> {
  for (let start = 0; start < reports.length; start += BATCH) {
    yield reports.slice(start, start + BATCH).map((report) => ({
      townshipCode: report.townshipCode,
      year: report.year,
      bytes: Buffer.from(report.text),
      format: 'TEXT' as const,
      isDemo: true,
    }));
  }
}

/**
 * The bulk path, as the CLI's `ingest` runs it: a batch at a time read (by `parse`, the parse
 * workers where given, reading the next batch while this one is stored), checked and stored
 * (ingestReports), with the outcome ingesting the reports one by one would have. A document
 * the hub refuses stops the load: demo documents must all go in.
 */
export async function bulkLoad(dataSource: DataSource, reports: readonly DemoReport[], parse?: DocumentParser): Promise<void> {
  await overlapped(
    batches(reports),
    (requests) => Promise.resolve({ requests, parse: parse && readAhead(parse, requests) }),
    async ({ requests, parse }) => {
      for (const outcome of await ingestReports(dataSource, requests, parse)) if (outcome.status === 'rejected') throw outcome.reason;
    },
  );
}
