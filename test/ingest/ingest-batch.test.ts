import { DataSource } from 'typeorm';
import { Report, ReportVersion } from '../../entities';
import { townshipsUnder } from '../../src/storage/store/regions';
import { withSqlTrace } from '../../src/storage/db/sql-counter';
import { DemoTownship, demoReportData, demoReports } from '../../src/generator/demo-reports';
import { renderText } from '../../src/generator/render-text';
import { ingestReports } from '../../src/storage/ingest/ingest-batch';
import { IngestResult, ingestReport } from '../../src/storage/ingest/ingest-report';
import { parseDocument } from '../../src/storage/ingest/parse-document';
import { settle } from '../../src/storage/ingest/settle';
import { UploadRequest } from '../../src/storage/ingest/upload-input';
import * as bulkInsert from '../../src/storage/store/bulk-insert';
import { versionToLoad } from '../../src/storage/store/current-report';
import { loadReportData } from '../../src/storage/store/load-report';
import { requireRegion } from '../../src/storage/store/regions';
import { TEST_DATABASE_KIND, TestDatabase, openTestDatabase, seedRegions } from '../support/database';

const ZHANGTING = { code: '330281109', name: '丈亭镇' };
const LIZHOU = { code: '330281001', name: '梨洲街道' };
const LIANGNONG = { code: '330281114', name: '梁弄镇' };
const HUANGJIABU = { code: '330281101', name: '黄家埠镇' };

/**
 * A township's demo document for a year; `shift` moves what it says it carried over from last
 * year and forward to the next, so that it disagrees with both neighbours (years.carryOver)
 * while its own arithmetic holds.
 */
function document(township: DemoTownship, year: number, shift = 0): Buffer {
  const { data } = demoReportData([township], [2019, 2020, 2021]).find((report) => report.year === year)!;
  const apps = data.applications!;
  for (const row of [apps.carriedOver!, apps.carriedForward!]) {
    row.natural! += shift;
    row.total! += shift;
  }
  return Buffer.from(renderText(data));
}

const upload = (township: DemoTownship, year: number, bytes: Buffer, extra: Partial<UploadRequest> = {}): UploadRequest => ({
  townshipCode: township.code,
  year,
  bytes,
  format: 'TEXT',
  ...extra,
});

/** Stored before the batch, in every database. */
const BEFORE = [upload(LIANGNONG, 2019, document(LIANGNONG, 2019)), upload(LIZHOU, 2021, document(LIZHOU, 2021, 3))];

/** Every path through a batch, in an order where the outcome depends on what came before. */
const BATCH: UploadRequest[] = [
  upload(ZHANGTING, 2019, document(ZHANGTING, 2019)),
  // 2021 before the 2020 it is checked against: the stored 2021 is re-checked once 2020 is in.
  upload(ZHANGTING, 2021, document(ZHANGTING, 2021)),
  upload(ZHANGTING, 2020, document(ZHANGTING, 2020, 5)),
  // The year before a report stored before the batch.
  upload(LIZHOU, 2020, document(LIZHOU, 2020)),
  upload(LIANGNONG, 2019, document(LIANGNONG, 2019)),
  upload(LIANGNONG, 2020, document(LIANGNONG, 2020)),
  // A new version of the year before one stored earlier in the batch.
  upload(LIANGNONG, 2019, document(LIANGNONG, 2019, 2)),
  upload(HUANGJIABU, 2019, document(HUANGJIABU, 2019)),
  // Checked against the upload of its year before, earlier in the batch.
  upload(HUANGJIABU, 2020, document(HUANGJIABU, 2020, 4)),
  upload(HUANGJIABU, 2020, document(HUANGJIABU, 2020, 4)),
  upload(HUANGJIABU, 2020, document(HUANGJIABU, 2020, 4), { publishedOn: '2021-01-15' }),
  upload({ code: '330281999', name: '' }, 2019, document(ZHANGTING, 2019)),
  upload(ZHANGTING, 2022, Buffer.from('  \n ')),
  upload(HUANGJIABU, 2021, document(ZHANGTING, 2021)),
  upload(HUANGJIABU, 2019, document(HUANGJIABU, 2021)),
  upload(HUANGJIABU, 2021, Buffer.from('关于召开春耕生产动员会的通知\n各村：定于三月一日召开会议。')),
  upload(HUANGJIABU, 2021, document(HUANGJIABU, 2021), { publishedOn: '2021-02-30' }),
];

const EXPECTED_OUTCOMES = [
  'CREATED 1',
  'CREATED 1',
  'CREATED 1',
  'CREATED 1',
  'UNCHANGED 1',
  'CREATED 1',
  'UPDATED 2',
  'CREATED 1',
  'CREATED 1',
  'UNCHANGED 1',
  'UPDATED 2',
  'UNKNOWN_TOWNSHIP',
  'EMPTY_DOCUMENT',
  'ORGANIZATION_MISMATCH',
  'YEAR_MISMATCH',
  'NOT_A_REPORT',
  'BAD_USER_INPUT',
];

const brief = (outcome: PromiseSettledResult<IngestResult>) =>
  outcome.status === 'fulfilled'
    ? `${outcome.value.status} ${outcome.value.versionNumber}`
    : ((outcome.reason as { code?: string }).code ?? String(outcome.reason));

/** What an outcome says, without the database's ids. */
const described = (outcome: PromiseSettledResult<IngestResult>) => ({
  outcome: brief(outcome),
  data: outcome.status === 'fulfilled' ? outcome.value.parsed.data : null,
});

/** Every version of every report, with all it holds, in a form two databases can be compared by. */
async function storedVersions(dataSource: DataSource) {
  const reports = await dataSource.getRepository(Report).find({ order: { townshipCode: 'ASC', year: 'ASC' } });
  return Promise.all(
    reports.map(async (report) => {
      const versions = await dataSource.getRepository(ReportVersion).find({ where: { reportId: report.id }, order: { number: 'ASC' } });
      const data = await loadReportData(
        dataSource.manager,
        versions.map((version) => versionToLoad(report.year, version)),
      );
      const current = versions.find((version) => version.id === report.currentVersionId)!;
      return {
        report: `${report.townshipCode} ${report.year}`,
        current: `${current.number} of ${report.versionCount}`,
        versions: versions.map((version) => ({ hash: version.contentHash, data: data.get(version.id) })),
      };
    }),
  );
}

const carryOverFindings = (stored: Awaited<ReturnType<typeof storedVersions>>) =>
  stored.flatMap(({ report, versions }) =>
    versions[versions.length - 1].data!.issues.some((issue) => issue.rule === 'years.carryOver') ? [report] : [],
  );

describe(`ingestReports: a batch as one by one (${TEST_DATABASE_KIND})`, () => {
  const databases: TestDatabase[] = [];
  const fresh = async () => {
    const db = await openTestDatabase();
    databases.push(db);
    await seedRegions(db.dataSource, ['330281']);
    for (const request of BEFORE) await ingestReport(db.dataSource, request);
    return db.dataSource;
  };
  let oneByOne: { outcomes: PromiseSettledResult<IngestResult>[]; stored: Awaited<ReturnType<typeof storedVersions>> };
  beforeAll(async () => {
    const dataSource = await fresh();
    const outcomes: PromiseSettledResult<IngestResult>[] = [];
    for (const request of BATCH) outcomes.push(await settle(() => ingestReport(dataSource, request)));
    oneByOne = { outcomes, stored: await storedVersions(dataSource) };
  });
  afterAll(async () => {
    jest.restoreAllMocks();
    await Promise.all(databases.map((db) => db.close()));
  });

  it('one by one, the uploads take every path (the reference the batch is held to)', () => {
    expect(oneByOne.outcomes.map(brief)).toEqual(EXPECTED_OUTCOMES);
    expect(carryOverFindings(oneByOne.stored)).toEqual([
      `${LIZHOU.code} 2021`,
      `${HUANGJIABU.code} 2020`,
      `${ZHANGTING.code} 2020`,
      `${ZHANGTING.code} 2021`,
      `${LIANGNONG.code} 2020`,
    ]);
  });

  it('gives each upload the outcome and the checks it gets one by one, and stores the same versions', async () => {
    const dataSource = await fresh();
    const outcomes = await ingestReports(dataSource, BATCH);
    expect(outcomes.map(described)).toEqual(oneByOne.outcomes.map(described));
    expect(await storedVersions(dataSource)).toEqual(oneByOne.stored);
  });

  it('after a failing statement stores nothing of the batch, and then each upload alone', async () => {
    const dataSource = await fresh();
    const real = bulkInsert.bulkInsertReports;
    jest.spyOn(bulkInsert, 'bulkInsertReports').mockImplementationOnce(async (manager, inputs) => {
      await real(manager, inputs);
      throw new Error('a value the database refuses');
    });
    // As the CLI sends them, documents already read: checking one twice must not change it.
    const read = await Promise.all(
      BATCH.map(async (request) => ({ ...request, read: await parseDocument(request.bytes, request.format).catch(() => undefined) })),
    );
    const outcomes = await ingestReports(dataSource, read);
    expect(bulkInsert.bulkInsertReports).toHaveBeenCalledTimes(1);
    expect(outcomes.map(described)).toEqual(oneByOne.outcomes.map(described));
    expect(await storedVersions(dataSource)).toEqual(oneByOne.stored);
  });

  it('reads, checks and stores a batch in as many statements whatever its size', async () => {
    const dataSource = await fresh();
    const townships = (await townshipsUnder(dataSource.manager, await requireRegion(dataSource.manager, '330281'))).slice(0, 4);
    const reports = demoReports(townships, [2017, 2018, 2019]).map((report) =>
      upload({ code: report.townshipCode, name: '' }, report.year, Buffer.from(report.text)),
    );
    await ingestReports(
      dataSource,
      reports.filter((request) => request.year === 2017),
    );
    // 2018 is checked against the stored 2017, 2019 against the 2018 before it in the batch.
    const statements = async (codes: string[]) => {
      const batch = reports.filter((request) => request.year > 2017 && codes.includes(request.townshipCode));
      const { result, trace } = await withSqlTrace(() => ingestReports(dataSource, batch));
      expect(result.map(brief)).toEqual(batch.map(() => 'CREATED 1'));
      return trace.statements.length;
    };
    const codes = townships.map((township) => township.code);
    // 4 to read (townships, last year's versions, their tables 2 and 3), 1 to find the reports, 4 for
    // the reports and versions, 1 per row table (7, an empty one is skipped), 1 to point the
    // reports at their versions, 2 to write their read model rows, 1 to find next years to re-check;
    // 1 for the deadlines the townships' regions set, 1 for the versions current at the deadline.
    expect(await statements(codes.slice(0, 1))).toBeLessThanOrEqual(22);
    expect(await statements(codes.slice(1, 4))).toBeLessThanOrEqual(22);
  });
});
