/**
 * A county, city or province row is read from the read model's rows of reports alone, with the
 * townships counted from the regions beside them. The oracle is the same comparison by township
 * (which walks every valid township-year of the regions), summed here per county, after a
 * region import has retired a township whose later reports stay stored.
 */
import { IsNull } from 'typeorm';
import { Region, RegionLevel } from '../../entities';
import { runComparison } from '../../src/answers/analytics/compare/run-comparison';
import type { ComparisonRow, ComparisonSpec } from '../../src/answers/analytics/compare/spec';
import { demoReportData } from '../../src/generator/demo-reports';
import { renderText } from '../../src/generator/render-text';
import { ingestReport } from '../../src/storage/ingest/ingest-report';
import { importRegionList } from '../../src/storage/region-change/apply-region-change';
import { TEST_DATABASE_KIND, TestDatabase, openTestDatabase } from '../support/database';
import { CIXI, NINGBO, World, YEARS, YUYAO, ZHEJIANG, buildWorld } from './world';

type Value = number | null;

const SUMS = ['channels.website', 'derived.reportCount', 'derived.issueCount', 'derived.newReceivedTotal'];
const RATIO = 'derived.disclosureRate';

let db: TestDatabase;
let world: World;
let retired: string;

const compare = (spec: Partial<ComparisonSpec>) =>
  runComparison(db.dataSource.manager, { metrics: [...SUMS, RATIO], years: YEARS, totals: false, includeMissing: true, ...spec });

const sumOf = (values: Value[]): Value => {
  const stated = values.filter((value): value is number => value !== null);
  return stated.length ? stated.reduce((a, b) => a + b, 0) : null;
};
const valuesOf = (row: ComparisonRow) => row.values.map((value) => value.value);

beforeAll(async () => {
  db = await openTestDatabase();
  world = await buildWorld(db.dataSource);
  // A township with reports for every year, retired into its neighbour from 2020: its 2020 and 2021 reports stay stored.
  const [, , , township, successor] = world.townships.filter((t) => t.countyCode === YUYAO);
  retired = township.code;
  const valid = await db.dataSource.manager.find(Region, { where: { countyCode: YUYAO, validTo: IsNull() }, order: { code: 'ASC' } });
  await importRegionList(
    db.dataSource,
    valid.filter((t) => t.code !== retired).map((t) => ({ code: t.code, name: t.name, parentCode: t.parentCode })),
    { effectiveYear: 2020, regionCode: YUYAO, merges: new Map([[retired, successor.code]]), dryRun: false },
  );
});
afterAll(() => db.close());

describe(`a grouped comparison read from the read model's rows of reports (${TEST_DATABASE_KIND})`, () => {
  it('counts and sums per county exactly what the same comparison by township gives, a retired township left out after its last year', async () => {
    expect(world.reports.filter((report) => report.code === retired).map((report) => report.year)).toEqual(YEARS);
    const townships = (await compare({ regionCode: NINGBO, groupBy: RegionLevel.TOWNSHIP, previous: false })).rows;
    expect(townships.some((row) => row.region.code === retired && row.year === 2020)).toBe(false);
    const { rows } = await compare({ regionCode: NINGBO, groupBy: RegionLevel.COUNTY, previous: false });
    for (const county of [YUYAO, CIXI]) {
      for (const year of YEARS) {
        const own = townships.filter((row) => row.region.countyCode === county && row.year === year);
        const row = rows.find((candidate) => candidate.region.code === county && candidate.year === year)!;
        const reported = own.filter((township) => township.reportCount === 1).map((township) => township.region.code);
        const ratio = world.reports
          .filter((report) => report.year === year && reported.includes(report.code))
          .map((report) => report.data.applications)
          .map(
            (apps) => [apps?.granted?.total, apps?.partiallyGranted?.total, apps?.totalProcessed?.total] as (number | null | undefined)[],
          )
          .filter((parts): parts is number[] => parts.every((part) => typeof part === 'number'))
          .reduce(([n, d], [granted, partially, processed]) => [n + granted + partially, d + processed], [0, 0]);
        expect([county, year, row.reportCount, row.missingCount, ...valuesOf(row)]).toEqual([
          county,
          year,
          reported.length,
          own.length - reported.length,
          ...SUMS.map((_, i) => sumOf(own.map((township) => township.values[i].value))),
          ratio[1] === 0 ? null : ratio[0] / ratio[1],
        ]);
      }
    }
  });

  it('gives a city and a province the sums of their counties, with the year before and the totals', async () => {
    const counties = (await compare({ regionCode: NINGBO, groupBy: RegionLevel.COUNTY, metrics: SUMS })).rows;
    for (const [regionCode, groupBy, code] of [
      [NINGBO, RegionLevel.CITY, NINGBO],
      [ZHEJIANG, RegionLevel.PROVINCE, ZHEJIANG],
    ] as const) {
      const { rows, totals } = await compare({ regionCode, groupBy, metrics: SUMS, totals: true });
      for (const year of YEARS) {
        const own = counties.filter((row) => row.year === year);
        const sum = (pick: (row: ComparisonRow) => Value) => sumOf(own.map(pick));
        const expected = [
          code,
          sum((row) => row.reportCount),
          sum((row) => row.missingCount),
          ...SUMS.map((_, i) => sum((row) => row.values[i].value)),
        ];
        const row = rows.find((candidate) => candidate.year === year)!;
        expect([row.region.code, row.reportCount, row.missingCount, ...valuesOf(row)]).toEqual(expected);
        // The year before 2019 is read too: no report then, so a count of 0 and sums unknown.
        const previous = counties.filter((county) => county.year === year - 1);
        expect(row.values.map((value) => value.previous)).toEqual(
          SUMS.map((key, i) =>
            year === YEARS[0] ? (key === 'derived.reportCount' ? 0 : null) : sumOf(previous.map((county) => county.values[i].value)),
          ),
        );
        expect(totals!.find((total) => total.year === year)!.values.map((value) => value.value)).toEqual(valuesOf(row));
      }
    }
  });

  // A county hung directly under its province had no city: grouping by city failed (regions.level holds null).
  it('counts a township of a county directly under its province toward that county as its city', async () => {
    const valid = await db.dataSource.manager.find(Region, {
      where: { provinceCode: ZHEJIANG, validTo: IsNull() },
      order: { code: 'ASC' },
    });
    const listed = valid
      .filter((t) => t.level !== RegionLevel.PROVINCE)
      .map((t) => ({ code: t.code, name: t.name, parentCode: t.parentCode }));
    const county = { code: '330999', name: '直辖县', parentCode: ZHEJIANG };
    const township = { code: '330999001', name: '新民镇', parentCode: county.code };
    await importRegionList(db.dataSource, [...listed, county, township], {
      effectiveYear: 2019,
      regionCode: ZHEJIANG,
      merges: new Map(),
      dryRun: false,
    });
    const { data } = demoReportData([township], [2019])[0];
    await ingestReport(db.dataSource, { townshipCode: township.code, year: 2019, bytes: Buffer.from(renderText(data)), format: 'TEXT' });
    const { rows } = await compare({ regionCode: ZHEJIANG, groupBy: RegionLevel.CITY, metrics: ['derived.reportCount'], years: [2019] });
    const reports2019 = world.reports.filter((report) => report.year === 2019).length;
    expect(rows.map((row) => [row.region.code, row.reportCount])).toEqual([
      [NINGBO, reports2019],
      [county.code, 1],
    ]);
  });
});
