import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

/** Recognisable in logs and by secret scanners, like other services' token prefixes. */
export const TOKEN_PREFIX = 'dhub_';

/** 32 random bytes: a new token's secret, shown once and stored only as its hash. */
export function generateSecret(): string {
  return TOKEN_PREFIX + randomBytes(32).toString('base64url');
}

export function hashSecret(secret: string): string {
  return createHash('sha256').update(secret, 'utf8').digest('hex');
}

/** Equal hashes, compared in constant time so the comparison leaks nothing of the expected one. */
export function sameHash(a: string, b: string): boolean {
  const left = Buffer.from(a, 'hex');
  const right = Buffer.from(b, 'hex');
  return left.length === right.length && timingSafeEqual(left, right);
}
