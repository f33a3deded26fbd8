import { Ctx, FieldResolver, Query, Resolver } from 'type-graphql';
import { Region } from '../entities';
import { HubContext } from '../src/api/graphql/context';
import { loadNotices } from '../src/storage/store/rectification-store';
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

  @FieldResolver(() => [RectificationNoticeType], {
    description: "An UPLOADER's townships' rectification notices, newest first (archived ones too); empty for other roles",
  })
  async notices(@Ctx() { actor, dataSource }: HubContext): Promise<RectificationNoticeType[]> {
    if (actor.role !== Role.UPLOADER) return [];
    const notices = await loadNotices(dataSource.manager, { townshipCodes: actor.townshipCodes });
    return notices.map((notice) => noticeView(notice));
  }
}
