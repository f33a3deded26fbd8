/**
 * HUB_DEMO=changes: two townships of 慈溪市 merged between 2019 and 2020, the merged one's
 * 2020 compared with the sum of both 2019 reports; 余姚市's 21 townships as the default demo has them.
 */
import { IsNull } from 'typeorm';
import { Region } from '../../entities';
import { runComparison } from '../../src/answers/analytics/compare/run-comparison';
import { regionSummary } from '../../src/answers/analytics/region-summary';
import { loadAssessmentSubjects } from '../../src/answers/assessment/store/load-subjects';
import { loadConfig } from '../../src/config';
import { CHANGE_DEMO_COUNTY, loadChangeDemo } from '../../src/demo/load-change-demo';
import { DEMO_COUNTY, loadDemoIfEmpty } from '../../src/demo/load-demo';
import { TEST_DATABASE_KIND, TestDatabase, openTestDatabase, seedRegions } from '../support/database';
import { graphqlClient } from '../support/graphql';

describe(`the change demo (${TEST_DATABASE_KIND})`, () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await openTestDatabase();
    await seedRegions(db.dataSource, [DEMO_COUNTY, CHANGE_DEMO_COUNTY]);
    await loadDemoIfEmpty(db.dataSource);
    await loadChangeDemo(db.dataSource);
  }, 120_000);
  afterAll(() => db.close());

  it('is what HUB_DEMO=changes asks for, besides the default demo', () => {
    expect([loadConfig({ HUB_DEMO: 'changes' }), loadConfig({})].map(({ demo, demoChanges }) => [demo, demoChanges])).toEqual([
      [true, true],
      [true, false],
    ]);
  });

  it('compares the merged township’s 2020 with the sum of its predecessors’ 2019', async () => {
    const spec = { metrics: ['channels.website'], regionCode: CHANGE_DEMO_COUNTY };
    const before = await runComparison(db.dataSource.manager, { ...spec, years: [2019], previous: false });
    const after = await runComparison(db.dataSource.manager, { ...spec, years: [2020] });
    const [merged, into, other] = before.rows.map((row) => row.region.code).sort();
    const value = (code: string) => before.rows.find((row) => row.region.code === code)!.values[0].value!;
    const byCode = new Map(after.rows.map((row) => [row.region.code, row.values[0]]));
    expect([...byCode.keys()].sort()).toEqual([into, other]);
    expect(byCode.get(into)).toMatchObject({ previous: value(merged) + value(into), previousCodes: [merged, into] });
    expect(byCode.get(other)).toMatchObject({ previous: value(other), previousCodes: null });
  });

  it('names the predecessors over GraphQL when only previousCodes is asked', async () => {
    const api = await graphqlClient(db.dataSource);
    const query = `{ compare(input: { metrics: ["channels.website"], years: [2020], regionCode: "${CHANGE_DEMO_COUNTY}" }) {
      rows { region { code validFrom validTo } values { previousCodes } } } }`;
    const result = await api.execute<{ compare: { rows: { region: { code: string }; values: { previousCodes: string[] | null }[] }[] } }>(
      query,
    );
    await api.stop();
    expect(result.errors).toBeUndefined();
    const codes = result.data!.compare.rows.map((row) => [row.region.code, row.values[0].previousCodes]);
    const withPredecessors = codes.filter(([, previous]) => previous !== null);
    expect(withPredecessors).toHaveLength(1);
    expect(withPredecessors[0][1]).toHaveLength(2);
  });

  it('leaves the merged code out of the 2020 summary and assessment, and keeps it in 2019’s', async () => {
    const county = await db.dataSource.manager.findOneByOrFail(Region, { code: CHANGE_DEMO_COUNTY });
    const merged = await db.dataSource.manager.findOneByOrFail(Region, { parentCode: CHANGE_DEMO_COUNTY, validTo: 2019 });
    const summaries = await Promise.all([2019, 2020].map((year) => regionSummary(db.dataSource.manager, county, year)));
    const all = await db.dataSource.manager.countBy(Region, { parentCode: CHANGE_DEMO_COUNTY });
    expect(summaries.map((summary) => summary.townshipCount)).toEqual([all, all - 1]);
    const subjects = await Promise.all(
      [2019, 2020].map((year) => loadAssessmentSubjects(db.dataSource.manager, county, year, { withNotices: false, cellPaths: [] })),
    );
    expect(subjects.map((list) => list.some((subject) => subject.township.code === merged.code))).toEqual([true, false]);
  });

  it('leaves 余姚市’s 21 townships as they are', async () => {
    const yuyao = await db.dataSource.manager.find(Region, { where: { parentCode: DEMO_COUNTY } });
    expect(yuyao).toHaveLength(21);
    expect(yuyao.every((t) => t.validFrom === null && t.validTo === null && t.mergedInto === null)).toBe(true);
    expect(await db.dataSource.manager.countBy(Region, { parentCode: CHANGE_DEMO_COUNTY, validTo: IsNull() })).toBeGreaterThan(1);
  });
});
