/**
 * Gathers what the scoring engine needs about every township under a region, from the read
 * model of current values (report_values) rather than the entity tables: a township's cells
 * are one row instead of ~50, and only the cells the criteria read and the issues name
 * (value-row-data.ts). The same number of statements however many townships there
 * are: the year's issues (one), the townships with their read model rows and current versions
 * (one), the narratives of the year and of the year before (one), the evaluators' decisions
 * (one), the deadlines their regions set (one) and, when the rubric scores them, the
 * rectification notices (three).
 */
import { EntityManager } from 'typeorm';
import { NarrativeSection, Region, ReportIssueRecord } from '../../../../entities';
import { SqlNames } from '../../../storage/db/sql-names';
import { sql, type Sql, type SqlValue } from '../../../storage/db/sql';
import { REPORT_VALUES_TABLE } from '../../../storage/db/report-values-layout';
import type { VersionToLoad } from '../../../storage/store/load-report';
import { fromRows, splitPaths } from '../../../storage/store/report-rows';
import { townshipDeadlines } from '../../../storage/store/deadline-settings';
import { loadNotices } from '../../../storage/store/rectification-store';
import { rawEntityColumns, rawEntityReader } from '../../../storage/store/raw-entity';
import { regionCodeColumn, townshipUnderSql, validIn } from '../../../storage/store/regions';
import { VERSION_COLUMNS, valueColumnsAt, valueRowReader, valueVersionReader } from '../../../storage/store/value-row-data';
import type { ReportData } from '../../../reading/template/report-data';
import { loadRegionDecisions } from '../review/review-store';
import { reviewedIssues } from '../review/reviewed-issues';
import type { NarrativeDocument } from '../similarity/most-similar';
import { narrativeText } from '../similarity/shingles';
import { cachedMostSimilarReports, cachedShingleSet } from '../similarity/similarity-cache';
import { chinaDay } from '../../../core/china-date';
import { groupBy } from '../../../core/group-by';
import { missedDueDate } from '../rectification/overdue';
import type { AssessmentSubject, NoticeStanding } from '../subject';

type Raw = Record<string, unknown>;

interface TownshipValues {
  township: Region;
  /** The current version of the year's report, and its read model row. */
  version: VersionToLoad | null;
  values: Raw;
}

/**
 * The statements are written by hand and read as raw rows: an assessment of a city is a few
 * milliseconds of the hub's CPU, and TypeORM's query builder (its alias rewriting of the whole
 * text) and entity mapping took more of it than the statements. Identifiers come from the
 * entities' metadata and the layout, values are bound.
 */
async function rawRows<T>(manager: EntityManager, statement: Sql): Promise<T[]> {
  const { sql: text, params } = sql.statement(statement);
  return manager.query<T[]>(text, params);
}

const list = (values: readonly SqlValue[]): Sql => sql.join(values.map(sql.value), sql`, `);

/**
 * The townships under `region` (alias t) joined to their read model rows of `years` (alias
 * rv), by its primary key, and then to `rows` (joins on rv): the FROM … WHERE of a statement.
 */
function townshipsWithValues(
  names: SqlNames,
  region: Region,
  years: readonly number[],
  join: 'inner' | 'left',
  rows: readonly Sql[] = [],
): Sql {
  const rv = (column: string) => sql`rv.${names.quote(column)}`;
  const code = sql.value(region.code);
  // The region's code on the read model too: an inner join then starts from its index range, not from every row of the years.
  const on = sql`${rv('year')} IN (${list(years)}) AND ${rv('township_code')} = t.${names.column(Region, 'code')} AND ${rv(regionCodeColumn(region.level))} = ${code}`;
  return sql.join(
    [
      sql`FROM ${names.table(Region)} t ${join === 'inner' ? sql`JOIN` : sql`LEFT JOIN`} ${names.quote(REPORT_VALUES_TABLE)} rv ON ${on}`,
      ...rows,
      sql`WHERE ${townshipUnderSql(names, region)}`,
    ],
    sql`\n`,
  );
}

/**
 * Every township under `region` valid in `year`, in code order, with its report's current
 * version and the `columns` of its read model row for `year`. One statement, on the read model
 * alone: its row carries the version's facts (VERSION_COLUMNS).
 */
async function townshipValues(manager: EntityManager, region: Region, year: number, columns: readonly string[]): Promise<TownshipValues[]> {
  const names = new SqlNames(manager.connection);
  const townshipColumns = rawEntityColumns(manager.connection, Region, sql`t`, 't_');
  const valueColumns = [...VERSION_COLUMNS, ...columns].map((column) => sql`rv.${names.quote(column)} AS ${names.quote(column)}`);
  const rows = await rawRows<Raw>(
    manager,
    sql`SELECT ${sql.join([...townshipColumns, ...valueColumns], sql`, `)} ${townshipsWithValues(names, region, [year], 'left')} ORDER BY t.${names.column(Region, 'code')}`,
  );
  const townshipOf = rawEntityReader(manager.connection, Region, 't_');
  const versionOf = valueVersionReader(manager.connection);
  // A code retired before the year, or created after it, is no township of that year.
  return rows
    .map((row) => ({ township: townshipOf(row), version: versionOf(year, row), values: row }))
    .filter(({ township }) => validIn(township, year));
}

const yearKey = (townshipCode: string, year: number) => `${townshipCode}/${year}`;

interface SectionRow extends Pick<NarrativeSection, 'sectionKey' | 'text'> {
  townshipCode: string;
  year: number | string;
}

/**
 * The narrative sections of the current versions of `years` of the townships under `region`,
 * by yearKey. One statement, joined rather than given the versions' ids: a country's 41,000
 * ids would pass SQLite's limit of 32,766 bound parameters.
 */
async function narratives(manager: EntityManager, region: Region, years: readonly number[]): Promise<Map<string, SectionRow[]>> {
  const names = new SqlNames(manager.connection);
  const section = (property: string) => sql`s.${names.column(NarrativeSection, property)}`;
  const rows = await rawRows<SectionRow>(
    manager,
    sql.join(
      [
        sql`SELECT t.${names.column(Region, 'code')} AS ${names.quote('townshipCode')}, rv.${names.quote('year')} AS ${names.quote('year')},`,
        sql`${section('sectionKey')} AS ${names.quote('sectionKey')}, ${section('text')} AS ${names.quote('text')}`,
        townshipsWithValues(names, region, years, 'inner', [
          sql`JOIN ${names.table(NarrativeSection)} s ON ${section('versionId')} = rv.${names.quote('version_id')}`,
        ]),
      ],
      sql`\n`,
    ),
  );
  return groupBy(rows, (row) => yearKey(row.townshipCode, Number(row.year)));
}

interface IssueRow extends Pick<ReportIssueRecord, 'rule' | 'severity' | 'message' | 'cells'> {
  townshipCode: string;
}

/** The issues of the year's current versions of the townships under `region`, in their order, by township code. One statement. */
async function issues(manager: EntityManager, region: Region, year: number): Promise<Map<string, IssueRow[]>> {
  const names = new SqlNames(manager.connection);
  const issue = (property: string) => sql`i.${names.column(ReportIssueRecord, property)}`;
  const selected = (['rule', 'severity', 'message', 'cells'] as const).map(
    (property) => sql`${issue(property)} AS ${names.quote(property)}`,
  );
  const rows = await rawRows<IssueRow>(
    manager,
    sql.join(
      [
        sql`SELECT t.${names.column(Region, 'code')} AS ${names.quote('townshipCode')}, ${sql.join(selected, sql`, `)}`,
        townshipsWithValues(names, region, [year], 'inner', [
          sql`JOIN ${names.table(ReportIssueRecord)} i ON ${issue('versionId')} = rv.${names.quote('version_id')}`,
        ]),
        sql`ORDER BY t.${names.column(Region, 'code')}, ${issue('position')}`,
      ],
      sql`\n`,
    ),
  );
  return groupBy(rows, (row) => row.townshipCode);
}

const narrativeDocument = (townshipCode: string, year: number, data: Pick<ReportData, 'sections'>): NarrativeDocument => ({
  townshipCode,
  year,
  shingles: cachedShingleSet(narrativeText(data)),
});

/** The year's notices of the townships under `region`, by township, judged on `today`. Three statements. */
async function noticeStandings(
  manager: EntityManager,
  region: Region,
  year: number,
  today: string,
): Promise<Map<string, NoticeStanding[]>> {
  return groupBy(
    await loadNotices(manager, { region, year }),
    (notice) => notice.townshipCode,
    (notice): NoticeStanding => ({ id: notice.id, dueDate: notice.dueDate, missedDueDate: missedDueDate(notice, today) }),
  );
}

/** What the rubric scores, so that only that is loaded. */
export interface SubjectNeeds {
  /** Whether a criterion scores rectification notices: their statements are run only then. */
  withNotices: boolean;
  /** The ReportData paths of the cells the criteria read (KindRule.cellPaths): VALUE_CELL_PATHS for every cell. */
  cellPaths: readonly string[];
  /** The lowest similarity that can cost points (similarity/most-similar.ts): 0 finds the most similar report of every township alike. */
  similarityFloor?: number;
}

/**
 * Every township under `region` with its report of `year`: its data holds the cells of
 * `needs.cellPaths` and those its issues name (their fingerprints take their values), with
 * its date, template, narrative and issues; other cells are left out.
 */
export async function loadAssessmentSubjects(
  manager: EntityManager,
  region: Region,
  year: number,
  { withNotices, cellPaths, similarityFloor = 0 }: SubjectNeeds,
): Promise<AssessmentSubject<Region>[]> {
  const issueRows = await issues(manager, region, year);
  const named = new Set([...issueRows.values()].flatMap((rows) => rows.flatMap((row) => splitPaths(row.cells ?? null))));
  const columns = valueColumnsAt([...cellPaths, ...named]);
  const valueRows = valueRowReader(columns);
  const townships = await townshipValues(manager, region, year, columns);
  const sections = await narratives(manager, region, [year - 1, year]);
  const decisions = await loadRegionDecisions(manager, region, year);
  const deadlines = await townshipDeadlines(
    manager,
    townships.map((t) => t.township),
  );
  const reports = townships.map(({ township, version, values }) => {
    if (!version) return { township, data: null };
    const rows = {
      ...valueRows(values),
      narrativeSections: sections.get(yearKey(township.code, year)) ?? [],
      narrativeCounts: [],
      issues: issueRows.get(township.code) ?? [],
    };
    return { township, data: fromRows(version, rows) };
  });
  const previous = townships.flatMap(({ township }) => {
    const rows = sections.get(yearKey(township.code, year - 1));
    return rows
      ? [narrativeDocument(township.code, year - 1, { sections: Object.fromEntries(rows.map((row) => [row.sectionKey, row.text])) })]
      : [];
  });
  const current = reports.flatMap((r) => (r.data ? [narrativeDocument(r.township.code, year, r.data)] : []));
  const similar = cachedMostSimilarReports(current, previous, similarityFloor);
  const notices = withNotices ? await noticeStandings(manager, region, year, chinaDay()) : new Map<string, NoticeStanding[]>();
  return reports.map(({ township, data: report }) => ({
    township,
    notices: notices.get(township.code) ?? [],
    report: report && {
      data: report,
      issues: reviewedIssues(township.code, year, report, decisions),
      mostSimilar: similar.get(township.code) ?? null,
      townshipDeadline: deadlines.get(township.code),
    },
  }));
}
