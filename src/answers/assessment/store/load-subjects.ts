/**
 * Gathers what the scoring engine needs about every township under a region, with the same
 * number of statements however many townships there are: the townships and their reports
 * (one), the reports' data (loadReportData: one per row table), last year's narratives (one),
 * the evaluators' decisions (one), the deadlines their regions set (one) and, when the rubric
 * scores them, the rectification notices (three).
 */
import { EntityManager } from 'typeorm';
import { NarrativeSection, Region, Report, ReportVersion } from '../../../../entities';
import { versionToLoad } from '../../../storage/store/current-report';
import { townshipDeadlines } from '../../../storage/store/deadline-settings';
import { loadReportData } from '../../../storage/store/load-report';
import { validIn, whereTownshipUnder } from '../../../storage/store/regions';
import type { ReportData } from '../../../reading/template/report-data';
import { loadRegionDecisions } from '../review/review-store';
import { reviewedIssues } from '../review/reviewed-issues';
import { mostSimilarReports, type NarrativeDocument } from '../similarity/most-similar';
import { narrativeText, shingleSet } from '../similarity/shingles';
import type { AssessmentSubject, NoticeStanding } from '../subject';
import { loadNotices } from '../../../storage/store/rectification-store';
import { chinaDay } from '../../../core/china-date';
import { missedDueDate } from '../rectification/overdue';

interface TownshipReport {
  township: Region;
  /** The current version of the year's report. */
  version: ReportVersion | null;
}

type MappedRegion = Region & { report?: Report | null; version?: ReportVersion | null };

/** Every township under `region` valid in `year`, in code order, with its report's current version for `year`. One statement. */
async function townshipReports(manager: EntityManager, region: Region, year: number): Promise<TownshipReport[]> {
  const query = manager
    .createQueryBuilder(Region, 't')
    .leftJoinAndMapOne('t.report', Report, 'r', 'r.townshipCode = t.code AND r.year = :year', { year })
    .leftJoinAndMapOne('t.version', ReportVersion, 'v', 'v.id = r.currentVersionId');
  const rows = (await whereTownshipUnder(query, 't', region).orderBy('t.code').getMany()) as MappedRegion[];
  // A code retired before the year, or created after it, is no township of that year.
  return rows
    .filter((row) => validIn(row, year))
    .map(({ report: _report, version, ...township }) => ({ township: township, version: version ?? null }));
}

const narrativeDocument = (townshipCode: string, year: number, data: Pick<ReportData, 'sections'>): NarrativeDocument => ({
  townshipCode,
  year,
  shingles: shingleSet(narrativeText(data)),
});

interface PreviousSection {
  townshipCode: string;
  sectionKey: string;
  text: string;
}

/**
 * Last year's narratives of the townships under `region` as comparable documents. One
 * statement, joined rather than given the versions' ids: a country's 41,000 ids would pass
 * SQLite's limit of 32,766 bound parameters.
 */
async function previousNarratives(manager: EntityManager, region: Region, year: number): Promise<NarrativeDocument[]> {
  const query = manager
    .createQueryBuilder(Region, 't')
    .innerJoin(Report, 'p', 'p.townshipCode = t.code AND p.year = :before', { before: year - 1 })
    .innerJoin(NarrativeSection, 's', 's.versionId = p.currentVersionId');
  const rows: PreviousSection[] = await whereTownshipUnder(query, 't', region)
    .select('p.townshipCode', 'townshipCode')
    .addSelect('s.sectionKey', 'sectionKey')
    .addSelect('s.text', 'text')
    .getRawMany();
  const sections = new Map<string, Record<string, string>>();
  for (const row of rows) sections.set(row.townshipCode, { ...sections.get(row.townshipCode), [row.sectionKey]: row.text });
  return [...sections].map(([townshipCode, text]) => narrativeDocument(townshipCode, year - 1, { sections: text }));
}

/** The year's notices of the townships under `region`, by township, judged on `today`. Three statements. */
async function noticeStandings(
  manager: EntityManager,
  region: Region,
  year: number,
  today: string,
): Promise<Map<string, NoticeStanding[]>> {
  const standings = new Map<string, NoticeStanding[]>();
  for (const notice of await loadNotices(manager, { region, year })) {
    const standing = { id: notice.id, dueDate: notice.dueDate, missedDueDate: missedDueDate(notice, today) };
    standings.set(notice.townshipCode, [...(standings.get(notice.townshipCode) ?? []), standing]);
  }
  return standings;
}

export async function loadAssessmentSubjects(
  manager: EntityManager,
  region: Region,
  year: number,
  /** Whether a criterion scores rectification notices: their statements are run only then. */
  withNotices: boolean,
): Promise<AssessmentSubject<Region>[]> {
  const townships = await townshipReports(manager, region, year);
  const data = await loadReportData(
    manager,
    townships.flatMap((t) => (t.version ? [versionToLoad(year, t.version)] : [])),
  );
  const previous = await previousNarratives(manager, region, year);
  const decisions = await loadRegionDecisions(manager, region, year);
  const deadlines = await townshipDeadlines(
    manager,
    townships.map((t) => t.township),
  );
  const reports = townships.map((t) => ({ township: t.township, data: t.version ? data.get(t.version.id)! : null }));
  const current = reports.flatMap((r) => (r.data ? [narrativeDocument(r.township.code, year, r.data)] : []));
  const similar = mostSimilarReports(current, previous);
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
