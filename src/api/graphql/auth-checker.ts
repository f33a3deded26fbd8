import { AuthChecker } from 'type-graphql';
import { HubError } from '../../core/errors';
import type { HubContext } from './context';
import { Role } from '../auth/roles';

/**
 * type-graphql's check for @Authorized: ADMIN passes everywhere, other roles where granted.
 * It throws typed errors instead of answering false, so clients get UNAUTHENTICATED or
 * FORBIDDEN with the role and the operation named.
 */
export const authChecker: AuthChecker<HubContext, Role> = ({ context, info }, roles) => {
  const { role } = context.actor;
  if (role === null)
    throw new HubError('UNAUTHENTICATED', `「${info.fieldName}」需要令牌（Authorization: Bearer <令牌>）`, { field: info.fieldName });
  if (role === Role.ADMIN || roles.includes(role)) return true;
  throw new HubError('FORBIDDEN', `${role} 令牌无权使用「${info.fieldName}」（需要 ${[Role.ADMIN, ...roles].join(' 或 ')}）`, {
    field: info.fieldName,
    role,
  });
};
