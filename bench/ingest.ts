import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { DataSource } from 'typeorm';
import { DatabaseConfig } from '../src/storage/db/database-config';
import { demoReports } from '../src/generator/demo-reports';
import { ingestReport } from '../src/storage/ingest/ingest-report';
import type { DocumentParser } from '../src/storage/ingest/parse-document';
import { requireRegion } from '../src/storage/store/regions';
import { townshipsUnder } from '../src/storage/store/regions';
import { openBenchDatabase } from './bench-database';
import { bulkLoad } from './bulk-load';

export interface IngestThroughput {
  oneByOne: number;
  bulk: number;
  reports: number;
}

async function reportsPerSecond(count: number, work: () => Promise<void>): Promise<number> {
  const start = process.hrtime.bigint();
  await work();
  return count / (Number(process.hrtime.bigint() - start) / 1e9);
}

/**
 * Reports per second into a fresh database, end to end from the document's bytes: one by one
 * through ingestReport (what uploadReport runs, documents read by `parse`: the hub's parse
 * workers), then other years of the same townships through the bulk path (ingestReports,
 * batches of uploads, read by the same workers).
 */
async function measure(dataSource: DataSource, regionCode: string, parse: DocumentParser): Promise<IngestThroughput> {
  const townships = await townshipsUnder(dataSource.manager, await requireRegion(dataSource.manager, regionCode));
  const single = demoReports(townships, [2019, 2020, 2021]);
  const bulk = demoReports(townships, [2022, 2023, 2024]);
  const oneByOne = await reportsPerSecond(single.length, async () => {
    for (const report of single) {
      await ingestReport(
        dataSource,
        { townshipCode: report.townshipCode, year: report.year, bytes: Buffer.from(report.text), format: 'TEXT' },
        parse,
      );
    }
  });
  return { oneByOne, bulk: await reportsPerSecond(bulk.length, () => bulkLoad(dataSource, bulk, parse)), reports: single.length };
}

export async function ingestThroughput(config: DatabaseConfig, regionCode: string, parse: DocumentParser): Promise<IngestThroughput> {
  const dataSource = await openBenchDatabase(config, true);
  try {
    return await measure(dataSource, regionCode, parse);
  } finally {
    await dataSource.destroy();
  }
}

/** A database file in a new temporary folder. */
export function freshSqliteFile(): string {
  return path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'hub-bench-')), 'hub.sqlite');
}

export function freshSqliteConfig(): DatabaseConfig {
  return { kind: 'sqlite', file: freshSqliteFile() };
}
