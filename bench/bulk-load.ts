import { DataSource } from 'typeorm';
import { DemoReport } from '../src/generator/demo-reports';
import { ingestReports } from '../src/storage/ingest/ingest-batch';
import type { DocumentParser } from '../src/storage/ingest/parse-document';

/** Reports per batch: big enough for long multi-row INSERTs, small enough to keep memory flat. */
const BATCH = 500;

/**
 * The bulk path, as the CLI's `ingest` runs it: a batch at a time read (by `parse`, the parse
 * workers where given), checked and stored
 * (ingestReports), with the outcome ingesting the reports one by one would have. A document
 * the hub refuses stops the load: demo documents must all go in.
 */
export async function bulkLoad(dataSource: DataSource, reports: readonly DemoReport[], parse?: DocumentParser): Promise<void> {
  for (let start = 0; start < reports.length; start += BATCH) {
    const batch = reports.slice(start, start + BATCH).map((report) => ({
      townshipCode: report.townshipCode,
      year: report.year,
      bytes: Buffer.from(report.text),
      format: 'TEXT' as const,
      isDemo: true,
    }));
    for (const outcome of await ingestReports(dataSource, batch, parse)) if (outcome.status === 'rejected') throw outcome.reason;
  }
}
