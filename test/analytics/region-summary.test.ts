import { DataSource } from 'typeorm';
import { VersionOrigin } from '../../entities';
import { regionSummary } from '../../src/answers/analytics/region-summary';
import { demoReportData } from '../../src/generator/demo-reports';
import { renderText } from '../../src/generator/render-text';
import { PARSER_VERSION } from '../../src/reading/parser-version';
import type { ReportData } from '../../src/reading/template/report-data';
import { loadCurrentData } from '../../src/storage/store/current-report';
import { requireRegion, townshipsUnder } from '../../src/storage/store/regions';
import { saveReport } from '../../src/storage/store/save-report';
import { TEST_DATABASE_KIND, TestDatabase, openTestDatabase, seedRegions } from '../support/database';

const YEAR = 2020;
const BLANK_REVIEW = { maintained: null, corrected: null, other: null, pending: null, total: null };
const SUMMED = ['activeDisclosure', 'applications', 'review', 'litigationDirect', 'litigationAfterReview', 'channels', 'responses'];

/** Every cell of the summed tables by path; a row whose cells are all blank still gives its paths. */
function cells(data: ReportData): Map<string, number | null> {
  const found = new Map<string, number | null>();
  const walk = (value: unknown, at: string) => {
    if (value !== null && typeof value === 'object') for (const [key, inner] of Object.entries(value)) walk(inner, `${at}.${key}`);
    else found.set(at, value === undefined ? null : (value as number | null));
  };
  for (const root of SUMMED) {
    const table: unknown = (data as unknown as Record<string, unknown>)[root];
    if (table !== undefined) walk(table, root);
  }
  return found;
}

/** The oracle: each path any report has, summed in JavaScript, blank when every report leaves it blank. */
function summedInJavaScript(reports: readonly ReportData[]): Map<string, number | null> {
  const sums = new Map<string, number | null>();
  for (const report of reports) {
    for (const [path, value] of cells(report)) {
      const before = sums.get(path) ?? null;
      sums.set(path, value === null ? before : (before ?? 0) + value);
    }
  }
  return sums;
}

describe(`regionSummary from the read model (${TEST_DATABASE_KIND})`, () => {
  let db: TestDatabase;
  let dataSource: DataSource;

  beforeAll(async () => {
    db = await openTestDatabase();
    dataSource = db.dataSource;
    await seedRegions(dataSource, ['330281']);
    const townships = (await townshipsUnder(dataSource.manager, await requireRegion(dataSource.manager, '330281'))).slice(0, 5);
    const reports = demoReportData(townships, [YEAR]);
    // Every report states its review row with every cell blank: the row is in the sum, blank.
    for (const report of reports) report.data.review = { ...BLANK_REVIEW };
    for (const report of reports) {
      await dataSource.transaction((manager) =>
        saveReport(manager, {
          townshipCode: report.townshipCode,
          year: report.year,
          document: { bytes: Buffer.from(renderText(report.data)), format: 'TEXT', contentHash: report.townshipCode },
          data: report.data,
          isDemo: false,
          origin: VersionOrigin.UPLOAD,
          parserVersion: PARSER_VERSION,
        }),
      );
    }
  });
  afterAll(() => db.close());

  it('sums every cell of the townships’ current reports as the entity tables hold them, blank staying blank', async () => {
    const region = await requireRegion(dataSource.manager, '330281');
    const townships = await townshipsUnder(dataSource.manager, region);
    const stored = await Promise.all(townships.map((township) => loadCurrentData(dataSource.manager, township.code, YEAR)));
    const reports = stored.filter((data): data is ReportData => data !== null);
    expect(reports).toHaveLength(5);

    const summary = await regionSummary(dataSource.manager, region, YEAR);
    expect(summary.reportCount).toBe(5);
    expect(summary.missing).toHaveLength(townships.length - 5);
    const expected = summedInJavaScript(reports);
    expect(expected.size).toBeGreaterThan(100);
    expect(cells(summary.data)).toEqual(expected);
    expect(summary.data.review).toEqual(BLANK_REVIEW);
  });
});
