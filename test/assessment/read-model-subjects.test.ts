/**
 * The assessment reads the read model (report_values) instead of the entity tables: the
 * oracle is the record, each current version loaded from the entity tables as the report
 * query loads it. Every subject must hold the same ReportData but for what the read model
 * does not keep and no rule reads (where each count was read, the narrative's counts), and the
 * same most similar report, for demo reports, the real 丈亭镇 2019 report, reports of both templates, reports with
 * parts missing and new versions.
 */
import { Region } from '../../entities';
import { loadAssessmentSubjects } from '../../src/answers/assessment/store/load-subjects';
import { mostSimilarReports } from '../../src/answers/assessment/similarity/most-similar';
import { narrativeText, shingleSet } from '../../src/answers/assessment/similarity/shingles';
import { loadDemoIfEmpty } from '../../src/demo/load-demo';
import { demoReportData } from '../../src/generator/demo-reports';
import { renderText } from '../../src/generator/render-text';
import type { ReportData } from '../../src/reading/template/report-data';
import { ingestReport } from '../../src/storage/ingest/ingest-report';
import { loadCurrentData } from '../../src/storage/store/current-report';
import { requireRegion } from '../../src/storage/store/regions';
import { knownReports } from './known-region';
import { TEST_DATABASE_KIND, TestDatabase, openTestDatabase, seedRegions } from '../support/database';

const REGION = '330281';
const YEARS = [2019, 2020, 2021];
/** Two townships with a report of the 2021 template. */
const WITH_2021 = [
  { code: '330281109', name: '丈亭镇' },
  { code: '330281001', name: '梨洲街道' },
];

/** The record's ReportData without what the read model does not hold. */
function withoutReadModelGaps(data: ReportData): ReportData {
  const { countSources: _sources, narrativeCounts: _counts, ...rest } = data;
  return rest;
}

describe(`the assessment's subjects from the read model (${TEST_DATABASE_KIND})`, () => {
  let db: TestDatabase;
  let region: Region;

  beforeAll(async () => {
    db = await openTestDatabase();
    const { dataSource } = db;
    await seedRegions(dataSource, [REGION]);
    await loadDemoIfEmpty(dataSource);
    // New versions of demo reports, with parts missing, late, copied, inconsistent.
    for (const { townshipCode, year, data } of knownReports()) {
      await ingestReport(dataSource, { townshipCode, year, bytes: Buffer.from(renderText(data)), format: 'TEXT' });
    }
    for (const { townshipCode, year, data } of demoReportData(WITH_2021, [2021])) {
      await ingestReport(dataSource, { townshipCode, year, bytes: Buffer.from(renderText(data)), format: 'TEXT' });
    }
    region = await requireRegion(dataSource.manager, REGION);
  });
  afterAll(() => db.close());

  it.each(YEARS)('holds the record of every township’s %i report, and the same most similar report', async (year) => {
    const { manager } = db.dataSource;
    const subjects = await loadAssessmentSubjects(manager, region, year, false);
    expect(subjects).toHaveLength(21);
    const record = new Map<string, ReportData | null>();
    const before = new Map<string, ReportData | null>();
    for (const { township } of subjects) {
      record.set(township.code, await loadCurrentData(manager, township.code, year));
      before.set(township.code, await loadCurrentData(manager, township.code, year - 1));
    }
    for (const { township, report } of subjects) {
      const expected = record.get(township.code)!;
      expect([township.code, report && report.data]).toEqual([township.code, expected && withoutReadModelGaps(expected)]);
      expect([township.code, report?.issues.map((issue) => issue.issue)]).toEqual([township.code, expected?.issues]);
    }
    const documents = (reports: Map<string, ReportData | null>, of: number) =>
      [...reports].flatMap(([townshipCode, data]) => (data ? [{ townshipCode, year: of, shingles: shingleSet(narrativeText(data)) }] : []));
    const similar = mostSimilarReports(documents(record, year), documents(before, year - 1));
    for (const { township, report } of subjects) {
      expect([township.code, report?.mostSimilar ?? null]).toEqual([township.code, similar.get(township.code) ?? null]);
    }
    expect(subjects.filter((subject) => subject.report).length).toBeGreaterThan(1);
  });

  it('compares reports whose record has what the read model leaves out, and reports of both templates', async () => {
    const { manager } = db.dataSource;
    const zhangting = await loadCurrentData(manager, '330281109', 2019);
    expect(zhangting!.countSources).toBeDefined();
    const templates = new Set<string>();
    for (const year of YEARS) {
      for (const { report } of await loadAssessmentSubjects(manager, region, year, false)) if (report) templates.add(report.data.template);
    }
    expect([...templates].sort()).toEqual(['2019', '2021']);
  });
});
