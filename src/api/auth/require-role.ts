import { HubError } from '../../core/errors';
import type { Actor } from './actor';
import { Role } from './roles';

/**
 * ADMIN passes everywhere, other roles where granted; otherwise UNAUTHENTICATED (no token) or
 * FORBIDDEN, naming the role and `what` was asked for (a field, a download).
 */
export function requireRole(actor: Actor, roles: readonly Role[], what: string): void {
  const { role } = actor;
  if (role === null) throw new HubError('UNAUTHENTICATED', `「${what}」需要令牌（Authorization: Bearer <令牌>）`, { field: what });
  if (role === Role.ADMIN || roles.includes(role)) return;
  throw new HubError('FORBIDDEN', `${role} 令牌无权使用「${what}」（需要 ${[Role.ADMIN, ...roles].join(' 或 ')}）`, { field: what, role });
}
