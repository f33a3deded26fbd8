import { ReportVersion } from '../../entities';
import { townshipsUnder } from '../../src/storage/store/regions';
import { withSqlTrace } from '../../src/storage/db/sql-counter';
import { demoReports } from '../../src/generator/demo-reports';
import { saveInput } from '../../src/storage/ingest/ingest-report';
import { parseUpload } from '../../src/storage/ingest/parse-upload';
import { bulkInsertReports } from '../../src/storage/store/bulk-insert';
import { requireRegion } from '../../src/storage/store/regions';
import { TEST_DATABASE_KIND, TestDatabase, openTestDatabase, seedRegions } from '../support/database';

const MiB = 1024 * 1024;

describe(`bulkInsertReports with large documents (${TEST_DATABASE_KIND})`, () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await openTestDatabase();
    await seedRegions(db.dataSource, ['330281']);
  });
  afterAll(() => db.close());

  it('sends at most 4 MiB of values a statement (MariaDB refuses one over max_allowed_packet, 16 MiB)', async () => {
    const manager = db.dataSource.manager;
    const townships = (await townshipsUnder(manager, await requireRegion(manager, '330281'))).slice(0, 3);
    const inputs = await Promise.all(
      demoReports(townships, [2019]).map(async (report, i) => {
        const input = saveInput(
          await parseUpload(db.dataSource, {
            townshipCode: report.townshipCode,
            year: 2019,
            bytes: Buffer.from(report.text),
            format: 'TEXT',
          }),
        );
        // A scanned PDF's size; hex-encoded, the three would make one 18 MiB statement.
        return { ...input, document: { ...input.document, bytes: Buffer.alloc(3 * MiB, i + 1) } };
      }),
    );
    const { result, trace } = await withSqlTrace(() => db.dataSource.transaction((tx) => bulkInsertReports(tx, inputs)));
    expect(trace.statements.filter((sql) => /^INSERT INTO .report_versions/.test(sql))).toHaveLength(3);
    const stored = await db.dataSource.getRepository(ReportVersion).find({ select: { id: true, document: true }, order: { id: 'ASC' } });
    expect(stored.map((version) => version.id)).toEqual(result.map((saved) => saved.versionId));
    expect(stored.map((version) => Buffer.compare(version.document, inputs[stored.indexOf(version)].document.bytes))).toEqual([0, 0, 0]);
  });
});
