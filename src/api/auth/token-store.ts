import { EntityManager, IsNull } from 'typeorm';
import { ApiToken } from '../../../entities';
import { HubError } from '../../core/errors';
import { requireTownship } from '../../storage/store/regions';
import { Actor } from './actor';
import { Role, storedTokenRole } from './roles';
import { generateSecret, hashSecret } from './token-secret';

export interface NewToken {
  name: string;
  role: Role;
  townshipCodes: readonly string[];
}

const MAX_NAME_LENGTH = 100;

function checkName(name: string): string {
  const trimmed = name.trim();
  if (!trimmed || trimmed.length > MAX_NAME_LENGTH) {
    throw new HubError('BAD_USER_INPUT', `令牌名称「${name}」须为 1–${MAX_NAME_LENGTH} 个字符`, { name });
  }
  return trimmed;
}

/** An UPLOADER needs townships to upload for; a township list on any other role would mean nothing, so it is refused. */
async function checkTownships(manager: EntityManager, role: Role, codes: readonly string[]): Promise<string[]> {
  if (role === Role.UPLOADER && codes.length === 0) {
    throw new HubError('BAD_USER_INPUT', 'UPLOADER 令牌须至少指定一个乡镇代码', { role });
  }
  if (role !== Role.UPLOADER && codes.length > 0) {
    throw new HubError('BAD_USER_INPUT', `只有 UPLOADER 令牌限定乡镇，${role} 令牌不能指定乡镇代码「${codes.join('、')}」`, {
      role,
      townshipCodes: codes,
    });
  }
  const townships = [];
  for (const code of codes) townships.push((await requireTownship(manager, code)).code);
  return [...new Set(townships)];
}

export function tokenActor(token: ApiToken): Actor {
  return { name: token.name, role: storedTokenRole(token.role), townshipCodes: token.townshipCodes ? token.townshipCodes.split('\n') : [] };
}

/** Stores a new token and returns it with its secret, which exists nowhere else from then on. */
export async function createToken(manager: EntityManager, input: NewToken): Promise<{ token: ApiToken; secret: string }> {
  const name = checkName(input.name);
  const townshipCodes = await checkTownships(manager, input.role, input.townshipCodes);
  const secret = generateSecret();
  const token = await manager.save(
    manager.create(ApiToken, {
      name,
      role: input.role,
      townshipCodes: townshipCodes.join('\n'),
      secretHash: hashSecret(secret),
      revokedAt: null,
    }),
  );
  return { token, secret };
}

/** Revokes a token for good; revoking it again changes nothing. */
export async function revokeToken(manager: EntityManager, id: number): Promise<ApiToken> {
  const token = await manager.findOne(ApiToken, { where: { id } });
  if (!token) throw new HubError('NOT_FOUND', `令牌 ${id} 不存在`, { id });
  if (token.revokedAt === null) {
    token.revokedAt = new Date();
    await manager.update(ApiToken, { id }, { revokedAt: token.revokedAt });
  }
  return token;
}

/** Oldest first, by creation time: ids are not in time order on a cluster (each node hands out its own). */
export function listTokens(manager: EntityManager): Promise<ApiToken[]> {
  return manager.find(ApiToken, { order: { createdAt: 'ASC', id: 'ASC' } });
}

/** The unrevoked token whose secret hashes to `secretHash`, or null. */
export function findActiveToken(manager: EntityManager, secretHash: string): Promise<ApiToken | null> {
  return manager.findOne(ApiToken, { where: { secretHash, revokedAt: IsNull() } });
}
