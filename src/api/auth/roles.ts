import { storedEnum } from '../../core/stored-enum';

/**
 * What a token may do. ADMIN is the city office and may do everything; the others are
 * granted per operation (see src/api/auth/access.ts).
 */
export enum Role {
  ADMIN = 'ADMIN',
  UPLOADER = 'UPLOADER',
  EVALUATOR = 'EVALUATOR',
  ANALYST = 'ANALYST',
}

export const ROLES: readonly Role[] = Object.values(Role);

/** A token's role and the role an audit event records, read back through their checks. */
export const storedTokenRole = storedEnum('api_tokens.role', ROLES);
export const storedActorRole = storedEnum('audit_events.actor_role', ROLES);
