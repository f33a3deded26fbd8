import { Arg, Ctx, FieldResolver, Int, Query, Resolver, Root } from 'type-graphql';
import { Region } from '../entities';
import { townshipsUnder, whereValidIn } from '../src/storage/store/regions';
import { HubContext } from '../src/api/graphql/context';
import { townshipYearKey } from '../src/api/loaders';
import { normalizeRegionCode } from '../src/core/region-code';
import { requireRegion } from '../src/storage/store/regions';

/** Enough for a picker's list; a name short enough to match more is made longer. */
const REGION_SEARCH_LIMIT = 20;
import { NewReceivedTotalType, TownshipType } from './types/township.type';

@Resolver(() => TownshipType)
export class TownshipResolver {
  @Query(() => [TownshipType], {
    description:
      'Every township under a province, city or county code; with year, only the codes valid in that year (what an upload for it may name)',
  })
  async townships(
    @Arg('regionCode') regionCode: string,
    @Arg('year', () => Int, {
      nullable: true,
      description: 'Only townships whose code is valid in this year; absent: every code, retired ones too',
    })
    year: number | null | undefined,
    @Ctx() { dataSource }: HubContext,
  ): Promise<Region[]> {
    return townshipsUnder(dataSource.manager, await requireRegion(dataSource.manager, regionCode), year ?? undefined);
  }

  @Query(() => Region, { nullable: true, description: 'A region by its code (330000, 33, 330281, 330281109 …)' })
  async region(@Arg('code') code: string, @Ctx() { loaders }: HubContext): Promise<Region | null> {
    const normalized = normalizeRegionCode(code);
    return normalized ? loaders.region.load(normalized) : null;
  }

  @Query(() => [Region], {
    description:
      'Regions whose name holds the text (宁波, 余姚, 丈亭), or the one a code names; provinces first, at most 20. With year, a name finds only codes valid in that year; a code always finds its region (history)',
  })
  async regions(
    @Arg('search') search: string,
    @Arg('year', () => Int, { nullable: true, description: 'A name finds only the codes valid in this year; absent: retired codes too' })
    year: number | null | undefined,
    @Ctx() { dataSource, loaders }: HubContext,
  ): Promise<Region[]> {
    // Its length is bounded as every string input's is (src/api/graphql/limits/string-lengths.ts).
    const text = search.trim();
    const code = normalizeRegionCode(text);
    // A typed code is a deliberate look-up (an old report's township): found whatever its years.
    if (code) return [await loaders.region.load(code)].filter((region): region is Region => region !== null);
    if (!text) return [];
    // INSTR (SQLite and MariaDB alike) takes the text as a plain string: no LIKE wildcards to escape.
    const query = dataSource.manager.createQueryBuilder(Region, 'region').where('INSTR(region.name, :text) > 0', { text });
    if (typeof year === 'number') whereValidIn(query, 'region', year);
    return query.orderBy('LENGTH(region.code)').addOrderBy('region.code').limit(REGION_SEARCH_LIMIT).getMany();
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
