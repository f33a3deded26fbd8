/**
 * `regions import` on 余姚市 with a rename, a merge, a recode and a new township, effective
 * 2021 (the demo has 2019 and 2020): the dry run's plan, then the change applied, and what
 * follows from it — uploads under retired codes refused naming the valid one, comparisons of
 * the merged township summing its predecessors, missing reports listing only valid codes.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { IsNull } from 'typeorm';
import { Region } from '../../entities';
import { loadDemoIfEmpty } from '../../src/demo/load-demo';
import { runComparison } from '../../src/answers/analytics/compare/run-comparison';
import { missingReports } from '../../src/answers/analytics/township-lists';
import { demoReports } from '../../src/generator/demo-reports';
import type { DatabaseConfig } from '../../src/storage/db/database-config';
import { openDatabase } from '../../src/storage/db/data-source';
import { REPORT_VALUES_TABLE } from '../../src/storage/db/report-values-layout';
import { bulkIngest } from '../../src/storage/ingest/bulk-ingest';
import { ingestReport } from '../../src/storage/ingest/ingest-report';
import { importRegionList } from '../../src/storage/region-change/apply-region-change';
import { readGeneration } from '../../src/storage/store/data-generation';
import {
  TEST_DATABASE_KIND,
  TestDatabase,
  freshTestDatabaseConfig,
  openTestDatabase,
  removeTestDatabase,
  seedRegions,
} from '../support/database';
import { REGISTER_TS } from '../support/register-ts';

const ROOT = path.join(__dirname, '..', '..');
const MAIN = path.join(ROOT, 'src', 'cli', 'main.ts');
const YUYAO = '330281';
const LIST_DIR = fs.mkdtempSync(path.join(os.tmpdir(), 'region-list-'));

const databaseUrl = (config: DatabaseConfig) => (config.kind === 'mysql' ? config.url : `sqlite:${config.file}`);

function cli(config: DatabaseConfig, ...args: string[]) {
  const run = spawnSync(process.execPath, ['-r', REGISTER_TS, MAIN, ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, DATABASE_URL: databaseUrl(config) },
  });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

/** `regions import <file> --effective 2021-01-01 --region 330281` with `options` after it. */
const importYuyao = (config: DatabaseConfig, file: string, ...options: string[]) =>
  cli(config, 'regions', 'import', file, '--effective', '2021-01-01', '--region', YUYAO, ...options);

/** 余姚市's list as of 2021: 梨洲街道 renamed, 鹿亭乡 gone (into 大隐镇), 四明山镇 under a new code, 新城街道 new. */
function yuyao2021(dataSource: TestDatabase['dataSource']): Promise<string> {
  return dataSource.manager.find(Region, { where: { parentCode: YUYAO }, order: { code: 'ASC' } }).then((townships) => {
    const lines = townships
      .filter((t) => t.code !== '330281201' && t.code !== '330281116')
      .map((t) => `${t.code},${t.code === '330281001' ? '梨洲新街道' : t.name}`);
    const file = path.join(LIST_DIR, `yuyao-${TEST_DATABASE_KIND}.csv`);
    fs.writeFileSync(file, ['code,name', ...lines, '330281007,新城街道', '330281117,四明山镇,330281'].join('\n'));
    return file;
  });
}

const PLAN_LINES = [
  'ADD     330281007  新城街道  上级 330281',
  'ADD     330281117  四明山镇  上级 330281',
  'RENAME  330281001  梨洲街道 → 梨洲新街道',
  'RETIRE  330281116  四明山镇',
  'RETIRE  330281201  鹿亭乡',
  'MERGE?  330281116  四明山镇 出现在 330281117 下，确认合并请加 --merge 330281116=330281117',
];

describe(`regions import (${TEST_DATABASE_KIND})`, () => {
  let db: TestDatabase;
  let list: string;

  beforeAll(async () => {
    db = await openTestDatabase();
    await seedRegions(db.dataSource, ['330000', '330200', YUYAO]);
    await loadDemoIfEmpty(db.dataSource);
    list = await yuyao2021(db.dataSource);
  }, 120_000);
  afterAll(() => db.close());

  it('prints the plan of a dry run on stdout, exits 0 and changes nothing', async () => {
    const before = await db.dataSource.manager.find(Region, { order: { code: 'ASC' } });
    const { status, stdout, stderr } = importYuyao(db.config, list, '--dry-run');
    expect([status, stderr]).toEqual([0, '']);
    expect(stdout.split('\n').slice(1, PLAN_LINES.length + 1)).toEqual(PLAN_LINES);
    expect(stdout).toContain('余姚市（330281），自 2021 年起将变更（未保存）');
    expect(await db.dataSource.manager.find(Region, { order: { code: 'ASC' } })).toEqual(before);
  }, 60_000);

  it('loads the seed into an empty database before a dry run, and plans against it', async () => {
    const config = await freshTestDatabaseConfig();
    const { status, stdout } = importYuyao(config, list, '--dry-run');
    expect(status).toBe(0);
    expect(stdout.split('\n').slice(1, PLAN_LINES.length + 1)).toEqual(PLAN_LINES);
    const empty = await openDatabase(config);
    expect(await empty.getRepository(Region).countBy({ parentCode: YUYAO })).toBe(21);
    expect(await empty.getRepository(Region).countBy({ validTo: 2020 })).toBe(0);
    await removeTestDatabase(config, empty);
  }, 120_000);

  it('refuses a name with a control character, quoting its line, and changes nothing', () => {
    const bad = path.join(LIST_DIR, `bad-${TEST_DATABASE_KIND}.csv`);
    fs.writeFileSync(bad, '330281001,梨洲\u0007街道\n');
    const { status, stdout, stderr } = importYuyao(db.config, bad);
    expect([status, stdout]).toEqual([1, '']);
    expect(stderr).toBe('BAD_REGION_LIST: 区划清单第 1 行「330281001,梨洲\u0007街道」的名称含控制字符\n');
  }, 60_000);

  it('refuses a split whose new code the list does not add, before changing anything', () => {
    const { status, stdout, stderr } = importYuyao(db.config, list, '--split', '330281003=330281002');
    expect([status, stdout]).toEqual([1, '']);
    expect(stderr).toBe('BAD_REGION_LIST: --split 330281003=330281002：330281003 不是本次新增的区划\n');
  }, 60_000);

  describe('applied with the merges confirmed', () => {
    let generationBefore: string;
    beforeAll(async () => {
      generationBefore = await readGeneration(db.dataSource);
      // 新城街道 split from 凤山街道, which stays.
      const merges = ['--merge', '330281201=330281112', '--merge', '330281116=330281117', '--split', '330281007=330281002'];
      const { status, stdout, stderr } = importYuyao(db.config, list, ...merges);
      expect([status, stderr]).toEqual([0, '']);
      expect(stdout).toContain('RETIRE  330281201  鹿亭乡 → 330281112（并入）');
      expect(stdout).toContain('RETIRE  330281116  四明山镇 → 330281117（改码）');
      expect(stdout).toContain('ADD     330281007  新城街道  上级 330281  分自 330281002');
    }, 60_000);

    it('records the region a new code was split from, and leaves that one valid', async () => {
      const [split, from] = await Promise.all(
        ['330281007', '330281002'].map((code) => db.dataSource.manager.findOneByOrFail(Region, { code })),
      );
      expect([split.splitFrom, split.validFrom]).toEqual(['330281002', 2021]);
      expect([from.validTo, from.splitFrom]).toEqual([null, null]);
    });

    it('stores validity and successors, and moves the data generation', async () => {
      const regions = await db.dataSource.manager.findBy(Region, [
        { code: '330281001' },
        { code: '330281007' },
        { code: '330281116' },
        { code: '330281117' },
        { code: '330281201' },
      ]);
      const shown = regions
        .sort((a, b) => (a.code < b.code ? -1 : 1))
        .map(({ code, name, validFrom, validTo, mergedInto, renamedTo, countyCode }) => ({
          code,
          name,
          validFrom,
          validTo,
          mergedInto,
          renamedTo,
          countyCode,
        }));
      expect(shown).toEqual([
        { code: '330281001', name: '梨洲新街道', validFrom: null, validTo: null, mergedInto: null, renamedTo: null, countyCode: YUYAO },
        { code: '330281007', name: '新城街道', validFrom: 2021, validTo: null, mergedInto: null, renamedTo: null, countyCode: YUYAO },
        {
          code: '330281116',
          name: '四明山镇',
          validFrom: null,
          validTo: 2020,
          mergedInto: null,
          renamedTo: '330281117',
          countyCode: YUYAO,
        },
        { code: '330281117', name: '四明山镇', validFrom: 2021, validTo: null, mergedInto: null, renamedTo: null, countyCode: YUYAO },
        { code: '330281201', name: '鹿亭乡', validFrom: null, validTo: 2020, mergedInto: '330281112', renamedTo: null, countyCode: YUYAO },
      ]);
      expect(BigInt(await readGeneration(db.dataSource))).toBeGreaterThan(BigInt(generationBefore));
    });

    it('compares the merged township with the sum of its predecessors’ year before, naming them', async () => {
      const metric = 'channels.website';
      const spec = { metrics: [metric], regionCode: YUYAO, includeMissing: true };
      const before = await runComparison(db.dataSource.manager, { ...spec, years: [2020], previous: false });
      const valueOf = (code: string) => before.rows.find((row) => row.region.code === code)!.values[0].value!;
      const { rows } = await runComparison(db.dataSource.manager, { ...spec, years: [2021] });
      const byCode = new Map(rows.map((row) => [row.region.code, row.values[0]]));
      expect(byCode.get('330281112')).toMatchObject({
        previous: valueOf('330281112') + valueOf('330281201'),
        previousCodes: ['330281112', '330281201'],
      });
      expect(byCode.get('330281117')).toMatchObject({ previous: valueOf('330281116'), previousCodes: ['330281116'] });
      expect(byCode.get('330281103')).toMatchObject({ previous: valueOf('330281103'), previousCodes: null });
      expect(byCode.get('330281007')).toMatchObject({ previous: null, previousCodes: null });
      expect([byCode.has('330281201'), byCode.has('330281116'), rows.length]).toEqual([false, false, 21]);
      const alone = await runComparison(db.dataSource.manager, { ...spec, regionCode: '330281112', years: [2021] });
      expect(alone.rows.map((row) => row.values[0])).toEqual([byCode.get('330281112')]);
    });

    it('lists as missing only the townships valid in the year', async () => {
      const codes = (list: { code: string }[]) => list.map((region) => region.code);
      const missing2021 = codes(await missingReports(db.dataSource.manager, YUYAO, 2021));
      expect(missing2021).toHaveLength(21);
      expect(missing2021).toEqual(expect.arrayContaining(['330281007', '330281117']));
      expect(missing2021).not.toEqual(expect.arrayContaining(['330281201']));
      // 丈亭镇's real report is of 2019 only; the codes retired in 2021 still had theirs in 2020.
      expect(codes(await missingReports(db.dataSource.manager, YUYAO, 2020))).toEqual(['330281109']);
    });

    it('refuses an upload under a retired code with UNKNOWN_TOWNSHIP naming the valid one', async () => {
      const [report] = demoReports([{ code: '330281201', name: '鹿亭乡' }], [2021]);
      const upload = { townshipCode: '330281201', year: 2021, bytes: Buffer.from(report.text, 'utf8'), format: 'TEXT' as const };
      await expect(ingestReport(db.dataSource, upload)).rejects.toMatchObject({
        code: 'UNKNOWN_TOWNSHIP',
        message: '乡镇代码「330281201」（鹿亭乡）在 2021 年无效（有效年度 –2020），2021 年应报在 大隐镇（330281112） 名下',
        details: { validCodes: ['330281112'] },
      });
      // Before it was split off, 新城街道's ground reported under 凤山街道.
      const [early] = demoReports([{ code: '330281007', name: '新城街道' }], [2020]);
      await expect(
        ingestReport(db.dataSource, { townshipCode: '330281007', year: 2020, bytes: Buffer.from(early.text, 'utf8'), format: 'TEXT' }),
      ).rejects.toMatchObject({ code: 'UNKNOWN_TOWNSHIP', details: { validCodes: ['330281002'] } });
    });

    it('files a document by its organization under the code valid in its year: a recoded township is not ambiguous', async () => {
      const files = [2020, 2021].map((year) => {
        const [report] = demoReports([{ code: '330281117', name: '四明山镇' }], [year]);
        const file = path.join(LIST_DIR, `simingshan-${year}-${TEST_DATABASE_KIND}.txt`);
        fs.writeFileSync(file, report.text);
        return file;
      });
      const region = await db.dataSource.manager.findOneByOrFail(Region, { code: YUYAO });
      const results = await bulkIngest(db.dataSource, files, { region });
      expect(results.map((result) => [result.outcome, result.township?.code, result.year])).toEqual([
        ['UPDATED', '330281116', 2020],
        ['CREATED', '330281117', 2021],
      ]);
    });

    it('moves a township to a new county, rewriting its ancestors and the read model’s region codes in the same transaction', async () => {
      const valid = await db.dataSource.manager.find(Region, { where: { cityCode: '330200', validTo: IsNull() }, order: { code: 'ASC' } });
      const listed = [
        ...valid.map((t) => ({ code: t.code, name: t.name, parentCode: t.code === '330281103' ? '330299' : t.parentCode })),
        { code: '330299', name: '=HYPERLINK("x")新区', parentCode: '330200' },
      ];
      const plan = await importRegionList(db.dataSource, listed, {
        effectiveYear: 2022,
        regionCode: '330200',
        merges: new Map(),
        dryRun: false,
      });
      expect(plan.moved).toEqual([{ code: '330281103', name: '泗门镇', from: YUYAO, to: '330299' }]);
      const quote = (name: string) => db.dataSource.driver.escape(name);
      const counties = await db.dataSource.query<{ county: string }[]>(
        `SELECT DISTINCT ${quote('county_code')} AS county FROM ${quote(REPORT_VALUES_TABLE)} WHERE ${quote('township_code')} = ?`,
        ['330281103'],
      );
      expect(counties.map((row) => row.county)).toEqual(['330299']);
      const moved = await db.dataSource.manager.findOneByOrFail(Region, { code: '330281103' });
      expect([moved.parentCode, moved.countyCode, moved.cityCode]).toEqual(['330299', '330299', '330200']);
    });
  });
});
