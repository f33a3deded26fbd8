import { Region } from '../entities';
import { CountSource, ReportData } from '../src/reading/template/report-data';
import { ReportTablesType } from './types/report-tables.type';
import { CountSourceKind, ReportType } from './types/report.type';
import { reportIssueViews } from './issue-view';

const COUNT_SOURCE: Record<CountSource, CountSourceKind> = { table: CountSourceKind.TABLE, narrative: CountSourceKind.NARRATIVE };

/** The tables of a ReportData as the GraphQL types show them (absent: null). */
export function tablesView(data: ReportData): ReportTablesType {
  return {
    activeDisclosure: data.activeDisclosure ?? null,
    applications: data.applications ?? null,
    review: data.review ?? null,
    litigationDirect: data.litigationDirect ?? null,
    litigationAfterReview: data.litigationAfterReview ?? null,
    channels: data.channels ?? null,
    responses: data.responses ?? null,
  };
}

/** A stored or previewed report as the GraphQL Report type shows it. */
export function reportView(township: Region, year: number, isDemo: boolean, reportId: number | null, data: ReportData): ReportType {
  return {
    reportId,
    township,
    year,
    isDemo,
    template: data.template,
    organization: data.organization,
    publishedOn: data.publishedOn,
    ...tablesView(data),
    countSources: Object.entries(data.countSources ?? {}).map(([metric, evidence]) => ({
      metric,
      source: COUNT_SOURCE[evidence.source],
      evidence: evidence.text,
    })),
    sections: data.sections ?? null,
    narrativeCounts: (data.narrativeCounts ?? []).map((count) => ({ metric: count.key, value: count.value, sentence: count.sentence })),
    notApplicable: data.notApplicable ?? [],
    issues: reportIssueViews(township.code, year, data),
  };
}
