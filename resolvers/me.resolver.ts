import { Arg, Ctx, FieldResolver, Int, Query, Resolver, Root } from 'type-graphql';
import { Region } from '../entities';
import { HubContext } from '../src/api/graphql/context';
import { loadNotices } from '../src/storage/store/rectification-store';
import { validIn } from '../src/storage/store/regions';
import { Role } from '../src/api/auth/roles';
import { noticeView } from './notice-view';
import { MeType } from './types/me.type';
import { RectificationNoticeType } from './types/rectification.type';

/** Lets a page show whose token is in use and offer only what it may do. */
@Resolver(() => MeType)
export class MeResolver {
  @Query(() => MeType, { description: 'The token in use: its holder, role and townships, and how large an upload may be' })
  async me(@Ctx() { actor, loaders, limits }: HubContext): Promise<MeType> {
    const townships = await Promise.all(actor.townshipCodes.map((code) => loaders.region.load(code)));
    return {
      name: actor.name,
      role: actor.role,
      townships: townships.filter((t): t is Region => t !== null),
      maxUploadBytes: limits.maxUploadBytes,
    };
  }

  // Its description is the field's, in MeType.
  @FieldResolver(() => [Region])
  townships(
    @Root() me: MeType,
    @Arg('year', () => Int, {
      nullable: true,
      description: 'Only townships whose code is valid in this year; absent: all, retired ones too',
    })
    year: number | null | undefined,
  ): Region[] {
    return typeof year === 'number' ? me.townships.filter((township) => validIn(township, year)) : me.townships;
  }

  @FieldResolver(() => [RectificationNoticeType], {
    description: "An UPLOADER's townships' rectification notices, newest first (archived ones too); empty for other roles",
  })
  async notices(@Ctx() { actor, dataSource }: HubContext): Promise<RectificationNoticeType[]> {
    if (actor.role !== Role.UPLOADER) return [];
    const notices = await loadNotices(dataSource.manager, { townshipCodes: actor.townshipCodes });
    return notices.map((notice) => noticeView(notice));
  }
}
