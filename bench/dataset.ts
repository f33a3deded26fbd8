import { DataSource } from 'typeorm';
import { Region, Report, RubricVersion } from '../entities';
import { townshipsUnder } from '../src/analytics/township-lists';
import { DEFAULT_CRITERIA } from '../src/assessment/default-rubric';
import { checkCriteria } from '../src/assessment/rubric';
import { createRubricVersion } from '../src/assessment/store/rubric-store';
import { demoReports } from '../src/generator/demo-reports';
import { requireRegion } from '../src/store/regions';
import { bulkLoad } from './bulk-load';

export const BENCH_YEARS = [2019, 2020, 2021, 2022, 2023, 2024];

/** Townships generated and parsed per round, so that memory stays flat however big the region. */
const TOWNSHIPS_PER_ROUND = 1000;

/**
 * Every township of `regionCode` with a report for each bench year, through the bulk path.
 * A database that already holds them is left as it is (the national load takes long).
 * Returns the seconds spent loading (0 when nothing was loaded) and the report count.
 */
export async function ensureDataset(dataSource: DataSource, regionCode: string, log: (line: string) => void): Promise<{ seconds: number; reports: number; region: Region }> {
  const region = await requireRegion(dataSource.manager, regionCode);
  const townships = await townshipsUnder(dataSource.manager, region);
  const expected = townships.length * BENCH_YEARS.length;
  const codes = new Set(townships.map((township) => township.code));
  const stored = (await dataSource.getRepository(Report).find({ select: { townshipCode: true } })).filter((report) => codes.has(report.townshipCode)).length;
  if (stored === expected) return { seconds: 0, reports: expected, region };
  if (stored > 0) throw new Error(`the bench database holds ${stored} of ${expected} reports of ${regionCode}: drop it and run again`);
  const start = Date.now();
  for (let i = 0; i < townships.length; i += TOWNSHIPS_PER_ROUND) {
    await bulkLoad(dataSource, demoReports(townships.slice(i, i + TOWNSHIPS_PER_ROUND), BENCH_YEARS));
    log(`  loaded ${Math.min(i + TOWNSHIPS_PER_ROUND, townships.length) * BENCH_YEARS.length}/${expected} reports`);
  }
  return { seconds: (Date.now() - start) / 1000, reports: expected, region };
}

/** The default rubric for a region and year, so that `assessment` has something to score. */
export async function ensureRubric(dataSource: DataSource, regionCode: string, year: number): Promise<void> {
  if (await dataSource.getRepository(RubricVersion).count({ where: { regionCode, year } })) return;
  await createRubricVersion(dataSource, { regionCode, year, criteria: checkCriteria(DEFAULT_CRITERIA), note: 'bench', createdBy: 'bench' });
}
