import { EntityManager } from 'typeorm';
import { AccessConfig } from './access-config';
import { HubError } from '../../core/errors';
import { ANONYMOUS, Actor, ENV_ADMIN } from './actor';
import { hashSecret, sameHash } from './token-secret';
import { findActiveToken, tokenActor } from './token-store';

const BEARER = /^Bearer\s+(\S+)\s*$/i;

function unauthenticated(why: string): HubError {
  return new HubError('UNAUTHENTICATED', `身份验证失败：${why}`);
}

/**
 * Who a request's Authorization header names. No header: ANONYMOUS (public reading). A header
 * that names no live token is refused rather than read as anonymous, so a revoked or mistyped
 * token is noticed at once.
 */
export async function authenticate(manager: EntityManager, header: string | undefined, access: AccessConfig): Promise<Actor> {
  if (header === undefined || header === '') return ANONYMOUS;
  const secret = BEARER.exec(header)?.[1];
  if (!secret) throw unauthenticated('Authorization 头须为「Bearer <令牌>」');
  const hash = hashSecret(secret);
  if (access.adminTokenHash && sameHash(hash, access.adminTokenHash)) return ENV_ADMIN;
  const token = await findActiveToken(manager, hash);
  if (!token) throw unauthenticated('令牌无效或已被撤销');
  return tokenActor(token);
}
