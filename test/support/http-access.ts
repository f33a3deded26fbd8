import { hashSecret } from '../../src/api/auth/token-secret';
import { DEFAULT_LIMITS } from '../../src/api/graphql/limits/limit-config';
import { ServeSettings } from '../../src/api/http/graphql-handler';

/** The HUB_ADMIN_TOKEN of hubs served in tests. */
export const TEST_ADMIN_TOKEN = 'dhub_test-admin-token-for-jest-only';

export function testServeSettings(overrides: Partial<ServeSettings['access']> = {}, limits = DEFAULT_LIMITS): ServeSettings {
  return { access: { adminTokenHash: hashSecret(TEST_ADMIN_TOKEN), publicRead: true, ...overrides }, limits };
}

/** Headers of a JSON request, with the admin token or the given one (null: none). */
export function jsonHeaders(token: string | null = TEST_ADMIN_TOKEN): Record<string, string> {
  return { 'content-type': 'application/json', ...(token === null ? {} : { authorization: `Bearer ${token}` }) };
}
