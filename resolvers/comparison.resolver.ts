import { Arg, Ctx, Int, Query, Resolver } from 'type-graphql';
import { channelComparison } from '../src/answers/analytics/channel-comparison';
import type { RegionSummary } from '../src/answers/analytics/compare/spec';
import { missingReports, zeroApplicationTownships } from '../src/answers/analytics/township-lists';
import { HubError } from '../src/core/errors';
import { HubContext } from '../src/api/graphql/context';
import { townshipYearKey } from '../src/api/loaders';
import { Channel, ChannelComparisonRow, channelKey } from './types/channel-comparison.type';
import { TownshipType } from './types/township.type';

/** The dashboard's named comparisons: each one a fixed use of the comparison engine (`compare`). */
@Resolver()
export class ComparisonResolver {
  @Query(() => [ChannelComparisonRow], { description: 'Every township under a region side by side: publication counts by channel' })
  channelComparison(
    @Arg('year', () => Int) year: number,
    @Arg('regionCode', () => String, { nullable: true, description: 'Absent: every township of the country (then a limit is required)' })
    regionCode: string | null,
    @Arg('orderBy', () => Channel, { nullable: true, defaultValue: Channel.WEBSITE }) orderBy: Channel | null,
    @Arg('limit', () => Int, {
      nullable: true,
      description: 'A page of the ranking, at most HUB_MAX_PAGE_SIZE townships; absent: every township of the region',
    })
    limit: number | null,
    @Arg('offset', () => Int, { nullable: true, defaultValue: 0 }) offset: number | null,
    @Ctx() { dataSource, limits, cells }: HubContext,
  ): Promise<ChannelComparisonRow[]> {
    // The whole country is 41,000 rows: only a page of it.
    // An omitted argument arrives as undefined, one given as null as null.
    if ((regionCode ?? null) === null && (limit ?? null) === null)
      throw new HubError('BAD_USER_INPUT', '全国范围的渠道对比须给出 limit', { regionCode, limit });
    const spec = {
      regionCode,
      year,
      orderBy: channelKey(orderBy ?? Channel.WEBSITE),
      limit,
      offset,
      maxPageSize: limits.maxPageSize,
      cells,
    };
    return channelComparison(dataSource.manager, spec);
  }

  @Query(() => [TownshipType], {
    description:
      "Townships whose report for the year received no applications; each one's newReceivedTotal says whether the total was derived",
  })
  async zeroApplicationTownships(
    @Arg('year', () => Int) year: number,
    @Arg('regionCode') regionCode: string,
    @Arg('years', () => Int, {
      nullable: true,
      defaultValue: 1,
      description: 'Zero in each of the last `years` years up to `year` (a year without a report breaks the run)',
    })
    years: number | null,
    @Ctx() { dataSource, loaders, cells }: HubContext,
  ): Promise<RegionSummary[]> {
    const rows = await zeroApplicationTownships(dataSource.manager, regionCode, year, years ?? 1, cells);
    // The answer already holds each township's total: prime the loader so asking costs nothing.
    for (const row of rows) loaders.newReceivedTotal.prime(townshipYearKey(row.township.code, year), row.newReceived);
    return rows.map((row) => row.township);
  }

  @Query(() => [TownshipType], { description: 'Townships under a region with no report for the year' })
  missingReports(
    @Arg('year', () => Int) year: number,
    @Arg('regionCode') regionCode: string,
    @Ctx() { dataSource, cells }: HubContext,
  ): Promise<RegionSummary[]> {
    return missingReports(dataSource.manager, regionCode, year, cells);
  }
}
