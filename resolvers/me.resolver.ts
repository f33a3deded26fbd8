import { Ctx, Query, Resolver } from 'type-graphql';
import { Region } from '../entities';
import { HubContext } from '../src/api/graphql/context';
import { MeType } from './types/me.type';

/** Lets a page show whose token is in use and offer only what it may do. */
@Resolver()
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
}
