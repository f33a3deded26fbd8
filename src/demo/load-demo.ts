import fs from 'node:fs';
import path from 'node:path';
import { DataSource } from 'typeorm';
import { Report } from '../../entities';
import { townshipsUnder } from '../storage/store/regions';
import { demoReports } from '../generator/demo-reports';
import { ingestReports } from '../storage/ingest/ingest-batch';
import { projectRoot } from '../core/project-root';
import { requireRegion } from '../storage/store/regions';

/** The demo city: 余姚市, whose 丈亭镇 published the real report the hub ships. */
export const DEMO_COUNTY = '330281';
export const DEMO_REAL_REPORT = { townshipCode: '330281109', year: 2019, file: 'seeds/demo/zhangting-2019.txt' };
export const DEMO_YEARS = [2019, 2020];

/**
 * Loads the demo data into a hub with no reports: the real 丈亭镇 2019 report, and generated
 * reports (isDemo) for the other townships of 余姚市 for 2019 and 2020, all through the same
 * ingest path as uploads. Returns how many reports it stored.
 */
export async function loadDemoIfEmpty(dataSource: DataSource): Promise<number> {
  if ((await dataSource.getRepository(Report).count({ take: 1 })) > 0) return 0;
  const bytes = fs.readFileSync(path.join(projectRoot(), DEMO_REAL_REPORT.file));
  const county = await requireRegion(dataSource.manager, DEMO_COUNTY);
  const others = (await townshipsUnder(dataSource.manager, county)).filter((t) => t.code !== DEMO_REAL_REPORT.townshipCode);
  const generated = demoReports(others, DEMO_YEARS).map((report) => ({
    townshipCode: report.townshipCode,
    year: report.year,
    bytes: Buffer.from(report.text, 'utf8'),
    format: 'TEXT' as const,
    isDemo: true,
  }));
  // One batch, as the CLI ingests a folder: a few statements instead of ~20 per report at start-up.
  const outcomes = await ingestReports(dataSource, [{ ...DEMO_REAL_REPORT, bytes, format: 'TEXT' }, ...generated]);
  const rejected = outcomes.find((outcome) => outcome.status === 'rejected');
  if (rejected) throw rejected.reason;
  return outcomes.length;
}
