import { DataSource } from 'typeorm';
import { DemoReport } from '../src/generator/demo-reports';
import { ParsedUpload, parseUpload } from '../src/ingest/parse-upload';
import { saveInput } from '../src/ingest/ingest-report';
import { bulkInsertReports } from '../src/store/bulk-insert';

/** Reports stored per transaction: big enough for long multi-row INSERTs, small enough to keep memory flat. */
const BATCH = 500;

/** Documents parsed at once (the connection pool holds 10). */
const IN_FLIGHT = 8;

/**
 * The bulk path: each document read and checked exactly as an upload (parseUpload), then
 * stored many at a time (bulkInsertReports). Years go in ascending order, so that each year is
 * checked against the one before, as uploads in that order would be.
 */
export async function bulkLoad(dataSource: DataSource, reports: readonly DemoReport[]): Promise<void> {
  const years = [...new Set(reports.map((report) => report.year))].sort((a, b) => a - b);
  for (const year of years) {
    const ofYear = reports.filter((report) => report.year === year);
    for (let start = 0; start < ofYear.length; start += BATCH) await storeBatch(dataSource, ofYear.slice(start, start + BATCH));
  }
}

async function storeBatch(dataSource: DataSource, batch: readonly DemoReport[]): Promise<void> {
  const parsed: ParsedUpload[] = [];
  // Reading is CPU, checking waits on ~9 lookups: several in flight keep both busy.
  for (let start = 0; start < batch.length; start += IN_FLIGHT) {
    const group = batch.slice(start, start + IN_FLIGHT);
    parsed.push(...(await Promise.all(group.map((report) => parseUpload(dataSource, { townshipCode: report.townshipCode, year: report.year, bytes: Buffer.from(report.text), format: 'TEXT', isDemo: true })))));
  }
  await dataSource.transaction((manager) => bulkInsertReports(manager, parsed.map(saveInput)));
}
