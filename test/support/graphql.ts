import { ApolloServer } from '@apollo/server';
import { DataSource } from 'typeorm';
import { withSqlTrace } from '../../src/db/sql-counter';
import { HubContext, createContext } from '../../src/graphql/context';
import { createApolloServer } from '../../src/graphql/apollo';

export interface GraphQLResult<T = Record<string, any>> {
  data: T | null | undefined;
  errors: { message: string; extensions?: Record<string, any>; path?: readonly (string | number)[] }[] | undefined;
  /** The SQL statements the operation ran (transaction control not counted). */
  statements: string[];
}

export interface GraphQLClient {
  execute<T = Record<string, any>>(query: string, variables?: Record<string, unknown>): Promise<GraphQLResult<T>>;
  stop(): Promise<void>;
}

/** Runs operations against the real schema and database, counting the SQL each one runs. */
export async function graphqlClient(dataSource: DataSource): Promise<GraphQLClient> {
  const apollo: ApolloServer<HubContext> = await createApolloServer();
  return {
    async execute(query, variables) {
      const { result, trace } = await withSqlTrace(() =>
        apollo.executeOperation({ query, variables }, { contextValue: createContext(dataSource) }),
      );
      if (result.body.kind !== 'single') throw new Error('incremental delivery not expected');
      const { data, errors } = result.body.singleResult;
      return { data: data as any, errors: errors as any, statements: trace.statements };
    },
    stop: () => apollo.stop(),
  };
}
