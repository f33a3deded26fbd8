import { EntityManager } from 'typeorm';
import { Region, Report, ReportVersion } from '../../../entities';
import {
  CELL_TABLES,
  REPORT_VALUES_TABLE,
  VALUE_CELLS,
  VALUE_ROWS,
  type CellTable,
  type ValueRow,
} from '../../storage/db/report-values-layout';
import { fromRows, ReportRows } from '../../storage/store/report-rows';
import { storedTemplate } from '../../storage/store/stored-enums';
import { regionCodeColumn, whereTownshipUnder } from '../../storage/store/regions';
import { ReportData, TemplateVersion } from '../../reading/template/report-data';
import { townshipsUnder } from '../../storage/store/regions';
import { requireRegionScope } from '../../storage/store/region-scope';
import type { CellBudget } from '../../core/cell-budget';
import { checkYear } from '../../core/report-year';
import { sql, type Sql } from '../../storage/db/sql';
import { SqlNames } from '../../storage/db/sql-names';
import { BASE_METRICS } from './metrics/base-metrics';

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

/** The read model's column holding a township's code of `level`: a region filter is a range of its index. */
/** The read model's rows of the region's townships in the year. */
const inRegionYear = (names: SqlNames, region: Region, year: number): Sql =>
  sql`rv.${names.quote('year')} = ${sql.value(year)} AND rv.${names.quote(regionCodeColumn(region.level))} = ${sql.value(region.code)}`;

const numberOrNull = (value: unknown): number | null => (value === null || value === undefined ? null : Number(value));

/**
 * Every cell summed over the region's current reports of the year, in one statement over the
 * read model. SUM ignores blanks and is NULL when every report leaves the cell blank: blank
 * never becomes 0. A table row is in the sum when some report has it (has_* > 0), blank or not.
 */
async function summedRows(manager: EntityManager, region: Region, year: number): Promise<ReportRows> {
  const names = new SqlNames(manager.connection);
  const summed = [...VALUE_CELLS, ...VALUE_ROWS].map(({ column }) => sql`SUM(rv.${names.quote(column)}) AS ${names.quote(column)}`);
  const statement = sql.statement(
    sql`SELECT ${sql.join(summed, sql`, `)} FROM ${names.quote(REPORT_VALUES_TABLE)} rv WHERE ${inRegionYear(names, region, year)}`,
  );
  const [sums]: Record<string, unknown>[] = await manager.query(statement.sql, statement.params);
  const present = (table: CellTable) => VALUE_ROWS.filter((row) => row.table === table && Number(sums[row.column] ?? 0) > 0);
  const rowOf = ({ table, key }: ValueRow): Record<string, unknown> => ({
    [CELL_TABLES[table].discriminator]: key,
    ...Object.fromEntries(
      VALUE_CELLS.filter((cell) => cell.table === table && cell.key === key).map((cell) => [cell.field, numberOrNull(sums[cell.column])]),
    ),
  });
  return {
    disclosureItems: present('disclosureItems').map(rowOf),
    applicationCounts: present('applicationCounts').map(rowOf),
    caseOutcomes: present('caseOutcomes').map(rowOf),
    publicationCounts: present('publicationCounts').map((row) => ({ ...rowOf(row), source: 'table', evidence: '' })),
    narrativeSections: [],
    narrativeCounts: [],
    issues: [],
  };
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
 * counts) summed over its townships' current reports, with the townships (valid in the year)
 * missing from it.
 * Four statements whatever the size of the region.
 */
export async function regionSummary(manager: EntityManager, region: Region, year: number): Promise<RegionSummary> {
  const townships = await townshipsUnder(manager, region, year);
  const templates = await templateCounts(manager, region, year);
  const template = templates[0]?.template ?? (year >= 2021 ? '2021' : '2019');
  const rows = await summedRows(manager, region, year);
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

/** The townships under the region with a report for the year, from the read model: one statement. */
async function reportedCodes(manager: EntityManager, region: Region, year: number): Promise<string[]> {
  const names = new SqlNames(manager.connection);
  const statement = sql.statement(
    sql`SELECT rv.${names.quote('township_code')} AS code FROM ${names.quote(REPORT_VALUES_TABLE)} rv WHERE ${inRegionYear(names, region, year)}`,
  );
  const rows: { code: string }[] = await manager.query(statement.sql, statement.params);
  return rows.map((row) => String(row.code));
}

/** A 汇总 reads every cell of each township's report. */
const CELLS_PER_TOWNSHIP = BASE_METRICS.length;

/**
 * The 汇总 of the region a code names, as the API and the download ask for it: the year and
 * the region checked, and its cells (every cell of a report × the region's townships) taken
 * from the request's budget before any sum is read.
 */
export async function summarizeRegion(
  manager: EntityManager,
  regionCode: string,
  year: number,
  cells: CellBudget | null,
): Promise<RegionSummary> {
  const checkedYear = checkYear(year);
  const { region, townships } = await requireRegionScope(manager, regionCode);
  cells?.spend(CELLS_PER_TOWNSHIP * townships);
  return regionSummary(manager, region, checkedYear);
}
