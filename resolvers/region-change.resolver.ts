import { Arg, Authorized, Ctx, Mutation, Resolver } from 'type-graphql';
import { ACCESS } from '../src/api/auth/access';
import { HubContext } from '../src/api/graphql/context';
import { importRegionList } from '../src/storage/region-change/apply-region-change';
import { effectiveYearOf, parseMerges, parseSplits } from '../src/storage/region-change/region-change-plan';
import { parseRegionList } from '../src/storage/region-change/region-list';
import { ImportRegionsInput, RegionChangePlanType } from './types/region-change.type';

/** Changes of the region tree: the city office's (ADMIN's), as `regions import` on the command line. */
@Resolver()
export class RegionChangeResolver {
  @Authorized(ACCESS.administer)
  @Mutation(() => RegionChangePlanType, {
    description: 'Plans an official list of codes against the tree and, unless dryRun, applies it in one transaction',
  })
  async importRegions(@Arg('input') input: ImportRegionsInput, @Ctx() { dataSource }: HubContext): Promise<RegionChangePlanType> {
    const dryRun = input.dryRun === true;
    const plan = await importRegionList(dataSource, parseRegionList(input.csv), {
      effectiveYear: effectiveYearOf(input.effective),
      regionCode: input.regionCode ?? null,
      merges: parseMerges(input.merges ?? []),
      splits: parseSplits(input.splits ?? []),
      dryRun,
    });
    const unchanged = { validFrom: plan.effectiveYear, validTo: null, mergedInto: null, renamedTo: null };
    const splitFrom = new Map(plan.splits.map(({ code, from }) => [code, from]));
    return {
      ...plan,
      applied: !dryRun,
      added: plan.added.map((node) => ({ ...node, ...unchanged, splitFrom: splitFrom.get(node.code) ?? null })),
      retired: plan.retired.map(({ code, name, successor }) => ({
        code,
        name,
        successorCode: successor?.code ?? null,
        successorKind: successor?.kind ?? null,
      })),
    };
  }
}
