import { Arg, Authorized, Ctx, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import { ApiToken, AuditEvent } from '../entities';
import { listAuditEvents } from '../src/api/audit/audit-store';
import { ACCESS } from '../src/api/auth/access';
import { storedActorRole, storedTokenRole } from '../src/api/auth/roles';
import { createToken, listTokens, revokeToken, tokenActor } from '../src/api/auth/token-store';
import { HubError } from '../src/core/errors';
import { HubContext } from '../src/api/graphql/context';
import { ApiTokenType, AuditEventType, CreateApiTokenInput, CreatedApiToken } from './types/access.type';

function tokenView(token: ApiToken): ApiTokenType {
  const { townshipCodes } = tokenActor(token);
  return {
    id: token.id,
    name: token.name,
    role: storedTokenRole(token.role),
    townshipCodes: [...townshipCodes],
    createdAt: token.createdAt,
    revokedAt: token.revokedAt,
  };
}

function auditView(event: AuditEvent): AuditEventType {
  return { ...event, actorRole: event.actorRole === null ? null : storedActorRole(event.actorRole) };
}

function checkPage(limit: number, offset: number, max: number): void {
  if (!Number.isInteger(limit) || limit < 1 || limit > max) {
    throw new HubError('BAD_USER_INPUT', `limit 须为 1–${max} 之间的整数（HUB_MAX_PAGE_SIZE），收到 ${limit}`, { limit, max });
  }
  if (!Number.isInteger(offset) || offset < 0) throw new HubError('BAD_USER_INPUT', `offset 须为非负整数，收到 ${offset}`, { offset });
}

/** Tokens and the audit log: the city office's (ADMIN's) alone. */
@Resolver()
export class AccessResolver {
  @Authorized(ACCESS.administer)
  @Mutation(() => CreatedApiToken, { description: 'A new API token; its secret is in the answer and nowhere else' })
  async createApiToken(@Arg('input') input: CreateApiTokenInput, @Ctx() { dataSource }: HubContext): Promise<CreatedApiToken> {
    const { token, secret } = await createToken(dataSource.manager, input);
    return { token: secret, apiToken: tokenView(token) };
  }

  @Authorized(ACCESS.administer)
  @Mutation(() => ApiTokenType, { description: 'Revokes a token for good: requests with it are refused from now on' })
  async revokeApiToken(@Arg('id', () => ID) id: string, @Ctx() { dataSource }: HubContext): Promise<ApiTokenType> {
    const number = Number(id);
    if (!Number.isSafeInteger(number)) throw new HubError('NOT_FOUND', `令牌 ${id} 不存在`, { id });
    return tokenView(await revokeToken(dataSource.manager, number));
  }

  @Authorized(ACCESS.administer)
  @Query(() => [ApiTokenType], { description: 'Every token, revoked ones included, oldest first' })
  async apiTokens(@Ctx() { dataSource }: HubContext): Promise<ApiTokenType[]> {
    return (await listTokens(dataSource.manager)).map(tokenView);
  }

  @Authorized(ACCESS.administer)
  @Query(() => [AuditEventType], { description: 'Every mutation asked of the hub, granted or denied, newest first' })
  async auditLog(
    @Arg('limit', () => Int, { defaultValue: 100 }) limit: number,
    @Arg('offset', () => Int, { defaultValue: 0 }) offset: number,
    @Ctx() { dataSource, limits }: HubContext,
  ): Promise<AuditEventType[]> {
    checkPage(limit, offset, limits.maxPageSize);
    return (await listAuditEvents(dataSource.manager, limit, offset)).map(auditView);
  }
}
