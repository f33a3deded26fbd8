/**
 * A comparison remembers its region's scope (level, township count, successions) between
 * requests and runs one statement instead of two; the statement reads the region tree's
 * generation beside the rows, so an answer after a change of the tree is the one a fresh
 * lookup gives, never one planned on the tree before.
 */
import { Region } from '../../entities';
import { runComparison } from '../../src/answers/analytics/compare/run-comparison';
import type { ComparisonSpec } from '../../src/answers/analytics/compare/spec';
import { demoReports } from '../../src/generator/demo-reports';
import { withSqlTrace } from '../../src/storage/db/sql-counter';
import { ingestReport } from '../../src/storage/ingest/ingest-report';
import { importRegionList } from '../../src/storage/region-change/apply-region-change';
import { TEST_DATABASE_KIND, TestDatabase, openTestDatabase, seedRegions } from '../support/database';

const YUYAO = '330281';
const ZHANGTING = { code: '330281109', name: '丈亭镇' };
const LIZHOU = { code: '330281001', name: '梨洲街道' };

describe(`a comparison's remembered region scope (${TEST_DATABASE_KIND})`, () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await openTestDatabase();
    await seedRegions(db.dataSource, [YUYAO]);
    // 梨洲街道 reports for 2019 only: it is merged into 丈亭镇 from 2020 below.
    const reports = demoReports([ZHANGTING, LIZHOU], [2019, 2020]).filter((r) => r.townshipCode === ZHANGTING.code || r.year === 2019);
    for (const report of reports) {
      await ingestReport(db.dataSource, {
        townshipCode: report.townshipCode,
        year: report.year,
        bytes: Buffer.from(report.text),
        format: 'TEXT',
      });
    }
  });
  afterAll(() => db.close());

  const spec: ComparisonSpec = { metrics: ['channels.website'], regionCode: YUYAO, years: [2020], includeMissing: true, totals: false };
  const traced = async (asked: ComparisonSpec = spec) => {
    const { result, trace } = await withSqlTrace(() => runComparison(db.dataSource.manager, asked));
    return { result, statements: trace.statements.length };
  };
  const rowOf = (rows: Awaited<ReturnType<typeof traced>>['result']['rows'], code: string) => rows.find((row) => row.region.code === code);

  it('looks the region up once, then answers the same in one statement', async () => {
    const first = await traced();
    const again = await traced();
    expect([first.statements, again.statements]).toEqual([2, 1]);
    expect(again.result).toEqual(first.result);
  });

  it('answers an empty selection in two: the statement, and a lookup that confirms the tree', async () => {
    const none = await traced({ ...spec, where: [{ metric: 'channels.website', op: 'GT', value: 1e12 }] });
    expect([none.statements, none.result.rows, none.result.totalCount]).toEqual([2, [], 0]);
  });

  it('answers from the changed tree after a region import, though the scope was remembered before it', async () => {
    const before = (await traced()).result;
    const own2019 = async (code: string) =>
      rowOf((await runComparison(db.dataSource.manager, { ...spec, years: [2019], previous: false })).rows, code)!.values[0].value!;
    const [zhangting2019, lizhou2019] = [await own2019(ZHANGTING.code), await own2019(LIZHOU.code)];
    expect(rowOf(before.rows, ZHANGTING.code)!.values[0]).toMatchObject({ previous: zhangting2019, previousCodes: null });

    const townships = await db.dataSource.manager.find(Region, { where: { parentCode: YUYAO } });
    const listed = townships.filter((t) => t.code !== LIZHOU.code).map((t) => ({ code: t.code, name: t.name, parentCode: YUYAO }));
    await importRegionList(db.dataSource, listed, {
      effectiveYear: 2020,
      regionCode: YUYAO,
      merges: new Map([[LIZHOU.code, ZHANGTING.code]]),
      dryRun: false,
    });

    // The statement on the remembered scope sees another generation: the region again, then the statement.
    const after = await traced();
    expect(after.statements).toBe(3);
    expect(rowOf(after.result.rows, ZHANGTING.code)!.values[0]).toMatchObject({
      previous: zhangting2019 + lizhou2019,
      previousCodes: [LIZHOU.code, ZHANGTING.code],
    });
    expect([rowOf(after.result.rows, LIZHOU.code), after.result.rows.length]).toEqual([undefined, before.rows.length - 1]);
    const again = await traced();
    expect([again.statements, again.result]).toEqual([1, after.result]);
  });
});
