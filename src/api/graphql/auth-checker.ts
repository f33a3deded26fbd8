import { AuthChecker } from 'type-graphql';
import type { HubContext } from './context';
import { requireRole } from '../auth/require-role';
import { Role } from '../auth/roles';

/**
 * type-graphql's check for @Authorized: ADMIN passes everywhere, other roles where granted.
 * It throws typed errors instead of answering false, so clients get UNAUTHENTICATED or
 * FORBIDDEN with the role and the operation named.
 */
export const authChecker: AuthChecker<HubContext, Role> = ({ context, info }, roles) => {
  requireRole(context.actor, roles, info.fieldName);
  return true;
};
