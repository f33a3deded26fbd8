/**
 * The assessment reads the read model (report_values) instead of the entity tables: the
 * oracle is the record, each current version loaded from the entity tables as the report
 * query loads it. Every subject must hold the same ReportData but for what the read model
 * does not keep and no rule reads (where each count was read, the narrative's counts), and the
 * same most similar report (reading a narrative's text only until its shingles are kept), for demo reports, the real 丈亭镇 2019 report, reports of both templates, reports with
 * parts missing and new versions. Loaded for a rubric, only the cells its criteria read and its
 * issues name are read, and the scores are those of the whole reports.
 */
import type { EntityManager } from 'typeorm';
import { Region } from '../../entities';
import { assess } from '../../src/answers/assessment/assess';
import { DEFAULT_CRITERIA } from '../../src/answers/assessment/default-rubric';
import { checkCriteria } from '../../src/answers/assessment/rubric';
import { RuleKind } from '../../src/answers/assessment/rule-kind';
import { ruleOf } from '../../src/answers/assessment/rules';
import { PERCENTILE_METRICS } from '../../src/answers/assessment/rules/percentile';
import { loadAssessmentSubjects } from '../../src/answers/assessment/store/load-subjects';
import { mostSimilarReports } from '../../src/answers/assessment/similarity/most-similar';
import { shingleSet } from '../../src/answers/assessment/similarity/shingles';
import { hasNarrative, narrativeText } from '../../src/reading/template/narrative';
import { loadDemoIfEmpty } from '../../src/demo/load-demo';
import { demoReportData } from '../../src/generator/demo-reports';
import { renderText } from '../../src/generator/render-text';
import type { ReportData } from '../../src/reading/template/report-data';
import { withSqlTrace } from '../../src/storage/db/sql-counter';
import { ingestReport } from '../../src/storage/ingest/ingest-report';
import { loadCurrentData } from '../../src/storage/store/current-report';
import { requireRegion } from '../../src/storage/store/regions';
import { VALUE_CELL_PATHS, valueColumnsAt } from '../../src/storage/store/value-row-data';
import { knownReports } from './known-region';
import { TEST_DATABASE_KIND, TestDatabase, openTestDatabase, seedRegions } from '../support/database';

const REGION = '330281';
const YEARS = [2019, 2020, 2021];
/** Two townships with a report of the 2021 template. */
const WITH_2021 = [
  { code: '330281109', name: '丈亭镇' },
  { code: '330281001', name: '梨洲街道' },
];

/** Every cell of the read model: the whole ReportData. */
const EVERY_CELL = { withNotices: false, cellPaths: VALUE_CELL_PATHS };

/** The default rubric and a criterion on every percentile metric: every rule kind that reads cells. */
const CRITERIA = checkCriteria([
  ...DEFAULT_CRITERIA,
  { key: 'everyChannel', label: '各渠道', maxPoints: 7, kind: RuleKind.PERCENTILE, parameters: { metrics: [...PERCENTILE_METRICS] } },
]);
const CELL_PATHS = CRITERIA.flatMap(({ kind, parameters }) => ruleOf(kind).cellPaths(parameters));

/** The record's ReportData without what the read model does not hold, and the narrative, which the subject names by its digest. */
function withoutReadModelGaps(data: ReportData): ReportData {
  const { countSources: _sources, narrativeCounts: _counts, sections: _sections, ...rest } = data;
  return rest;
}

/** Each township's most similar report, as mostSimilarReports finds it over the record's narratives. */
async function similarInRecord(manager: EntityManager, codes: readonly string[], year: number) {
  const documents = async (of: number) =>
    (
      await Promise.all(codes.map(async (townshipCode) => [townshipCode, await loadCurrentData(manager, townshipCode, of)] as const))
    ).flatMap(([townshipCode, data]) => (data ? [{ townshipCode, year: of, shingles: shingleSet(narrativeText(data)) }] : []));
  return mostSimilarReports(await documents(year), await documents(year - 1));
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
    const subjects = await loadAssessmentSubjects(manager, region, year, EVERY_CELL);
    expect(subjects).toHaveLength(21);
    const record = new Map<string, ReportData | null>();
    for (const { township } of subjects) record.set(township.code, await loadCurrentData(manager, township.code, year));
    for (const { township, report } of subjects) {
      const expected = record.get(township.code)!;
      expect([township.code, report && report.data]).toEqual([township.code, expected && withoutReadModelGaps(expected)]);
      expect([township.code, report?.issues.map((issue) => issue.issue)]).toEqual([township.code, expected?.issues]);
      expect([township.code, report?.hasNarrative]).toEqual([township.code, expected ? hasNarrative(expected) : undefined]);
    }
    const similar = await similarInRecord(manager, [...record.keys()], year);
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
      for (const { report } of await loadAssessmentSubjects(manager, region, year, EVERY_CELL))
        if (report) templates.add(report.data.template);
    }
    expect([...templates].sort()).toEqual(['2019', '2021']);
  });

  it.each(YEARS)('scores the %i reports from the cells the criteria read and the issues name as from the whole reports', async (year) => {
    const { manager } = db.dataSource;
    const whole = await loadAssessmentSubjects(manager, region, year, EVERY_CELL);
    const read = await loadAssessmentSubjects(manager, region, year, { withNotices: false, cellPaths: CELL_PATHS });
    expect(assess(CRITERIA, year, read)).toEqual(assess(CRITERIA, year, whole));
    // The issues' fingerprints take the values of the cells they name.
    expect(read.map((subject) => subject.report?.issues)).toEqual(whole.map((subject) => subject.report?.issues));
  });

  it('has issues that name cells no criterion reads, whose values the fingerprints take', async () => {
    const { manager } = db.dataSource;
    const named = new Set<string>();
    for (const year of YEARS) {
      for (const { report } of await loadAssessmentSubjects(manager, region, year, EVERY_CELL))
        for (const { issue } of report?.issues ?? []) issue.cells.forEach((cell) => named.add(cell));
    }
    const unread = [...named].filter((path) => valueColumnsAt([path]).some((column) => !valueColumnsAt(CELL_PATHS).includes(column)));
    expect(unread.length).toBeGreaterThan(0);
  });

  it('reads a narrative’s text once, and then only the text of a new version', async () => {
    const { manager } = db.dataSource;
    const year = 2021;
    const [source, copier] = WITH_2021;
    const textsRead = (statements: string[]) => statements.filter((statement) => statement.includes('narrative_sections'));
    await loadAssessmentSubjects(manager, region, year, EVERY_CELL);
    const again = await withSqlTrace(() => loadAssessmentSubjects(manager, region, year, EVERY_CELL));
    expect(textsRead(again.trace.statements)).toEqual([]);

    // 梨洲街道's new version copies 丈亭镇's narrative word for word: a text kept already, by its digest.
    const [original, copy] = demoReportData([source, copier], [year]);
    const upload = async (sections: ReportData['sections']) => {
      copy.data.sections = sections;
      await ingestReport(db.dataSource, { townshipCode: copier.code, year, bytes: Buffer.from(renderText(copy.data)), format: 'TEXT' });
      return withSqlTrace(() => loadAssessmentSubjects(manager, region, year, EVERY_CELL));
    };
    const copied = await upload(structuredClone(original.data.sections));
    expect(textsRead(copied.trace.statements)).toEqual([]);
    const similarOf = (subjects: typeof copied.result) =>
      subjects.find(({ township }) => township.code === copier.code)!.report!.mostSimilar;
    expect(similarOf(copied.result)).toEqual({ townshipCode: source.code, year, similarity: 1 });

    // Then a text of its own: that one version's text is read.
    const { result, trace } = await upload({ ...original.data.sections, other: '本单位年度内无其他需要报告的事项，特此说明。' });
    expect(textsRead(trace.statements)).toHaveLength(1);
    expect(textsRead(trace.statements)[0].match(/\?/g)).toHaveLength(1);
    expect(similarOf(result)!.similarity).toBeLessThan(1);
    const similar = await similarInRecord(
      manager,
      result.map(({ township }) => township.code),
      year,
    );
    for (const { township, report } of result) {
      expect([township.code, report?.mostSimilar ?? null]).toEqual([township.code, similar.get(township.code) ?? null]);
    }
  });

  it('reads the columns of the criteria’s cells and their rows, not the whole row', () => {
    // 6 channels and 3 case groups' corrected, each with its row's flag.
    expect(valueColumnsAt(CELL_PATHS)).toHaveLength(6 * 2 + 3 * 2);
    expect(valueColumnsAt(VALUE_CELL_PATHS).length).toBeGreaterThan(250);
    expect(valueColumnsAt(['applications.denied'])).toEqual(
      expect.arrayContaining(['ac_denied_stateSecret_natural', 'has_ac_denied_stateSecret']),
    );
  });
});
