import { DataSource, In, IsNull, Not, ObjectLiteral } from 'typeorm';
import { ApplicationCount, Region, Report, ReportIssueRecord, ReportVersion, VersionOrigin } from '../../entities';
import { DemoTownship, demoReportData } from '../../src/generator/demo-reports';
import { renderText } from '../../src/generator/render-text';
import { ingestReports } from '../../src/storage/ingest/ingest-batch';
import { ingestReport } from '../../src/storage/ingest/ingest-report';
import { reparse } from '../../src/storage/ingest/reparse';
import { setTownshipDeadline } from '../../src/storage/ingest/set-deadline';
import { importRegionList } from '../../src/storage/region-change/apply-region-change';
import {
  CELL_TABLES,
  ISSUE_COUNT_SEVERITIES,
  REPORT_VALUES_TABLE,
  TOWNSHIP_FACTS,
  VALUE_CELLS,
  VALUE_ROWS,
  VERSION_FACTS,
  issueCountColumn,
} from '../../src/storage/db/report-values-layout';
import { PARSER_VERSION } from '../../src/reading/parser-version';
import { narrativeDigest } from '../../src/reading/template/narrative';
import { loadCurrentData } from '../../src/storage/store/current-report';
import { saveReport } from '../../src/storage/store/save-report';
import { TEST_DATABASE_KIND, TestDatabase, openTestDatabase, seedRegions, undoMigrationsThrough } from '../support/database';

const ZHANGTING = { code: '330281109', name: '丈亭镇' };
const LIZHOU = { code: '330281001', name: '梨洲街道' };
const LIANGNONG = { code: '330281114', name: '梁弄镇' };
const HUANGJIABU = { code: '330281101', name: '黄家埠镇' };

type ValueRow = Record<string, string | number | null>;

const ingestTextReport = (dataSource: DataSource, townshipCode: string, year: number, bytes: Buffer) =>
  ingestReport(dataSource, { townshipCode, year, bytes, format: 'TEXT' });

/** A township's demo document for a year; `shift` changes what it carried over (a new version, a carry-over finding). */
function document(township: DemoTownship, year: number, shift = 0): Buffer {
  const { data } = demoReportData([township], [2019, 2020, 2021]).find((report) => report.year === year)!;
  const apps = data.applications!;
  for (const row of [apps.carriedOver!, apps.carriedForward!]) {
    row.natural! += shift;
    row.total! += shift;
  }
  return Buffer.from(renderText(data));
}

/** Rows of a version's table keyed `versionId:discriminator`. */
async function rowsByKey(
  dataSource: DataSource,
  table: keyof typeof CELL_TABLES,
  versionIds: number[],
): Promise<Map<string, ObjectLiteral>> {
  const { entity, discriminator } = CELL_TABLES[table];
  const rows = await dataSource.getRepository(entity).find({ where: { versionId: In(versionIds) } });
  return new Map(rows.map((row) => [`${String(row.versionId)}:${String(row[discriminator])}`, row]));
}

/** The oracle: every read model row recomputed from the entity tables, through TypeORM's repositories. */
async function recomputed(dataSource: DataSource): Promise<Map<string, ValueRow>> {
  const reports = await dataSource.getRepository(Report).find({ where: { currentVersionId: Not(IsNull()) } });
  const versionIds = reports.map((report) => report.currentVersionId!);
  const regions = new Map(
    (await dataSource.getRepository(Region).find({ where: { code: In(reports.map((report) => report.townshipCode)) } })).map((region) => [
      region.code,
      region,
    ]),
  );
  const tables = new Map(
    await Promise.all(
      (Object.keys(CELL_TABLES) as (keyof typeof CELL_TABLES)[]).map(
        async (table) => [table, await rowsByKey(dataSource, table, versionIds)] as const,
      ),
    ),
  );
  const issues = await dataSource.getRepository(ReportIssueRecord).find({ where: { versionId: In(versionIds) } });
  const versions = new Map(
    (await dataSource.getRepository(ReportVersion).findBy({ id: In(versionIds) })).map((version) => [version.id, version]),
  );
  const rows = new Map<string, ValueRow>();
  for (const report of reports) {
    const versionId = report.currentVersionId!;
    const region = regions.get(report.townshipCode)!;
    const own = issues.filter((issue) => issue.versionId === versionId);
    const row: ValueRow = {
      year: report.year,
      township_code: report.townshipCode,
      province_code: region.provinceCode,
      city_code: region.cityCode,
      county_code: region.countyCode,
      ...Object.fromEntries(TOWNSHIP_FACTS.map(({ column, property }) => [column, region[property]])),
      report_id: report.id,
      version_id: versionId,
    };
    for (const severity of ISSUE_COUNT_SEVERITIES) {
      row[issueCountColumn(severity)] = own.filter((issue) => severity === null || issue.severity === severity).length;
    }
    for (const cell of VALUE_CELLS) {
      const value: unknown = tables.get(cell.table)!.get(`${versionId}:${cell.key}`)?.[cell.field];
      row[cell.column] = value === undefined || value === null ? null : Number(value);
    }
    for (const { table, key, column } of VALUE_ROWS) row[column] = tables.get(table)!.has(`${versionId}:${key}`) ? 1 : 0;
    for (const { column, property } of VERSION_FACTS) row[column] = versions.get(versionId)![property];
    rows.set(`${report.townshipCode}:${report.year}`, row);
  }
  return rows;
}

/** A raw column as the oracle has it: text as text, MariaDB's DATE (a Date at UTC midnight, the connection's zone) as its day, else a number. */
function storedValue(name: string, value: string | number | Date | null, text: ReadonlySet<string>): string | number | null {
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  return value === null || text.has(name) ? value : Number(value);
}

async function stored(dataSource: DataSource): Promise<Map<string, ValueRow>> {
  const rows: Record<string, string | number | Date | null>[] = await dataSource.query(
    `SELECT * FROM ${dataSource.driver.escape(REPORT_VALUES_TABLE)}`,
  );
  const text = new Set(['township_code', 'province_code', 'city_code', 'county_code', ...VERSION_FACTS.map((fact) => fact.column)]);
  return new Map(
    rows.map((row) => [
      `${String(row.township_code)}:${String(row.year)}`,
      Object.fromEntries(Object.entries(row).map(([name, value]) => [name, storedValue(name, value, text)])),
    ]),
  );
}

describe(`report_values agrees with the entity tables after every kind of write (${TEST_DATABASE_KIND})`, () => {
  let db: TestDatabase;
  let dataSource: DataSource;

  const expectAgreement = async (reports: number) => {
    const oracle = await recomputed(dataSource);
    expect(oracle.size).toBe(reports);
    expect(await stored(dataSource)).toEqual(oracle);
  };

  /** Undoes the migrations through `name` and runs them again over the reports stored: every row as it was, and as the entity tables say. */
  const expectRedone = async (name: string) => {
    const before = await stored(dataSource);
    await undoMigrationsThrough(dataSource, name);
    await dataSource.runMigrations();
    expect(await stored(dataSource)).toEqual(before);
    await expectAgreement(7);
  };

  /** Imports 宁波市's regions valid now, as `change` lists them, from `effectiveYear`. */
  const importNingbo = async (
    change: (valid: Region[]) => { code: string; name: string; parentCode: string | null }[],
    effectiveYear: number,
    merges = new Map<string, string>(),
  ) => {
    const valid = await dataSource.manager.find(Region, { where: { cityCode: '330200', validTo: IsNull() }, order: { code: 'ASC' } });
    return importRegionList(dataSource, change(valid), { effectiveYear, regionCode: '330200', merges, dryRun: false });
  };

  beforeAll(async () => {
    db = await openTestDatabase();
    dataSource = db.dataSource;
    // Ningbo whole, with its province: a region import moves a township to a new county of the city.
    await seedRegions(dataSource, ['330000', '3302']);
  });
  afterAll(() => db.close());

  it('after an upload: every cell and issue count of the current version, the region codes beside them', async () => {
    await ingestTextReport(dataSource, ZHANGTING.code, 2021, document(ZHANGTING, 2021));
    await expectAgreement(1);
    const [row] = (await stored(dataSource)).values();
    expect([row.province_code, row.city_code, row.county_code]).toEqual(['330000', '330200', '330281']);
    expect(row.ac_newReceived_total).not.toBeNull();
    expect([row.template, row.published_on]).toEqual([expect.any(String), expect.stringMatching(/^2022-\d\d-\d\d$/)]);
  });

  it('after an upload of the year before, which rewrites the next year’s carry-over findings', async () => {
    const before = (await stored(dataSource)).get(`${ZHANGTING.code}:2021`)!;
    await ingestTextReport(dataSource, ZHANGTING.code, 2020, document(ZHANGTING, 2020, 5));
    await expectAgreement(2);
    expect((await stored(dataSource)).get(`${ZHANGTING.code}:2021`)!.issue_count).toBeGreaterThan(Number(before.issue_count));
  });

  it('after a new version, and after a re-upload that changes nothing', async () => {
    const changed = await ingestTextReport(dataSource, ZHANGTING.code, 2020, document(ZHANGTING, 2020));
    expect(changed.status).toBe('UPDATED');
    await expectAgreement(2);
    const unchanged = await ingestTextReport(dataSource, ZHANGTING.code, 2020, document(ZHANGTING, 2020));
    expect(unchanged.status).toBe('UNCHANGED');
    await expectAgreement(2);
  });

  it('after a bulk ingest of new reports and new versions', async () => {
    const upload = (township: DemoTownship, year: number, shift = 0) => ({
      townshipCode: township.code,
      year,
      bytes: document(township, year, shift),
      format: 'TEXT' as const,
    });
    const outcomes = await ingestReports(dataSource, [
      upload(LIZHOU, 2019),
      upload(LIZHOU, 2020),
      upload(LIANGNONG, 2019),
      upload(HUANGJIABU, 2021),
      upload(ZHANGTING, 2019, 3),
      upload(ZHANGTING, 2021, 2),
    ]);
    expect(outcomes.map((outcome) => outcome.status)).toEqual(outcomes.map(() => 'fulfilled'));
    await expectAgreement(7);
  });

  it('after a reparse that stores new versions', async () => {
    // As if read by an older parser that read one more application.
    const report = await dataSource.getRepository(Report).findOneByOrFail({ townshipCode: LIZHOU.code, year: 2019 });
    await dataSource.createQueryBuilder().update(ReportVersion).set({ parserVersion: 0 }).execute();
    const counts = dataSource.getRepository(ApplicationCount);
    const newReceived = await counts.findOneByOrFail({ versionId: report.currentVersionId!, rowKey: 'newReceived' });
    await counts.update({ versionId: newReceived.versionId, rowKey: 'newReceived' }, { natural: newReceived.natural! + 1 });
    const results = await reparse(dataSource, { region: null, dryRun: false });
    expect(results.filter((result) => result.outcome === 'CHANGED').map((result) => `${result.township.code} ${result.year}`)).toEqual([
      `${LIZHOU.code} 2019`,
    ]);
    await expectAgreement(7);
  });

  it('after a write rolled back: the read model rolls back with it', async () => {
    const before = await stored(dataSource);
    const { data } = demoReportData([LIANGNONG], [2019, 2020, 2021]).find((report) => report.year === 2020)!;
    const written = dataSource.transaction(async (manager) => {
      await saveReport(manager, {
        townshipCode: LIANGNONG.code,
        year: 2020,
        document: { bytes: Buffer.from(renderText(data)), format: 'TEXT', contentHash: 'rolled back' },
        data,
        isDemo: false,
        origin: VersionOrigin.UPLOAD,
        parserVersion: PARSER_VERSION,
      });
      const inTransaction: unknown[] = await manager.query(`SELECT year FROM ${dataSource.driver.escape(REPORT_VALUES_TABLE)}`);
      expect(inTransaction).toHaveLength(before.size + 1);
      throw new Error('after the write');
    });
    await expect(written).rejects.toThrow('after the write');
    expect(await stored(dataSource)).toEqual(before);
    await expectAgreement(7);
  });

  it("after a deadline setting that changes reports' lateness findings", async () => {
    const change = await setTownshipDeadline(dataSource, '330281', '01-01', 'test');
    expect(change.recheckedReports).toBeGreaterThan(0);
    await expectAgreement(7);
  });

  it('after a region import moves a township to a new county: its region codes rewritten, its version facts kept', async () => {
    const plan = await importNingbo(
      (valid) => [
        ...valid.map((t) => ({ code: t.code, name: t.name, parentCode: t.code === ZHANGTING.code ? '330299' : t.parentCode })),
        { code: '330299', name: '新区', parentCode: '330200' },
      ],
      2022,
    );
    expect(plan.moved.map((move) => move.code)).toEqual([ZHANGTING.code]);
    await expectAgreement(7);
    expect((await stored(dataSource)).get(`${ZHANGTING.code}:2021`)!.county_code).toBe('330299');
  });

  it('when the migrations build it and fill its version facts over reports already stored', async () => {
    await expectRedone('ReportValuesVersionFacts1769400000000');
  });

  it('when every migration from the one that builds it runs again, as on a database that had none of them', async () => {
    await expectRedone('ReportValues1768400000000');
  });

  it('after a region import retires a township into another: its years of validity rewritten', async () => {
    const plan = await importNingbo(
      (valid) => valid.filter((t) => t.code !== LIZHOU.code).map((t) => ({ code: t.code, name: t.name, parentCode: t.parentCode })),
      2020,
      new Map([[LIZHOU.code, ZHANGTING.code]]),
    );
    expect(plan.retired.map((retired) => retired.code)).toEqual([LIZHOU.code]);
    await expectAgreement(7);
    const rows = await stored(dataSource);
    expect([2019, 2020].map((year) => rows.get(`${LIZHOU.code}:${year}`)!.township_valid_to)).toEqual([2019, 2019]);
  });

  it('when the migrations fill its township facts over reports already stored', async () => {
    await expectRedone('ReportValuesTownshipFacts1769600000000');
  });

  it('when the migration computes the narratives’ digests over reports already stored, as the writer does', async () => {
    const digests = [...(await stored(dataSource))].map(([key, row]) => [key, row.narrative_digest] as const);
    for (const [key, digest] of digests) {
      const [townshipCode, year] = key.split(':');
      expect([key, digest]).toEqual([key, narrativeDigest((await loadCurrentData(dataSource.manager, townshipCode, Number(year)))!)]);
    }
    expect(digests.filter(([, digest]) => digest !== null).length).toBeGreaterThan(0);
    await expectRedone('NarrativeDigest1769700000000');
  });
});
