/**
 * A small, known world for the comparison engine's tests: 余姚市 (21 townships, 2019–2021)
 * and five townships of 慈溪市 (2019–2020), generated reports with blank cells and missing
 * reports, ingested through the real upload path. The tests compute every expected value
 * from the generated ReportData, never from the engine's SQL.
 */
import { DataSource } from 'typeorm';
import { demoReportData } from '../../src/generator/demo-reports';
import { applyFlaws, type Flaw } from '../../src/generator/flaws';
import { renderText } from '../../src/generator/render-text';
import { ingestReport } from '../../src/storage/ingest/ingest-report';
import { loadRegionSeed, type RegionSeed } from '../../src/storage/store/region-seed';
import type { ReportData } from '../../src/reading/template/report-data';
import { seedRegions } from '../support/database';
import { valueAt } from '../support/fixtures';

export const YUYAO = '330281';
export const CIXI = '330282';
export const NINGBO = '330200';
export const ZHEJIANG = '330000';
export const YEARS = [2019, 2020, 2021];
const CIXI_YEARS = [2019, 2020];
const CIXI_TOWNSHIPS = 5;

export interface WorldReport {
  code: string;
  county: string;
  year: number;
  data: ReportData;
}

export interface World {
  /** Every township seeded, in code order. */
  townships: RegionSeed[];
  /** Every report stored, with its data as generated (and flawed) and the issues stored. */
  reports: WorldReport[];
  /** The township whose 2019 report is missing although 2020 had zero applications. */
  zeroAfterMissing: string;
}

const townshipsOf = (seed: RegionSeed[], county: string) =>
  seed.filter((region) => region.level === 'TOWNSHIP' && region.countyCode === county).sort((a, b) => (a.code < b.code ? -1 : 1));

/** Blank cells, chosen so that each null-versus-zero path is exercised. */
function flawsFor(index: number, year: number): Flaw[] {
  const blank = (path: string): Flaw => ({ kind: 'blankCell', path });
  if (year !== 2019) return index === 8 && year === 2020 ? [blank('responses.pressConferences')] : [];
  switch (index) {
    case 1:
      return [blank('applications.newReceived.total')];
    case 2:
      return [blank('applications.totalProcessed.total')];
    case 4:
      return ['natural', 'commercial', 'research', 'publicInterest', 'legal', 'other', 'total'].map((column) =>
        blank(`applications.newReceived.${column}`),
      );
    case 6:
      return [blank('review.corrected')];
    default:
      return [];
  }
}

function generate(township: RegionSeed, years: readonly number[]): { year: number; data: ReportData }[] {
  // demoReportData keeps consecutive years consistent (carried over = carried forward).
  return demoReportData([township], years).map(({ year, data }) => ({ year, data }));
}

export async function buildWorld(dataSource: DataSource): Promise<World> {
  await seedRegions(dataSource, [ZHEJIANG, NINGBO, YUYAO, CIXI]);
  const seed = loadRegionSeed();
  const yuyao = townshipsOf(seed, YUYAO);
  const cixi = townshipsOf(seed, CIXI);
  const planned = [
    ...yuyao.flatMap((township, index) => generate(township, YEARS).map((report) => ({ township, index, ...report }))),
    ...cixi
      .slice(0, CIXI_TOWNSHIPS)
      .flatMap((township) => generate(township, CIXI_YEARS).map((report) => ({ township, index: -1, ...report }))),
  ];
  const neverReports = yuyao[20].code;
  const zeroAfterMissing = planned.find(
    // Past the townships whose 2019 report carries a flaw: this one has no 2019 report at all.
    (report) =>
      report.index > 8 &&
      report.township.code !== neverReports &&
      report.year === 2020 &&
      report.data.applications?.newReceived?.total === 0,
  )!.township.code;
  const missing = (code: string, year: number) =>
    code === neverReports || (code === zeroAfterMissing && year === 2019) || (code === yuyao[5].code && year === 2021);
  const reports: WorldReport[] = [];
  for (const { township, index, year, data } of planned.sort((a, b) => a.year - b.year)) {
    if (missing(township.code, year)) continue;
    const flawed = applyFlaws(data, flawsFor(index, year));
    const stored = await ingestReport(dataSource, {
      townshipCode: township.code,
      year,
      bytes: Buffer.from(renderText(flawed), 'utf8'),
      format: 'TEXT',
    });
    reports.push({ code: township.code, county: township.countyCode!, year, data: { ...flawed, issues: stored.parsed.data.issues } });
  }
  return { townships: [...yuyao, ...cixi], reports, zeroAfterMissing };
}

/** A report's value of a base metric (its ReportData path), null where absent or blank. */
export function cell(data: ReportData | undefined, key: string): number | null {
  const value = data === undefined ? null : valueAt(data, key);
  return typeof value === 'number' ? value : null;
}
