/**
 * Gathers what the scoring engine needs about every township under a region, from the read
 * model of current values (report_values) rather than the entity tables: a township's cells
 * are one row instead of ~50, and only the cells the criteria read and the issues name
 * (value-row-data.ts). The same number of statements however many townships there
 * are: the year's issues (one), the townships with their read model rows, current versions
 * and the digests of their narratives of the year and the year before (one), the evaluators'
 * decisions (one), the deadlines their regions set (one) and, when the rubric scores them,
 * the rectification notices (three). Narrative texts are read only when the similarity has
 * not shingled them yet (load-narratives.ts): one more statement per 1,000 of them, one after
 * an upload.
 */
import { EntityManager } from 'typeorm';
import { Region, ReportIssueRecord } from '../../../../entities';
import { SqlNames } from '../../../storage/db/sql-names';
import { sql } from '../../../storage/db/sql';
import type { VersionToLoad } from '../../../storage/store/load-report';
import { fromRows, splitPaths } from '../../../storage/store/report-rows';
import { townshipDeadlines } from '../../../storage/store/deadline-settings';
import { loadNotices } from '../../../storage/store/rectification-store';
import { rawEntityColumns, rawEntityReader, rawRows } from '../../../storage/store/raw-entity';
import { validIn } from '../../../storage/store/regions';
import { VERSION_COLUMNS, valueColumnsAt, valueRowReader, valueVersionReader } from '../../../storage/store/value-row-data';
import { loadRegionDecisions } from '../review/review-store';
import { reviewedIssues } from '../review/reviewed-issues';
import { cachedMostSimilarReports } from '../similarity/similarity-cache';
import { chinaDay } from '../../../core/china-date';
import { groupBy } from '../../../core/group-by';
import { missedDueDate } from '../rectification/overdue';
import type { AssessmentSubject, NoticeStanding } from '../subject';
import { previousNarrativeColumns, narrativeDocuments, previousYearJoin, rowNarratives } from './load-narratives';
import { townshipsWithValues } from './townships-with-values';

type Raw = Record<string, unknown>;

interface TownshipValues {
  township: Region;
  /** The current version of the year's report, and its read model row. */
  version: VersionToLoad | null;
  values: Raw;
}

/**
 * Every township under `region` valid in `year`, in code order, with its report's current
 * version and the `columns` of its read model row for `year`, and the digests of its
 * narratives of the year and the year before. One statement, on the read model alone: its row
 * carries the version's facts (VERSION_COLUMNS).
 */
async function townshipValues(manager: EntityManager, region: Region, year: number, columns: readonly string[]): Promise<TownshipValues[]> {
  const names = new SqlNames(manager.connection);
  const townshipColumns = rawEntityColumns(manager.connection, Region, 't', 't_');
  const valueColumns = [...VERSION_COLUMNS, ...columns].map((column) => sql`rv.${names.quote(column)} AS ${names.quote(column)}`);
  const selected = sql.join([...townshipColumns, ...valueColumns, ...previousNarrativeColumns(names)], sql`, `);
  const rows = await rawRows<Raw>(
    manager,
    sql`SELECT ${selected} ${townshipsWithValues(names, region, [year], 'left', [previousYearJoin(names, region, year)])} ORDER BY t.${names.column(Region, 'code')}`,
  );
  const townshipOf = rawEntityReader(manager.connection, Region, 't_');
  const versionOf = valueVersionReader(manager.connection);
  // A code retired before the year, or created after it, is no township of that year.
  return rows
    .map((row) => ({ township: townshipOf(row), version: versionOf(year, row), values: row }))
    .filter(({ township }) => validIn(township, year));
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
 * its date, template and issues; other cells are left out, and so is the narrative's text (the
 * report says whether it has one, and which report it is most similar to).
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
  const decisions = await loadRegionDecisions(manager, region, year);
  const deadlines = await townshipDeadlines(
    manager,
    townships.map((t) => t.township),
  );
  const reports = townships.map(({ township, version, values }) => {
    if (!version) return { township, data: null };
    const rows = { ...valueRows(values), narrativeSections: [], narrativeCounts: [], issues: issueRows.get(township.code) ?? [] };
    return { township, data: fromRows(version, rows) };
  });
  // Compared: the reports of the townships valid in the year, and their own reports of the year before.
  const narratives = townships.flatMap(({ township, values }) => rowNarratives(township.code, year, values));
  const documents = await narrativeDocuments(manager, narratives);
  const similar = cachedMostSimilarReports(
    documents.filter((document) => document.year === year),
    documents.filter((document) => document.year === year - 1),
    similarityFloor,
  );
  const withNarrative = new Set(
    narratives.filter(({ year: of, digest }) => of === year && digest !== null).map(({ townshipCode }) => townshipCode),
  );
  const notices = withNotices ? await noticeStandings(manager, region, year, chinaDay()) : new Map<string, NoticeStanding[]>();
  return reports.map(({ township, data: report }) => ({
    township,
    notices: notices.get(township.code) ?? [],
    report: report && {
      data: report,
      issues: reviewedIssues(township.code, year, report, decisions),
      hasNarrative: withNarrative.has(township.code),
      mostSimilar: similar.get(township.code) ?? null,
      townshipDeadline: deadlines.get(township.code),
    },
  }));
}
