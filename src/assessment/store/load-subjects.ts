/**
 * Gathers what the scoring engine needs about every township under a region, with the same
 * number of statements however many townships there are: the townships and their reports
 * (one), the reports' data (loadReportData: one per row table), last year's narratives (one)
 * and the evaluators' decisions (one).
 */
import { EntityManager, In } from 'typeorm';
import { NarrativeSection, Region, Report, ReportVersion } from '../../../entities';
import { versionToLoad } from '../../store/current-report';
import { loadReportData } from '../../store/load-report';
import { whereTownshipUnder } from '../../store/regions';
import type { ReportData } from '../../template/report-data';
import { loadRegionDecisions } from '../review/review-store';
import { reviewedIssues } from '../review/reviewed-issues';
import { mostSimilarReports, type NarrativeDocument } from '../similarity/most-similar';
import { narrativeText, shingleSet } from '../similarity/shingles';
import type { AssessmentSubject } from '../subject';

interface TownshipReports {
  township: Region;
  /** The current version of the year's report. */
  version: ReportVersion | null;
  /** The current version id of last year's report. */
  previousVersionId: number | null;
}

type MappedRegion = Region & { report?: Report | null; version?: ReportVersion | null; previous?: Report | null };

/** Every township under `region`, in code order, with its reports' current versions for `year` and the year before. One statement. */
async function townshipReports(manager: EntityManager, region: Region, year: number): Promise<TownshipReports[]> {
  const query = manager
    .createQueryBuilder(Region, 't')
    .leftJoinAndMapOne('t.report', Report, 'r', 'r.townshipCode = t.code AND r.year = :year', { year })
    .leftJoinAndMapOne('t.version', ReportVersion, 'v', 'v.id = r.currentVersionId')
    .leftJoinAndMapOne('t.previous', Report, 'p', 'p.townshipCode = t.code AND p.year = :before', { before: year - 1 });
  const rows = (await whereTownshipUnder(query, 't', region).orderBy('t.code').getMany()) as MappedRegion[];
  return rows.map(({ report: _report, version, previous, ...township }) => ({
    township: township as Region,
    version: version ?? null,
    previousVersionId: previous?.currentVersionId ?? null,
  }));
}

const narrativeDocument = (townshipCode: string, year: number, data: Pick<ReportData, 'sections'>): NarrativeDocument => ({
  townshipCode,
  year,
  shingles: shingleSet(narrativeText(data)),
});

/** Last year's narratives as comparable documents. One statement (none when there are none). */
async function previousNarratives(
  manager: EntityManager,
  townships: readonly TownshipReports[],
  year: number,
): Promise<NarrativeDocument[]> {
  const codeOf = new Map(townships.flatMap((t) => (t.previousVersionId === null ? [] : [[t.previousVersionId, t.township.code]])));
  if (!codeOf.size) return [];
  const rows = await manager.find(NarrativeSection, { where: { versionId: In([...codeOf.keys()]) } });
  const sections = new Map<number, Record<string, string>>();
  for (const row of rows) sections.set(row.versionId, { ...sections.get(row.versionId), [row.sectionKey]: row.text });
  return [...sections].map(([versionId, text]) => narrativeDocument(codeOf.get(versionId)!, year - 1, { sections: text }));
}

export async function loadAssessmentSubjects(manager: EntityManager, region: Region, year: number): Promise<AssessmentSubject<Region>[]> {
  const townships = await townshipReports(manager, region, year);
  const data = await loadReportData(manager, townships.flatMap((t) => (t.version ? [versionToLoad(year, t.version)] : [])));
  const previous = await previousNarratives(manager, townships, year);
  const decisions = await loadRegionDecisions(manager, region, year);
  const reports = townships.map((t) => ({ township: t.township, data: t.version ? data.get(t.version.id)! : null }));
  const current = reports.flatMap((r) => (r.data ? [narrativeDocument(r.township.code, year, r.data)] : []));
  const similar = mostSimilarReports(current, previous);
  return reports.map(({ township, data: report }) => ({
    township,
    report: report && {
      data: report,
      issues: reviewedIssues(township.code, year, report, decisions),
      mostSimilar: similar.get(township.code) ?? null,
    },
  }));
}
