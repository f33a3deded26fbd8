import { RegionLevel, Report } from '../../entities';
import { comparisonPage, runComparison } from '../../src/answers/analytics/compare/run-comparison';
import type { ComparisonRow, ComparisonSpec, SortDirection } from '../../src/answers/analytics/compare/spec';
import { missingReports, zeroApplicationTownships } from '../../src/answers/analytics/township-lists';
import { type SqlTrace, withSqlTrace } from '../../src/storage/db/sql-counter';
import { APPLICANT_PARTS, type ReportData } from '../../src/reading/template/report-data';
import { TEST_DATABASE_KIND, TestDatabase, openTestDatabase } from '../support/database';
import { CIXI, NINGBO, World, YUYAO, ZHEJIANG, buildWorld, cell } from './world';

type Value = number | null;

let db: TestDatabase;
let world: World;

function compare(spec: Omit<ComparisonSpec, 'regionCode'> & { regionCode?: string | null }) {
  return runComparison(db.dataSource.manager, { regionCode: YUYAO, totals: false, ...spec });
}

const reportOf = (code: string, year: number): ReportData | undefined =>
  world.reports.find((report) => report.code === code && report.year === year)?.data;
const yuyao = () => world.townships.filter((township) => township.countyCode === YUYAO);
const valueOf = (row: ComparisonRow, metric: string): Value => row.values.find((value) => value.metric === metric)!.value;
/** The comparison's statement among those a request ran (the region's lookup, when it ran, is the other). */
const comparisonSql = ({ statements }: SqlTrace): string => {
  const [statement] = statements.filter((text) => text.startsWith('WITH'));
  if (!statement) throw new Error(`no comparison statement among ${statements.length}`);
  return statement;
};
const rowOf = (rows: ComparisonRow[], code: string, year: number) => rows.find((row) => row.region.code === code && row.year === year)!;

/** A sum that keeps blanks out and stays null when nothing is stated. */
function sumOf(values: Value[]): Value {
  const stated = values.filter((value): value is number => value !== null);
  return stated.length ? stated.reduce((a, b) => a + b, 0) : null;
}

/** Ranked by the value: ties share a rank, nulls after every number. */
function expectedRank(value: Value, all: Value[], direction: SortDirection = 'DESC'): number {
  const stated = all.filter((other): other is number => other !== null);
  if (value === null) return stated.length + 1;
  return 1 + stated.filter((other) => (direction === 'DESC' ? other > value : other < value)).length;
}

// ---- The derived metrics, computed here from ReportData on their own --------------------------

function newReceivedTotal(data: ReportData | undefined): Value {
  const stated = cell(data, 'applications.newReceived.total');
  if (stated !== null) return stated;
  const parts = APPLICANT_PARTS.map((column) => cell(data, `applications.newReceived.${column}`));
  return parts.every((part) => part === null) ? null : parts.reduce<number>((sum, part) => sum + (part ?? 0), 0);
}

function disclosureParts(data: ReportData | undefined): [Value, Value] {
  const granted = cell(data, 'applications.granted.total');
  const partially = cell(data, 'applications.partiallyGranted.total');
  return [granted === null || partially === null ? null : granted + partially, cell(data, 'applications.totalProcessed.total')];
}

function ratioOfSums(parts: [Value, Value][]): Value {
  const complete = parts.filter((pair): pair is [number, number] => pair[0] !== null && pair[1] !== null);
  const denominator = complete.reduce((sum, [, d]) => sum + d, 0);
  return complete.length === 0 || denominator === 0 ? null : complete.reduce((sum, [n]) => sum + n, 0) / denominator;
}

describe(`the comparison engine (${TEST_DATABASE_KIND})`, () => {
  beforeAll(async () => {
    db = await openTestDatabase();
    world = await buildWorld(db.dataSource);
  });
  afterAll(() => db.close());

  it("gives each township its report's cells, and a township without a report nulls", async () => {
    const metrics = [
      'channels.website',
      'applications.newReceived.total',
      'review.corrected',
      'activeDisclosure.licensing.decisions',
      'activeDisclosure.fees.amount',
    ];
    const { rows, totalCount } = await compare({ metrics, years: [2019, 2021], includeMissing: true });
    expect(totalCount).toBe(21 * 2);
    for (const township of yuyao()) {
      for (const year of [2019, 2021]) {
        const report = reportOf(township.code, year);
        const row = rowOf(rows, township.code, year);
        expect([township.code, year, row.values.map((value) => value.value)]).toEqual([
          township.code,
          year,
          metrics.map((key) => cell(report, key)),
        ]);
        expect([row.region.name, row.reportCount, row.missingCount]).toEqual([township.name, report ? 1 : 0, report ? 0 : 1]);
      }
    }
    // 行政事业性收费 has an amount (万元) only in the 2021 template.
    const amounts = (year: number) =>
      rows.filter((row) => row.year === year && row.reportCount === 1).map((row) => valueOf(row, 'activeDisclosure.fees.amount'));
    expect(amounts(2019).every((amount) => amount === null)).toBe(true);
    expect(amounts(2021).some((amount) => amount !== null)).toBe(true);
  });

  it('leaves townships without a report out unless asked to include them', async () => {
    const { rows } = await compare({ metrics: ['channels.website'], years: [2021] });
    const reported = world.reports.filter((report) => report.year === 2021 && report.county === YUYAO).map((report) => report.code);
    expect(rows.map((row) => row.region.code).sort()).toEqual(reported.sort());
    expect(rows).toHaveLength(19);
  });

  it('sums townships into counties, cities and provinces, counting reports and missing ones', async () => {
    const metrics = ['channels.website', 'applications.newReceived.total', 'channels.other', 'derived.reportCount'];
    const { rows } = await compare({
      metrics,
      years: [2019, 2020, 2021],
      regionCode: NINGBO,
      groupBy: 'COUNTY' as never,
      includeMissing: true,
    });
    for (const county of [YUYAO, CIXI]) {
      const townships = world.townships.filter((township) => township.countyCode === county);
      for (const year of [2019, 2020, 2021]) {
        const reports = world.reports.filter((report) => report.county === county && report.year === year);
        const row = rowOf(rows, county, year);
        expect([county, year, row.reportCount, row.missingCount]).toEqual([
          county,
          year,
          reports.length,
          townships.length - reports.length,
        ]);
        expect(row.values.map((value) => value.value)).toEqual(
          metrics.map((key) => (key === 'derived.reportCount' ? reports.length : sumOf(reports.map((report) => cell(report.data, key))))),
        );
      }
    }
    // 慈溪 has no 2021 report at all: its sums are unknown, not 0; 其他方式 is never stated.
    expect(valueOf(rowOf(rows, CIXI, 2021), 'channels.website')).toBeNull();
    expect(rows.every((row) => valueOf(row, 'channels.other') === null)).toBe(true);
    expect(rowOf(rows, YUYAO, 2019).region).toMatchObject({ name: '余姚市', level: 'COUNTY', parentCode: NINGBO });

    const up = async (regionCode: string, groupBy: string) =>
      (await compare({ metrics: ['channels.website'], years: [2019], regionCode, groupBy: groupBy as never })).rows;
    const all2019 = world.reports.filter((report) => report.year === 2019);
    for (const [regionCode, groupBy, code] of [
      [NINGBO, 'CITY', NINGBO],
      [ZHEJIANG, 'PROVINCE', ZHEJIANG],
      [ZHEJIANG, 'CITY', NINGBO],
    ]) {
      const [row, ...others] = await up(regionCode, groupBy);
      expect(others).toEqual([]);
      expect([row.region.code, row.reportCount, row.values[0].value]).toEqual([
        code,
        all2019.length,
        sumOf(all2019.map((report) => cell(report.data, 'channels.website'))),
      ]);
    }
  });

  it('recomputes a ratio from the summed parts, not from the ratios of the townships', async () => {
    const metrics = ['derived.disclosureRate'];
    const townships = (await compare({ metrics, years: [2019], includeMissing: true })).rows;
    const parts = yuyao().map((township) => disclosureParts(reportOf(township.code, 2019)));
    const ratios = parts.map(([n, d]) => (n === null || d === null || d === 0 ? null : n / d));
    for (const [i, township] of yuyao().entries()) {
      const value = valueOf(rowOf(townships, township.code, 2019), 'derived.disclosureRate');
      if (ratios[i] === null) expect([township.code, value]).toEqual([township.code, null]);
      else expect(value).toBeCloseTo(ratios[i], 12);
    }
    const [county] = (await compare({ metrics, years: [2019], groupBy: 'COUNTY' as never })).rows;
    const expected = ratioOfSums(parts)!;
    expect(county.values[0].value).toBeCloseTo(expected, 12);
    const stated = ratios.filter((ratio): ratio is number => ratio !== null);
    const mean = stated.reduce((a, b) => a + b, 0) / stated.length;
    expect(Math.abs(mean - expected)).toBeGreaterThan(1e-3);
    // A blank 办理结果总计 (township 2) takes that township out of both parts.
    expect(parts[2][1]).toBeNull();
  });

  it('keeps blank apart from 0: a blank is left out of sums and ranks after every number', async () => {
    const metrics = ['applications.newReceived.total', 'derived.newReceivedTotal'];
    const { rows } = await compare({ metrics, years: [2019] });
    const reports = world.reports.filter((report) => report.year === 2019 && report.county === YUYAO);
    const stated = reports.map((report) => cell(report.data, 'applications.newReceived.total'));
    expect(stated.filter((value) => value === null)).toHaveLength(2);
    expect(stated.filter((value) => value === 0).length).toBeGreaterThan(0);
    for (const report of reports) {
      const row = rowOf(rows, report.code, 2019);
      const value = cell(report.data, 'applications.newReceived.total');
      expect([report.code, row.values[0].value, row.values[1].value, row.rank]).toEqual([
        report.code,
        value,
        newReceivedTotal(report.data),
        expectedRank(value, stated),
      ]);
    }
    // The blank total of township 1 is derived from its cells; township 4 states nothing at all.
    expect(newReceivedTotal(reportOf(yuyao()[1].code, 2019))).not.toBeNull();
    expect(newReceivedTotal(reportOf(yuyao()[4].code, 2019))).toBeNull();
    const [county] = (await compare({ metrics, years: [2019], groupBy: 'COUNTY' as never })).rows;
    expect(county.values.map((value) => value.value)).toEqual([
      sumOf(stated),
      sumOf(reports.map((report) => newReceivedTotal(report.data))),
    ]);
  });

  it.each(['DESC', 'ASC'] as const)('ranks within each year by the value shown, ties sharing a rank (%s)', async (direction) => {
    const metric = 'responses.pressConferences';
    const { rows } = await compare({ metrics: [metric], years: [2019, 2020], orderBy: { metric, direction }, includeMissing: true });
    for (const year of [2019, 2020]) {
      const values = yuyao().map((township) => cell(reportOf(township.code, year), metric));
      expect(new Set(values).size).toBeLessThan(values.length - 5);
      for (const [i, township] of yuyao().entries()) {
        expect([township.code, year, rowOf(rows, township.code, year).rank]).toEqual([
          township.code,
          year,
          expectedRank(values[i], values, direction),
        ]);
      }
    }
    // By year, then rank, then code.
    const order = rows.map((row) => [row.year, row.rank, row.region.code].join('|'));
    const sorted = [...rows].sort((a, b) => a.year - b.year || a.rank - b.rank || (a.region.code < b.region.code ? -1 : 1));
    expect(order).toEqual(sorted.map((row) => [row.year, row.rank, row.region.code].join('|')));
  });

  it('filters on the value shown, all conditions together, then ranks what is left', async () => {
    const website = 'channels.website';
    const weibo = 'channels.weibo';
    const { rows } = await compare({
      metrics: [website],
      years: [2019],
      where: [
        { metric: website, op: 'GT', value: 150 },
        { metric: weibo, op: 'NOT_NULL' },
      ],
    });
    const kept = world.reports.filter(
      (r) => r.year === 2019 && r.county === YUYAO && (cell(r.data, website) ?? 0) > 150 && cell(r.data, weibo) !== null,
    );
    expect(kept.length).toBeGreaterThan(1);
    expect(rows.map((row) => row.region.code).sort()).toEqual(kept.map((r) => r.code).sort());
    const values = kept.map((r) => cell(r.data, website));
    for (const row of rows) expect(row.rank).toBe(expectedRank(valueOf(row, website), values));

    // IS_NULL finds blank cells and, with includeMissing, townships without a report; NE never matches a null.
    const isNull = (await compare({ metrics: [website], years: [2019], where: [{ metric: weibo, op: 'IS_NULL' }], includeMissing: true }))
      .rows;
    const nullWeibo = yuyao().filter((township) => cell(reportOf(township.code, 2019), weibo) === null);
    expect(isNull.map((row) => row.region.code).sort()).toEqual(nullWeibo.map((township) => township.code).sort());
    expect(isNull.some((row) => row.reportCount === 0)).toBe(true);
    const notZero = (
      await compare({ metrics: [weibo], years: [2019], where: [{ metric: weibo, op: 'NE', value: 0 }], includeMissing: true })
    ).rows;
    expect(notZero.every((row) => valueOf(row, weibo) !== null)).toBe(true);

    // On grouped rows the condition is on the group's sum.
    const sums = await compare({ metrics: [website], years: [2019], regionCode: NINGBO, groupBy: 'COUNTY' as never });
    const [low, high] = sums.rows.map((row) => row.values[0].value!).sort((a, b) => a - b);
    const filtered = await compare({
      metrics: [website],
      years: [2019],
      regionCode: NINGBO,
      groupBy: 'COUNTY' as never,
      where: [{ metric: website, op: 'GTE', value: (low + high) / 2 }],
    });
    expect(filtered.rows.map((row) => [row.values[0].value, row.rank])).toEqual([[high, 1]]);
  });

  it('gives each value the same region’s value of the year before, and the difference', async () => {
    const metric = 'channels.website';
    const { rows } = await compare({ metrics: [metric], years: [2019, 2020], includeMissing: true });
    for (const township of yuyao()) {
      const [before, now] = [2019, 2020].map((year) => cell(reportOf(township.code, year), metric));
      expect(rowOf(rows, township.code, 2020).values[0]).toEqual({
        metric,
        value: now,
        previous: before,
        delta: now === null || before === null ? null : now - before,
        previousCodes: null,
      });
      expect(rowOf(rows, township.code, 2019).values[0].previous).toBeNull();
    }
    expect(rowOf(rows, world.zeroAfterMissing, 2020).values[0]).toMatchObject({ previous: null, delta: null });
    const [county] = (await compare({ metrics: [metric], years: [2021], groupBy: 'COUNTY' as never })).rows;
    const sum = (year: number) =>
      sumOf(world.reports.filter((r) => r.county === YUYAO && r.year === year).map((r) => cell(r.data, metric)));
    expect(county.values[0]).toEqual({
      metric,
      value: sum(2021),
      previous: sum(2020),
      delta: sum(2021)! - sum(2020)!,
      previousCodes: null,
    });
  });

  describe('zero applications over consecutive years', () => {
    /** Zero (stated, or derived from the row's cells) in each year up to `year`; a missing report breaks the run. */
    const truth = (year: number, years: number) =>
      yuyao()
        .filter((township) =>
          Array.from({ length: years }, (_, i) => newReceivedTotal(reportOf(township.code, year - i))).every((value) => value === 0),
        )
        .map((township) => township.code);

    it.each([
      [2019, 1],
      [2020, 1],
      [2020, 2],
      [2021, 2],
      [2021, 3],
    ])('%i, the last %i year(s)', async (year, years) => {
      const expected = truth(year, years);
      const listed = await zeroApplicationTownships(db.dataSource.manager, YUYAO, year, years);
      expect(listed.map((row) => row.township.code)).toEqual(expected);
      const compared = await compare({
        metrics: ['derived.newReceivedTotal'],
        years: [year],
        where: [{ metric: 'derived.newReceivedTotal', op: 'EQ', value: 0, years }],
      });
      expect(compared.rows.map((row) => row.region.code)).toEqual(expected);
    });

    it('needs a report in every year of the run', () => {
      expect(truth(2020, 1)).toContain(world.zeroAfterMissing);
      expect(truth(2020, 2)).not.toContain(world.zeroAfterMissing);
      expect(truth(2020, 2).length).toBeGreaterThan(0);
    });

    it('says when the total was derived from the cells', async () => {
      const listed = await zeroApplicationTownships(db.dataSource.manager, YUYAO, 2019, 1);
      for (const row of listed) {
        const stated = cell(reportOf(row.township.code, 2019), 'applications.newReceived.total');
        expect([row.township.code, row.newReceived]).toEqual([row.township.code, { value: 0, derived: stated === null }]);
      }
    });
  });

  it('pages with limit and offset, counting every matching row', async () => {
    const spec = { metrics: ['channels.wechat'], years: [2019, 2020], includeMissing: true };
    const all = await compare(spec);
    expect(all.totalCount).toBe(42);
    const pages = [];
    for (let offset = 0; offset < all.totalCount; offset += 8) {
      const page = await compare({ ...spec, limit: 8, offset });
      expect(page.totalCount).toBe(42);
      pages.push(...page.rows);
    }
    expect(pages).toEqual(all.rows);
    expect(await compare({ ...spec, limit: 8, offset: 100 })).toEqual({ rows: [], totalCount: 42, totals: null });
  });

  it('reads a page alone (no count) as the same rows as the counted ranking, ties and blanks across its edges', async () => {
    // channels.weibo has ties and blanks in the world, and a township without a report ranks with the blanks.
    for (const direction of ['DESC', 'ASC'] as const) {
      const spec = { metrics: ['channels.weibo', 'channels.wechat'], years: [2019, 2020], includeMissing: true, previous: false };
      const orderBy = { metric: 'channels.weibo', direction };
      const all = await compare({ ...spec, orderBy });
      expect(new Set(all.rows.map((row) => row.rank)).size).toBeLessThan(all.rows.length);
      const pages = [];
      for (let offset = 0; offset < all.totalCount; offset += 5) {
        pages.push(...(await comparisonPage(db.dataSource.manager, { ...spec, regionCode: YUYAO, orderBy, limit: 5, offset })));
      }
      expect(pages).toEqual(all.rows);
      expect(await comparisonPage(db.dataSource.manager, { ...spec, regionCode: YUYAO, orderBy })).toEqual(all.rows);
      expect(await comparisonPage(db.dataSource.manager, { ...spec, regionCode: YUYAO, orderBy, limit: 5, offset: 100 })).toEqual([]);
    }
  });

  it('totals the whole selection per year: sums, ratios from summed parts, and the year before', async () => {
    const metrics = ['channels.website', 'derived.disclosureRate'];
    const where = [{ metric: 'channels.weibo', op: 'NOT_NULL' as const }];
    const { totals, rows } = await compare({ metrics, years: [2019, 2020], where, limit: 3, totals: true });
    expect(rows).toHaveLength(3);
    for (const total of totals!) {
      const kept = world.reports.filter((r) => r.county === YUYAO && r.year === total.year && cell(r.data, 'channels.weibo') !== null);
      const before = kept.map((r) => reportOf(r.code, total.year - 1));
      const website = sumOf(kept.map((r) => cell(r.data, 'channels.website')));
      const previous = sumOf(before.map((data) => cell(data, 'channels.website')));
      expect([total.year, total.regionCount, total.reportCount, total.missingCount]).toEqual([total.year, kept.length, kept.length, 0]);
      expect(total.values[0]).toEqual({
        metric: 'channels.website',
        value: website,
        previous,
        delta: previous === null ? null : website! - previous,
        previousCodes: null,
      });
      expect(total.values[1].value).toBeCloseTo(ratioOfSums(kept.map((r) => disclosureParts(r.data)))!, 12);
      expect(total.values[1].previous).toEqual(total.year === 2019 ? null : expect.closeTo(ratioOfSums(before.map(disclosureParts))!, 12));
    }
  });

  it('counts rule violations by severity, and a report without any as 0', async () => {
    const metrics = ['derived.issueCount', 'derived.issueCount.warning', 'derived.issueCount.error'];
    const { rows } = await compare({ metrics, years: [2019], includeMissing: true });
    for (const township of yuyao()) {
      const issues = reportOf(township.code, 2019)?.issues;
      const count = (severity?: string) => (issues ? issues.filter((issue) => !severity || issue.severity === severity).length : null);
      expect([township.code, rowOf(rows, township.code, 2019).values.map((value) => value.value)]).toEqual([
        township.code,
        [count(), count('warning'), count('error')],
      ]);
    }
    expect(rows.some((row) => valueOf(row, 'derived.issueCount') === 0)).toBe(true);
    expect(rows.some((row) => (valueOf(row, 'derived.issueCount.warning') ?? 0) > 0)).toBe(true);
  });

  it('lists the townships missing a report', async () => {
    const missing = await missingReports(db.dataSource.manager, YUYAO, 2021);
    const expected = yuyao().filter((township) => !reportOf(township.code, 2021));
    expect(missing.map((township) => township.code)).toEqual(expected.map((township) => township.code));
    expect(missing).toHaveLength(2);
  });

  it("costs one statement (rows with their totals) however many townships, once the region's scope is remembered", async () => {
    const statements = async (regionCode: string, totals: boolean) => {
      const { result, trace } = await withSqlTrace(() =>
        compare({
          metrics: ['channels.website', 'derived.disclosureRate', 'derived.issueCount'],
          years: [2019, 2020],
          regionCode,
          totals,
          where: [{ metric: 'derived.newReceivedTotal', op: 'EQ', value: 0, years: 2 }],
        }),
      );
      expect(result.totals === null).toBe(!totals);
      return trace.statements.length;
    };
    // Two where a region is looked up for the first time (remembered-scope.test.ts pins that), then one.
    for (const count of [await statements(YUYAO, true), await statements(ZHEJIANG, true)]) expect([1, 2]).toContain(count);
    expect([await statements(YUYAO, true), await statements(ZHEJIANG, true)]).toEqual([1, 1]);
    expect([await statements(YUYAO, false), await statements(ZHEJIANG, false)]).toEqual([1, 1]);
  });

  // MariaDB computes a CTE again for every reference: a self-join of the chain (for the year
  // before, for consecutive years) or a second statement for the totals made it run the whole
  // chain two or three times, lateral per region.
  it('reads each step of the CTE chain once, whatever the spec asks', async () => {
    const { trace } = await withSqlTrace(() =>
      compare({
        metrics: ['channels.website', 'derived.disclosureRate'],
        years: [2019, 2020],
        groupBy: RegionLevel.COUNTY,
        totals: true,
        includeMissing: true,
        where: [{ metric: 'derived.newReceivedTotal', op: 'GTE', value: 0, years: 2 }],
        limit: 5,
      }),
    );
    const sql = comparisonSql(trace);
    // The ranks and the positions are one window step: no `ordered` after `ranked`.
    for (const cte of ['years', 'townships', 'cells', 'grouped', 'valued', 'windowed', 'shown', 'ranked']) {
      expect([cte, sql.match(new RegExp(`\\b(FROM|JOIN) ${cte}\\b`, 'g'))?.length]).toEqual([cte, 1]);
    }
  });

  it("sums a group's rows per township codes first when an index holds them in that order, else per group at once", async () => {
    const statement = async (metric: string) => {
      const spec = { metrics: [metric], years: [2020], groupBy: RegionLevel.CITY, regionCode: ZHEJIANG, includeMissing: true };
      return comparisonSql((await withSqlTrace(() => compare(spec))).trace);
    };
    const codes = ['province_code', 'city_code', 'county_code'].map((column) => `[\`"]${column}[\`"]`);
    const readModelInTwoSteps = new RegExp(`GROUP BY yr, ${codes.join(', ')}\\) s GROUP BY region_code, yr`);
    const townshipsInTwoSteps = new RegExp(`GROUP BY ${codes.map((code) => `t\\.${code}`).join(', ')}\\) s GROUP BY region_code\\)`);
    // The headline index holds the channels, in (year, province, city, county) order; no index holds the errors alone.
    const [headline, other] = [await statement('channels.website'), await statement('derived.issueCount.error')];
    expect([readModelInTwoSteps.test(headline), readModelInTwoSteps.test(other)]).toEqual([true, false]);
    expect(other).toContain('FROM cells GROUP BY region_code, yr');
    // The regions are counted in two steps whatever is read of the read model: their covering index holds them in code order.
    expect([townshipsInTwoSteps.test(headline), townshipsInTwoSteps.test(other)]).toEqual([true, true]);
  });

  it("reads the scope's rows of the read model once, with only the columns its metrics need", async () => {
    const { trace } = await withSqlTrace(() => compare({ metrics: ['channels.website'], years: [2020], regionCode: ZHEJIANG }));
    const statement = comparisonSql(trace);
    expect(statement.match(/\breport_values\b/g)).toHaveLength(1);
    expect(statement).toContain('pc_channels_website_value');
    expect(statement).not.toContain('pc_channels_wechat_value');
  });

  it("reads the scope's rows from the narrowest of the read model's narrow indexes that holds them, on MariaDB", async () => {
    const forced = async (spec: Omit<ComparisonSpec, 'years' | 'regionCode'> & { regionCode: string | null }) => {
      const { trace } = await withSqlTrace(() => compare({ ...spec, years: [2020] }));
      return comparisonSql(trace).match(/FORCE INDEX \(`(\w+)`\)/)?.[1] ?? null;
    };
    const onMariaDb = (index: string) => (TEST_DATABASE_KIND === 'mysql' ? index : null);
    // Their keys lead with the province: a county's rows, or a column none holds, are read as before.
    expect([
      await forced({ metrics: ['channels.website', 'channels.wechat'], regionCode: ZHEJIANG }),
      await forced({ metrics: ['channels.website', 'derived.issueCount'], regionCode: ZHEJIANG }),
      await forced({ metrics: ['derived.disclosureRate', 'derived.newReceivedTotal'], groupBy: RegionLevel.COUNTY, regionCode: null }),
      await forced({ metrics: ['channels.website', 'derived.issueCount.error'], regionCode: ZHEJIANG }),
      await forced({ metrics: ['channels.website'], regionCode: YUYAO }),
      await forced({ metrics: ['derived.issueCount'], groupBy: RegionLevel.COUNTY, regionCode: YUYAO }),
    ]).toEqual([
      onMariaDb('ix_report_values_channel_ranking'),
      onMariaDb('ix_report_values_headline'),
      onMariaDb('ix_report_values_headline'),
      null,
      null,
      null,
    ]);
  });

  it('reads the year before only when previous values are asked, with the same values either way', async () => {
    const spec = { metrics: ['channels.website', 'derived.disclosureRate'], years: [2020], includeMissing: true };
    const { result: without, trace } = await withSqlTrace(() => compare({ ...spec, previous: false }));
    const withPrevious = await compare(spec);
    expect(comparisonSql(trace)).not.toContain('LAG(');
    expect(without.rows.flatMap((row) => row.values.map((value) => [value.previous, value.delta]))).toEqual(
      without.rows.flatMap((row) => row.values.map(() => [null, null])),
    );
    expect(without.rows.map((row) => [row.region.code, row.values.map((value) => value.value)])).toEqual(
      withPrevious.rows.map((row) => [row.region.code, row.values.map((value) => value.value)]),
    );
    expect(withPrevious.rows.some((row) => row.values[0].previous !== null)).toBe(true);
  });

  it('binds every value: no key, code or number of a request is spliced into SQL', async () => {
    const attack = 'applications.newReceived.total; DROP TABLE reports';
    await expect(compare({ metrics: [attack], years: [2019] })).rejects.toMatchObject({
      code: 'UNKNOWN_METRIC',
      details: { metric: attack, suggestion: 'applications.newReceived.total' },
    });
    await expect(compare({ metrics: ['channels.website'], years: [2019], orderBy: { metric: "x' OR '1'='1" } })).rejects.toMatchObject({
      code: 'UNKNOWN_METRIC',
    });
    await expect(compare({ metrics: ['channels.website'], years: [2019], regionCode: "330281' OR '1'='1" })).rejects.toMatchObject({
      code: 'UNKNOWN_REGION',
    });
    expect(await db.dataSource.getRepository(Report).count()).toBe(world.reports.length);

    const { trace } = await withSqlTrace(() =>
      compare({
        metrics: ['channels.website'],
        years: [2019],
        where: [{ metric: 'channels.website', op: 'GT', value: 123.456 }],
        limit: 7,
      }),
    );
    const rowsSql = comparisonSql(trace);
    for (const literal of ['123.456', YUYAO, '2019', 'channels.website', 'TOWNSHIP']) expect(rowsSql).not.toContain(literal);
  });
});
