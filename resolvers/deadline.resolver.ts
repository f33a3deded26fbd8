import { Arg, Authorized, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import { ACCESS } from '../src/api/auth/access';
import { HubContext } from '../src/api/graphql/context';
import { listDeadlineSettings } from '../src/storage/store/deadline-settings';
import { setTownshipDeadline } from '../src/storage/ingest/set-deadline';
import { SetTownshipDeadlineResult, TownshipDeadlineType } from './types/deadline.type';

@Resolver(() => TownshipDeadlineType)
export class DeadlineResolver {
  @Query(() => [TownshipDeadlineType], {
    description: "Every date a region set for its townships' reports (without one: 31 January of the year after), in code order",
  })
  async townshipDeadlines(@Ctx() { dataSource }: HubContext): Promise<TownshipDeadlineType[]> {
    return listDeadlineSettings(dataSource.manager);
  }

  @Authorized(ACCESS.administer)
  @Mutation(() => SetTownshipDeadlineResult, {
    description:
      "Sets (monthDay MM-DD) or clears (monthDay null) the date a province, city or county sets for its townships' reports; re-checks report.late of their stored reports",
  })
  async setTownshipDeadline(
    @Arg('regionCode') regionCode: string,
    @Arg('monthDay', () => String, { nullable: true }) monthDay: string | null,
    @Ctx() { dataSource, actor }: HubContext,
  ): Promise<SetTownshipDeadlineResult> {
    return setTownshipDeadline(dataSource, regionCode, monthDay, actor.name);
  }
}
