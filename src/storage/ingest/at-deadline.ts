/**
 * Which stored version each upload is to be compared with for report.changedAfterDeadline: the
 * version current at the report's publication deadline, when the upload is made after it. An
 * upload is made now; a re-read of a stored document (`reparse`) was made when its document was
 * uploaded, so a document uploaded by the deadline is never an edit after it, whatever a newer
 * parser reads in it. Days are China's (chinaDay), as deadlines are.
 */
import { EntityManager } from 'typeorm';
import { Report, ReportVersion, VersionOrigin } from '../../../entities';
import { chinaDay } from '../../core/china-date';
import { groupBy } from '../../core/group-by';
import type { VersionAtDeadline } from '../../checks/rule';
import { KEYS_PER_STATEMENT, chunks } from '../store/chunks';
import { versionToLoad } from '../store/current-report';
import { TownshipYear, loadReportData, reportKey } from '../store/load-report';

/** An upload's township-year, its deadline (YYYY-MM-DD) and whether it re-reads a stored document. */
export interface DeadlineQuestion extends TownshipYear {
  deadline: string;
  reread: boolean;
}

type VersionOfReport = ReportVersion & { report: Report };

/** Every version of these township-years' reports, by reportKey, oldest first. One statement per 1,000 townships. */
async function versionsOf(manager: EntityManager, keys: readonly TownshipYear[]): Promise<Map<string, VersionOfReport[]>> {
  const wanted = new Set(keys.map(reportKey));
  const years = [...new Set(keys.map((key) => key.year))];
  const versions: VersionOfReport[] = [];
  for (const codes of chunks([...new Set(keys.map((key) => key.townshipCode))], KEYS_PER_STATEMENT)) {
    const rows = (await manager
      .createQueryBuilder(ReportVersion, 'v')
      .innerJoinAndMapOne('v.report', Report, 'r', 'r.id = v.reportId')
      .where('r.townshipCode IN (:...codes)', { codes })
      .andWhere('r.year IN (:...years)', { years })
      .orderBy('v.reportId')
      .addOrderBy('v.number')
      .getMany()) as VersionOfReport[];
    versions.push(...rows.filter((row) => wanted.has(reportKey(row.report))));
  }
  return groupBy(versions, (row) => reportKey(row.report));
}

/** When the edit was made: now for an upload, the upload of the current document for a re-read. */
function editDay(versions: readonly VersionOfReport[], reread: boolean, now: Date): string {
  if (!reread) return chinaDay(now);
  const upload = versions.filter((version) => version.origin === VersionOrigin.UPLOAD).pop();
  return chinaDay(upload?.uploadedAt ?? now);
}

/**
 * The version current at the deadline of each question made after its deadline, by reportKey;
 * none where the report had no version by then. Statements only when an upload is late: the
 * versions (one per 1,000 townships), then the chosen versions' data.
 */
export async function versionsAtDeadline(
  manager: EntityManager,
  questions: readonly DeadlineQuestion[],
  now: Date = new Date(),
): Promise<Map<string, VersionAtDeadline>> {
  const late = questions.filter((question) => question.reread || chinaDay(now) > question.deadline);
  if (!late.length) return new Map();
  const versions = await versionsOf(manager, late);
  const chosen = late.flatMap((question) => {
    const all = versions.get(reportKey(question)) ?? [];
    if (editDay(all, question.reread, now) <= question.deadline) return [];
    const current = all.filter((version) => chinaDay(version.uploadedAt) <= question.deadline).pop();
    return current ? [{ question, version: current }] : [];
  });
  const data = await loadReportData(
    manager,
    chosen.map(({ question, version }) => versionToLoad(question.year, version)),
    // The tables' cells: what the rule compares.
    ['disclosureItems', 'applicationCounts', 'caseOutcomes', 'publicationCounts'],
  );
  return new Map(
    chosen.map(({ question, version }) => [
      reportKey(question),
      { deadline: question.deadline, versionNumber: version.number, data: data.get(version.id)! },
    ]),
  );
}
