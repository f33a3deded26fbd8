/**
 * A comparison's statement is built once per plan (statement-cache.ts): the one kept is the one
 * its plan builds, and a plan that differs in anything is another key.
 */
import { RegionLevel } from '../../entities';
import { planOnScope, type ComparisonPlan } from '../../src/answers/analytics/compare/plan';
import type { ComparisonSpec } from '../../src/answers/analytics/compare/spec';
import { cachedComparisonStatement, planKey } from '../../src/answers/analytics/compare/statement-cache';
import { comparisonStatement } from '../../src/answers/analytics/compare/statements';
import { checkSpec } from '../../src/answers/analytics/compare/validate';
import { SqlNames } from '../../src/storage/db/sql-names';
import { lookUpScope } from '../../src/storage/store/remembered-scopes';
import { TEST_DATABASE_KIND, TestDatabase, openTestDatabase, seedRegions } from '../support/database';

const BASE: ComparisonSpec = {
  metrics: ['applications.newReceived.total', 'derived.disclosureRate', 'channels.wechat'],
  years: [2020],
  regionCode: '330281',
  groupBy: RegionLevel.COUNTY,
  where: [{ metric: 'derived.newReceivedTotal', op: 'GTE', value: 0 }],
  orderBy: { metric: 'derived.disclosureRate', direction: 'DESC' },
  limit: 20,
};

/** Specs that differ from BASE in one thing each. */
const VARIANTS: ComparisonSpec[] = [
  BASE,
  { ...BASE, years: [2019, 2020] },
  { ...BASE, groupBy: RegionLevel.TOWNSHIP },
  { ...BASE, metrics: ['channels.wechat'] },
  { ...BASE, where: [{ metric: 'derived.newReceivedTotal', op: 'GT', value: 0 }] },
  { ...BASE, where: [{ metric: 'derived.newReceivedTotal', op: 'GTE', value: 1 }] },
  { ...BASE, orderBy: { metric: 'derived.disclosureRate', direction: 'ASC' } },
  { ...BASE, limit: 10 },
  { ...BASE, offset: 20 },
  { ...BASE, previous: false },
  { ...BASE, totals: false },
  { ...BASE, regionCode: '330200' },
];

describe(`a comparison's statement kept per plan (${TEST_DATABASE_KIND})`, () => {
  let db: TestDatabase;
  let plans: ComparisonPlan[];

  beforeAll(async () => {
    db = await openTestDatabase();
    await seedRegions(db.dataSource);
    const { manager } = db.dataSource;
    plans = await Promise.all(
      VARIANTS.map(async (spec) => planOnScope(spec, checkSpec(spec), await lookUpScope(manager, spec.regionCode), true)),
    );
  });
  afterAll(() => db.close());

  it('is the statement its plan builds, built once', () => {
    for (const plan of plans) {
      const kept = cachedComparisonStatement(plan, db.dataSource);
      expect(kept).toEqual(comparisonStatement(plan, new SqlNames(db.dataSource)));
      expect(cachedComparisonStatement({ ...plan }, db.dataSource)).toBe(kept);
    }
  });

  it('is another for a plan that differs in anything', () => {
    expect(new Set(plans.map(planKey)).size).toBe(plans.length);
    const statements = plans.map((plan) => cachedComparisonStatement(plan, db.dataSource));
    expect(new Set(statements.map(({ sql, params }) => `${sql} ${JSON.stringify(params)}`)).size).toBe(plans.length);
    // Every field is in the key, those added later too.
    const [plan] = plans;
    for (const field of Object.keys(plan)) {
      expect([field, planKey({ ...plan, [field]: { changed: field } })]).not.toEqual([field, planKey(plan)]);
    }
  });

  it('names a metric by its key', () => {
    const [plan] = plans;
    expect(planKey(plan)).toContain('"metric:derived.disclosureRate"');
    expect(planKey(plan)).not.toContain(plan.shown[0].description);
  });
});
