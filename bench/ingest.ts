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
import { BENCH_YEARS } from './dataset';

export interface IngestThroughput {
  oneByOne: number;
  bulk: number;
  reports: number;
  bulkReports: number;
}

/** Where the ingest figures are taken: one by one, a city's three years; in bulk, another city's six. */
export interface IngestSample {
  oneByOneRegion: string;
  bulkRegion: string;
}

async function reportsPerSecond(count: number, work: () => Promise<void>): Promise<number> {
  const start = process.hrtime.bigint();
  await work();
  return count / (Number(process.hrtime.bigint() - start) / 1e9);
}

const townshipsOf = async (dataSource: DataSource, regionCode: string) =>
  townshipsUnder(dataSource.manager, await requireRegion(dataSource.manager, regionCode));

/**
 * Reports per second into a fresh database, end to end from the document's bytes: one by one
 * through ingestReport (what uploadReport runs, documents read by `parse`: the hub's parse
 * workers), then another region's six years through the bulk path (bulkLoad: batches of
 * uploads read by the same workers, the next read while one is stored). The bulk sample is
 * several batches, so that it shows the steady rate rather than the first batch's reading,
 * which nothing overlaps.
 */
async function measure(dataSource: DataSource, sample: IngestSample, parse: DocumentParser): Promise<IngestThroughput> {
  const single = demoReports(await townshipsOf(dataSource, sample.oneByOneRegion), [2019, 2020, 2021]);
  const bulk = demoReports(await townshipsOf(dataSource, sample.bulkRegion), BENCH_YEARS);
  const oneByOne = await reportsPerSecond(single.length, async () => {
    for (const report of single) {
      await ingestReport(
        dataSource,
        { townshipCode: report.townshipCode, year: report.year, bytes: Buffer.from(report.text), format: 'TEXT' },
        parse,
      );
    }
  });
  return {
    oneByOne,
    bulk: await reportsPerSecond(bulk.length, () => bulkLoad(dataSource, bulk, parse)),
    reports: single.length,
    bulkReports: bulk.length,
  };
}

export async function ingestThroughput(config: DatabaseConfig, sample: IngestSample, parse: DocumentParser): Promise<IngestThroughput> {
  const dataSource = await openBenchDatabase(config, true);
  try {
    return await measure(dataSource, sample, parse);
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
