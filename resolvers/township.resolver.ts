import { Arg, Ctx, FieldResolver, Int, Query, Resolver, Root } from 'type-graphql';
import { Region } from '../entities';
import { townshipsUnder } from '../src/storage/store/regions';
import { HubContext } from '../src/api/graphql/context';
import { townshipYearKey } from '../src/api/loaders';
import { normalizeRegionCode } from '../src/core/region-code';
import { requireRegion } from '../src/storage/store/regions';
import { NewReceivedTotalType, TownshipType } from './types/township.type';

@Resolver(() => TownshipType)
export class TownshipResolver {
  @Query(() => [TownshipType], { description: 'Every township under a province, city or county code' })
  async townships(@Arg('regionCode') regionCode: string, @Ctx() { dataSource }: HubContext): Promise<Region[]> {
    return townshipsUnder(dataSource.manager, await requireRegion(dataSource.manager, regionCode));
  }

  @Query(() => Region, { nullable: true, description: 'A region by its code (330000, 33, 330281, 330281109 …)' })
  async region(@Arg('code') code: string, @Ctx() { loaders }: HubContext): Promise<Region | null> {
    const normalized = normalizeRegionCode(code);
    return normalized ? loaders.region.load(normalized) : null;
  }

  @FieldResolver(() => Region, { nullable: true, description: 'The county-level division above it' })
  county(@Root() township: Region, @Ctx() { loaders }: HubContext): Promise<Region | null> | null {
    return township.countyCode ? loaders.region.load(township.countyCode) : null;
  }

  @FieldResolver(() => NewReceivedTotalType, { nullable: true, description: "本年新收申请 总计 of the township's report for the year" })
  newReceivedTotal(
    @Root() township: Region,
    @Arg('year', () => Int) year: number,
    @Ctx() { loaders }: HubContext,
  ): Promise<NewReceivedTotalType | null> {
    return loaders.newReceivedTotal.load(townshipYearKey(township.code, year));
  }
}
