import { EntityManager, SelectQueryBuilder } from 'typeorm';
import { ApplicationCount, CaseOutcome, DisclosureItem, PublicationCount, Region, Report, ReportVersion } from '../../../entities';
import { fromRows, ReportRows } from '../../storage/store/report-rows';
import { storedTemplate } from '../../storage/store/stored-enums';
import { whereTownshipUnder } from '../../storage/store/regions';
import { APPLICANT_COLUMNS, CASE_COLUMNS, DISCLOSURE_COLUMN_KEYS, ReportData, TemplateVersion } from '../../reading/template/report-data';
import { townshipsUnder } from '../../storage/store/regions';

/** A region's 汇总: its townships' reports for a year, table by table, summed. */
export interface RegionSummary {
  region: Region;
  year: number;
  /** The template of the reports summed (the most common one when they differ). */
  template: TemplateVersion;
  townshipCount: number;
  reportCount: number;
  /** Townships under the region with no report for the year. */
  missing: Region[];
  /** The summed tables in ReportData's shape: a cell is null when no report states it. */
  data: ReportData;
}

/** One row table: its entity, the column naming the row, the value columns summed. */
interface SummedTable<T> {
  entity: new () => T;
  key: keyof T & string;
  columns: readonly string[];
}

const DISCLOSURE: SummedTable<DisclosureItem> = { entity: DisclosureItem, key: 'item', columns: DISCLOSURE_COLUMN_KEYS };
const APPLICATIONS: SummedTable<ApplicationCount> = { entity: ApplicationCount, key: 'rowKey', columns: APPLICANT_COLUMNS };
const CASES: SummedTable<CaseOutcome> = { entity: CaseOutcome, key: 'caseGroup', columns: CASE_COLUMNS };
const COUNTS: SummedTable<PublicationCount> = { entity: PublicationCount, key: 'metric', columns: ['value'] };

/** The current versions of the region's reports for the year, as a join a sum can start from. */
function currentRows<T>(manager: EntityManager, table: SummedTable<T>, region: Region, year: number): SelectQueryBuilder<Region> {
  const query = manager
    .createQueryBuilder(Region, 't')
    .innerJoin(Report, 'r', 'r.townshipCode = t.code AND r.year = :year', { year })
    .innerJoin(table.entity, 'x', 'x.versionId = r.currentVersionId');
  return whereTownshipUnder(query, 't', region);
}

/** SUM ignores blanks and is NULL when every report leaves the cell blank: blank never becomes 0. */
async function sumTable<T>(manager: EntityManager, table: SummedTable<T>, region: Region, year: number): Promise<Partial<T>[]> {
  const query = currentRows(manager, table, region, year).select(`x.${table.key}`, table.key);
  for (const column of table.columns) query.addSelect(`SUM(x.${column})`, column);
  const rows: Record<string, unknown>[] = await query.groupBy(`x.${table.key}`).getRawMany();
  // MySQL returns SUM as a decimal string.
  const numeric = ([key, value]: [string, unknown]) => [key, key === table.key || value === null ? value : Number(value)];
  return rows.map((row) => Object.fromEntries(Object.entries(row).map(numeric)) as Partial<T>);
}

async function templateCounts(
  manager: EntityManager,
  region: Region,
  year: number,
): Promise<{ template: TemplateVersion; reports: number }[]> {
  const query = manager
    .createQueryBuilder(Region, 't')
    .innerJoin(Report, 'r', 'r.townshipCode = t.code AND r.year = :year', { year })
    .innerJoin(ReportVersion, 'v', 'v.id = r.currentVersionId')
    .select('v.template', 'template')
    .addSelect('COUNT(*)', 'reports');
  const rows: { template: string; reports: string | number }[] = await whereTownshipUnder(query, 't', region)
    .groupBy('v.template')
    .getRawMany();
  return rows
    .map((row) => ({ template: storedTemplate(row.template), reports: Number(row.reports) }))
    .sort((a, b) => b.reports - a.reports);
}

/**
 * The region-wide summary a city publishes: the three template tables (and the channel
 * counts) summed over its townships' current reports, with the townships missing from it.
 * A fixed number of statements whatever the size of the region.
 */
export async function regionSummary(manager: EntityManager, region: Region, year: number): Promise<RegionSummary> {
  const townships = await townshipsUnder(manager, region);
  const templates = await templateCounts(manager, region, year);
  const template = templates[0]?.template ?? (year >= 2021 ? '2021' : '2019');
  const rows: ReportRows = {
    disclosureItems: await sumTable(manager, DISCLOSURE, region, year),
    applicationCounts: await sumTable(manager, APPLICATIONS, region, year),
    caseOutcomes: await sumTable(manager, CASES, region, year),
    publicationCounts: (await sumTable(manager, COUNTS, region, year)).map((count) => ({ ...count, source: 'table', evidence: '' })),
    narrativeSections: [],
    narrativeCounts: [],
    issues: [],
  };
  const data = fromRows({ organization: region.name, year, template, publishedOn: null, notApplicable: null }, rows);
  const reported = new Set(await reportedCodes(manager, region, year));
  return {
    region,
    year,
    template,
    townshipCount: townships.length,
    reportCount: reported.size,
    missing: townships.filter((township) => !reported.has(township.code)),
    data,
  };
}

async function reportedCodes(manager: EntityManager, region: Region, year: number): Promise<string[]> {
  const query = manager
    .createQueryBuilder(Region, 't')
    .innerJoin(Report, 'r', 'r.townshipCode = t.code AND r.year = :year', { year })
    .select('t.code', 'code');
  return (await whereTownshipUnder(query, 't', region).getRawMany<{ code: string }>()).map((row) => row.code);
}
