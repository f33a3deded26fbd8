import { DataSource, In } from 'typeorm';
import { Region, RegionLevel, Report, RubricVersion } from '../entities';
import { townshipsUnder } from '../src/storage/store/regions';
import { DEFAULT_CRITERIA } from '../src/answers/assessment/default-rubric';
import { checkCriteria } from '../src/answers/assessment/rubric';
import { createRubricVersion } from '../src/answers/assessment/store/rubric-store';
import { demoReports } from '../src/generator/demo-reports';
import { requireRegion, whereTownshipUnder } from '../src/storage/store/regions';
import { bulkLoad } from './bulk-load';
import type { DocumentParser } from '../src/storage/ingest/parse-document';

export const BENCH_YEARS = [2019, 2020, 2021, 2022, 2023, 2024];

/** Townships generated and parsed per round, so that memory stays flat however big the region. */
const TOWNSHIPS_PER_ROUND = 1000;

export interface Dataset {
  /** null: the whole country. */
  region: Region | null;
  reports: number;
  /** Of them, loaded now (0 when the database already held everything), and the seconds that took. */
  loadedNow: number;
  seconds: number;
}

/** The township and year of each report of the bench years stored for townships under `region`: one statement. */
async function storedReports(dataSource: DataSource, region: Region): Promise<Set<string>> {
  const query = dataSource
    .getRepository(Report)
    .createQueryBuilder('r')
    .innerJoin(Region, 't', 't.code = r.townshipCode')
    .select(['r.townshipCode AS townshipCode', 'r.year AS year']);
  const rows = await whereTownshipUnder(query, 't', region)
    .andWhere({ year: In(BENCH_YEARS) })
    .getRawMany<{ townshipCode: string; year: number | string }>();
  return new Set(rows.map((row) => `${row.townshipCode}/${Number(row.year)}`));
}

/**
 * Every township of `region` with a report for each bench year, through the bulk path. Only
 * the reports not yet stored are loaded, so a load stopped halfway resumes where it stopped.
 */
async function ensureRegion(dataSource: DataSource, region: Region, log: (line: string) => void, parse?: DocumentParser): Promise<number> {
  const townships = await townshipsUnder(dataSource.manager, region);
  const expected = townships.length * BENCH_YEARS.length;
  const stored = await storedReports(dataSource, region);
  if (stored.size === expected) return 0;
  for (let i = 0; i < townships.length; i += TOWNSHIPS_PER_ROUND) {
    const round = demoReports(townships.slice(i, i + TOWNSHIPS_PER_ROUND), BENCH_YEARS);
    await bulkLoad(
      dataSource,
      round.filter((report) => !stored.has(`${report.townshipCode}/${report.year}`)),
      parse,
    );
    log(`  ${region.name}: ${Math.min(i + TOWNSHIPS_PER_ROUND, townships.length) * BENCH_YEARS.length}/${expected} reports`);
  }
  return expected - stored.size;
}

/**
 * The bench years' reports of every township under `regionCode` ('CN': the whole country),
 * loaded province by province; an interrupted load resumes where it stopped (the national
 * load takes about 20 minutes on 2 cores). `parse` reads the documents (the parse workers,
 * where given; else this thread).
 */
export async function ensureDataset(
  dataSource: DataSource,
  regionCode: string,
  log: (line: string) => void,
  parse?: DocumentParser,
): Promise<Dataset> {
  const region = regionCode === 'CN' ? null : await requireRegion(dataSource.manager, regionCode);
  const parts = region
    ? [region]
    : await dataSource.getRepository(Region).find({ where: { level: RegionLevel.PROVINCE }, order: { code: 'ASC' } });
  const start = Date.now();
  let loaded = 0;
  for (const part of parts) loaded += await ensureRegion(dataSource, part, log, parse);
  const reports = (await townshipsUnder(dataSource.manager, region)).length * BENCH_YEARS.length;
  return { region, reports, loadedNow: loaded, seconds: loaded ? (Date.now() - start) / 1000 : 0 };
}

/** The default rubric for a region and year, so that `assessment` has something to score. */
export async function ensureRubric(dataSource: DataSource, regionCode: string, year: number): Promise<void> {
  if (await dataSource.getRepository(RubricVersion).count({ where: { regionCode, year } })) return;
  await createRubricVersion(dataSource, { regionCode, year, criteria: checkCriteria(DEFAULT_CRITERIA), note: 'bench', createdBy: 'bench' });
}
