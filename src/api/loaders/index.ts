import DataLoader from 'dataloader';
import { DataSource, In } from 'typeorm';
import { Region, ReportVersion } from '../../../entities';
import { VersionToLoad, loadReportData } from '../../storage/store/load-report';
import { loadCellSources } from '../../storage/store/load-cell-sources';
import type { CellSource } from '../../reading/template/cell-source';
import { ReportData } from '../../reading/template/report-data';
import { townshipYearKey } from '../../answers/analytics/compare/report-values';
import { NewReceivedTotal, loadNewReceivedTotals } from '../../answers/analytics/new-received';
import { ReviewKey, loadDecisions, reviewKeyString } from '../../answers/assessment/review/review-store';
import type { IssueDecision } from '../../answers/assessment/subject';

/**
 * Per-request batch loaders: every list field resolves with one statement per kind of row,
 * however many parents ask. Made fresh for each request, so nothing is cached across
 * requests (an upload is seen by the next query).
 */
export interface Loaders {
  region: DataLoader<string, Region | null>;
  versions: DataLoader<number, ReportVersion[]>;
  reportData: DataLoader<VersionToLoad, ReportData, number>;
  /** Where each cell of a version was read, by version id. */
  cellSources: DataLoader<number, CellSource[]>;
  newReceivedTotal: DataLoader<string, NewReceivedTotal | null>;
  /** The evaluator's decision on an issue of a township's report for a year. */
  issueReview: DataLoader<ReviewKey, IssueDecision | null, string>;
}

export { townshipYearKey };

export function createLoaders(dataSource: DataSource): Loaders {
  const manager = dataSource.manager;
  return {
    region: new DataLoader(async (codes) => {
      const rows = await manager.find(Region, { where: { code: In([...codes]) } });
      const byCode = new Map(rows.map((row) => [row.code, row]));
      return codes.map((code) => byCode.get(code) ?? null);
    }),
    versions: new DataLoader(async (reportIds) => {
      const rows = await manager.find(ReportVersion, {
        where: { reportId: In([...reportIds]) },
        order: { reportId: 'ASC', number: 'ASC' },
      });
      const byReport = new Map<number, ReportVersion[]>(reportIds.map((id) => [id, []]));
      for (const row of rows) byReport.get(row.reportId)!.push(row);
      return reportIds.map((id) => byReport.get(id)!);
    }),
    reportData: new DataLoader(
      async (versions) => {
        const byVersion = await loadReportData(manager, versions);
        return versions.map((version) => byVersion.get(version.versionId)!);
      },
      { cacheKeyFn: (version) => version.versionId },
    ),
    cellSources: new DataLoader(async (versionIds) => {
      const sources = await loadCellSources(manager, versionIds);
      return versionIds.map((id) => sources.get(id) ?? []);
    }),
    newReceivedTotal: new DataLoader(async (keys) => {
      const totals = await loadNewReceivedTotals(manager, keys);
      return keys.map((key) => totals.get(key) ?? null);
    }),
    issueReview: new DataLoader(
      async (keys) => {
        const decisions = await loadDecisions(manager, keys);
        return keys.map((key) => decisions.get(reviewKeyString(key)) ?? null);
      },
      { cacheKeyFn: reviewKeyString },
    ),
  };
}
