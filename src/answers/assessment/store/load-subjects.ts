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
import { EntityManager, SelectQueryBuilder } from 'typeorm';
import { NarrativeSection, Region, ReportIssueRecord } from '../../../../entities';
import { REPORT_VALUES_TABLE } from '../../../storage/db/report-values-layout';
import type { VersionToLoad } from '../../../storage/store/load-report';
import { fromRows, splitPaths } from '../../../storage/store/report-rows';
import { townshipDeadlines } from '../../../storage/store/deadline-settings';
import { loadNotices } from '../../../storage/store/rectification-store';
import { regionCodeColumn, validIn, whereTownshipUnder } from '../../../storage/store/regions';
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

/** `rv.<column>` of the read model, quoted for the database. */
const valueColumn = (manager: EntityManager, column: string): string => `rv.${manager.connection.driver.escape(column)}`;

/** The townships under `region` (alias t) joined to their read model rows of `years` (alias rv), by its primary key. */
function townshipsWithValues(
  manager: EntityManager,
  region: Region,
  years: readonly number[],
  join: 'inner' | 'left',
): SelectQueryBuilder<Region> {
  const rv = (column: string) => valueColumn(manager, column);
  // The region's code on the read model too: an inner join then starts from its index range, not from every row of the years.
  const on = `${rv('year')} IN (:...years) AND ${rv('township_code')} = t.code AND ${rv(regionCodeColumn(region.level))} = :regionCode`;
  const query = manager.createQueryBuilder(Region, 't');
  if (join === 'inner') query.innerJoin(REPORT_VALUES_TABLE, 'rv', on, { years });
  else query.leftJoin(REPORT_VALUES_TABLE, 'rv', on, { years });
  return whereTownshipUnder(query, 't', region);
}

/**
 * Every township under `region` valid in `year`, in code order, with its report's current
 * version and the `columns` of its read model row for `year`. One statement, on the read model
 * alone: its row carries the version's facts (VERSION_COLUMNS).
 */
async function townshipValues(manager: EntityManager, region: Region, year: number, columns: readonly string[]): Promise<TownshipValues[]> {
  const query = townshipsWithValues(manager, region, [year], 'left').orderBy('t.code');
  for (const column of [...VERSION_COLUMNS, ...columns]) query.addSelect(valueColumn(manager, column), column);
  const { entities, raw } = await query.getRawAndEntities<Raw>();
  const values = new Map(raw.map((row) => [String(row.t_code), row]));
  const versionOf = valueVersionReader(manager.connection);
  // A code retired before the year, or created after it, is no township of that year.
  return entities
    .filter((row) => validIn(row, year))
    .map((township) => {
      const row = values.get(township.code)!;
      return { township, version: versionOf(year, row), values: row };
    });
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
  const rv = (column: string) => valueColumn(manager, column);
  const rows = await townshipsWithValues(manager, region, years, 'inner')
    .innerJoin(NarrativeSection, 's', `s.versionId = ${rv('version_id')}`)
    .select('t.code', 'townshipCode')
    .addSelect(rv('year'), 'year')
    .addSelect('s.sectionKey', 'sectionKey')
    .addSelect('s.text', 'text')
    .getRawMany<SectionRow>();
  return groupBy(rows, (row) => yearKey(row.townshipCode, Number(row.year)));
}

interface IssueRow extends Pick<ReportIssueRecord, 'rule' | 'severity' | 'message' | 'cells'> {
  townshipCode: string;
}

/** The issues of the year's current versions of the townships under `region`, in their order, by township code. One statement. */
async function issues(manager: EntityManager, region: Region, year: number): Promise<Map<string, IssueRow[]>> {
  const rows = await townshipsWithValues(manager, region, [year], 'inner')
    .innerJoin(ReportIssueRecord, 'i', `i.versionId = ${valueColumn(manager, 'version_id')}`)
    .select('t.code', 'townshipCode')
    .addSelect('i.rule', 'rule')
    .addSelect('i.severity', 'severity')
    .addSelect('i.message', 'message')
    .addSelect('i.cells', 'cells')
    .orderBy('t.code')
    .addOrderBy('i.position')
    .getRawMany<IssueRow>();
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
