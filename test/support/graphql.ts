import { ApolloServer } from '@apollo/server';
import { DataSource } from 'typeorm';
import { Actor, ENV_ADMIN } from '../../src/api/auth/actor';
import { authenticate } from '../../src/api/auth/authenticate';
import { AccessConfig } from '../../src/api/auth/access-config';
import { DEFAULT_LIMITS, LimitConfig } from '../../src/api/graphql/limits/limit-config';
import { withSqlTrace } from '../../src/storage/db/sql-counter';
import { HubContext, createContext } from '../../src/api/graphql/context';
import { hubApollo } from '../../src/hub';
import { ApolloOptions } from '../../src/api/graphql/apollo';

/** An error of an answer, as a client reads it. */
export interface GraphQLResultError {
  message: string;
  extensions?: Record<string, unknown>;
  path?: readonly (string | number)[];
}

/** An answer; `T` is the shape of `data` the caller's operation selects (unchecked: the test asserts it). */
export interface GraphQLResult<T = unknown> {
  data: T | null | undefined;
  errors: readonly GraphQLResultError[] | undefined;
  /** The SQL statements the operation ran (transaction control not counted). */
  statements: string[];
}

export interface GraphQLClient {
  execute<T = unknown>(query: string, variables?: Record<string, unknown>): Promise<GraphQLResult<T>>;
  /** The same client acting for the token `secret` (null: no token), authenticated as the HTTP handler does. */
  withToken(secret: string | null): GraphQLClient;
  /** The same client under other limits. */
  withLimits(limits: LimitConfig): GraphQLClient;
  stop(): Promise<void>;
}

/** Access as the test clients check tokens: stored tokens only, public reading on. */
export const TEST_ACCESS: AccessConfig = { adminTokenHash: null, publicRead: true };

interface Acting {
  /** The actor, or how to find it from a token. */
  actor: () => Promise<Actor>;
  limits: LimitConfig;
}

/**
 * Runs operations against the real schema and database, counting the SQL each one runs. It
 * acts as the admin unless told to act for a token. `options`: the response cache, as a hub has it.
 */
export async function graphqlClient(dataSource: DataSource, options: ApolloOptions = {}): Promise<GraphQLClient> {
  const apollo: ApolloServer<HubContext> = await hubApollo(options);
  const client = (acting: Acting): GraphQLClient => ({
    async execute<T>(query: string, variables?: Record<string, unknown>): Promise<GraphQLResult<T>> {
      const actor = await acting.actor();
      const contextValue = createContext(dataSource, { actor, limits: acting.limits });
      const { result, trace } = await withSqlTrace(() => apollo.executeOperation({ query, variables }, { contextValue }));
      if (result.body.kind !== 'single') throw new Error('incremental delivery not expected');
      const { data, errors } = result.body.singleResult;
      return { data: data as T | null | undefined, errors, statements: trace.statements };
    },
    withToken: (secret) =>
      client({ ...acting, actor: () => authenticate(dataSource.manager, secret === null ? undefined : `Bearer ${secret}`, TEST_ACCESS) }),
    withLimits: (limits) => client({ ...acting, limits }),
    stop: () => apollo.stop(),
  });
  return client({ actor: () => Promise.resolve(ENV_ADMIN), limits: DEFAULT_LIMITS });
}
