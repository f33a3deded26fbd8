import { hashSecret } from '../../src/api/auth/token-secret';
import { DEFAULT_LIMITS } from '../../src/api/graphql/limits/limit-config';
import { ServeSettings } from '../../src/api/http/graphql-handler';
import type { GraphQLResultError } from './graphql';

/** The HUB_ADMIN_TOKEN of hubs served in tests. */
export const TEST_ADMIN_TOKEN = 'dhub_test-admin-token-for-jest-only';

export function testServeSettings(overrides: Partial<ServeSettings['access']> = {}, limits = DEFAULT_LIMITS): ServeSettings {
  return { access: { adminTokenHash: hashSecret(TEST_ADMIN_TOKEN), publicRead: true, ...overrides }, limits };
}

/** Headers of a JSON request, with the admin token or the given one (null: none). */
export function jsonHeaders(token: string | null = TEST_ADMIN_TOKEN): Record<string, string> {
  return { 'content-type': 'application/json', ...(token === null ? {} : { authorization: `Bearer ${token}` }) };
}

/** A GraphQL answer over HTTP; `T` is the shape of `data` the operation selects (unchecked: the test asserts it). */
export interface HttpAnswer<T = unknown> {
  data?: T | null;
  errors?: GraphQLResultError[];
  /** extensions.sqlStatements: what a hub tracing SQL (HUB_TRACE_SQL=1) ran for the answer. */
  extensions?: { sqlStatements?: number };
}

/** The JSON body of a response, read as the shape the caller names (unchecked: the test asserts it). */
export async function jsonBody<T = HttpAnswer>(response: Response): Promise<T> {
  return (await response.json()) as T;
}
