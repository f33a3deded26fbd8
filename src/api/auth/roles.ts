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

export function parseRole(value: string): Role {
  const role = Object.values(Role).find((known) => known === value);
  if (!role) throw new Error(`stored role "${value}" is none of ${Object.values(Role).join(', ')}`);
  return role;
}
