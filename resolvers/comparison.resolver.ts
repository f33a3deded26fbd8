import { Arg, Ctx, Int, Query, Resolver } from 'type-graphql';
import { Region } from '../entities';
import { channelComparison } from '../src/analytics/channel-comparison';
import { missingReports, zeroApplicationTownships } from '../src/analytics/township-lists';
import { HubContext } from '../src/graphql/context';
import { townshipYearKey } from '../src/loaders';
import { checkYear } from '../src/ingest/upload-input';
import { requireRegion } from '../src/store/regions';
import { Channel, ChannelComparisonRow, channelKey } from './types/channel-comparison.type';
import { TownshipType } from './types/township.type';

@Resolver()
export class ComparisonResolver {
  @Query(() => [ChannelComparisonRow], { description: 'Every township under a region side by side: publication counts by channel' })
  async channelComparison(
    @Arg('year', () => Int) year: number,
    @Arg('regionCode') regionCode: string,
    @Arg('orderBy', () => Channel, { nullable: true, defaultValue: Channel.WEBSITE }) orderBy: Channel | null,
    @Ctx() { dataSource }: HubContext,
  ): Promise<ChannelComparisonRow[]> {
    const region = await requireRegion(dataSource.manager, regionCode);
    const rows = await channelComparison(dataSource.manager, region, checkYear(year), channelKey(orderBy ?? Channel.WEBSITE));
    return rows.map(({ township, ...row }) => ({ ...row, township: township as Region }));
  }

  @Query(() => [TownshipType], {
    description: "Townships whose report for the year received no applications; each one's newReceivedTotal says whether the total was derived",
  })
  async zeroApplicationTownships(
    @Arg('year', () => Int) year: number,
    @Arg('regionCode') regionCode: string,
    @Ctx() { dataSource, loaders }: HubContext,
  ): Promise<Region[]> {
    const region = await requireRegion(dataSource.manager, regionCode);
    const rows = await zeroApplicationTownships(dataSource.manager, region, checkYear(year));
    // The answer already holds each township's total: prime the loader so asking costs nothing.
    for (const row of rows) loaders.newReceivedTotal.prime(townshipYearKey(row.township.code, year), row.newReceived);
    return rows.map((row) => row.township);
  }

  @Query(() => [TownshipType], { description: 'Townships under a region with no report for the year' })
  async missingReports(
    @Arg('year', () => Int) year: number,
    @Arg('regionCode') regionCode: string,
    @Ctx() { dataSource }: HubContext,
  ): Promise<Region[]> {
    const region = await requireRegion(dataSource.manager, regionCode);
    return missingReports(dataSource.manager, region, checkYear(year));
  }
}
