import { ApolloServerPlugin } from '@apollo/server';
import { OperationTypeNode } from 'graphql';
import { QueryRunner } from 'typeorm';
import { canLimitStatementTime } from '../../storage/db/statement-timeout';
import { HubContext, readThroughOneConnection } from './context';

/** Whether a query operation needs a connection of its own: to read a replica, or to have its statements time-limited. */
function needsOwnConnection(context: HubContext): boolean {
  const { dataSource, limits } = context;
  if (dataSource.driver.isReplicated) return true;
  return limits.statementTimeoutMs > 0 && canLimitStatementTime(dataSource);
}

/**
 * Each query operation reads through one connection of its own when the hub has replicas
 * (DATABASE_REPLICA_URLS: a replica's) or limits its statements' time (MariaDB,
 * HUB_STATEMENT_TIMEOUT_MS): taken once the operation is known to be a query (the context is
 * made before that), given back when the response is sent, or when the request fails
 * unexpectedly, so the pool never loses it. Otherwise nothing changes.
 */
export function queryConnectionPlugin(): ApolloServerPlugin<HubContext> {
  const runners = new WeakMap<HubContext, QueryRunner>();
  const release = async (context: HubContext): Promise<void> => {
    const runner = runners.get(context);
    runners.delete(context);
    await runner?.release();
  };
  return {
    requestDidStart() {
      return Promise.resolve({
        didResolveOperation({ operation, contextValue }) {
          if (operation?.operation === OperationTypeNode.QUERY && needsOwnConnection(contextValue))
            runners.set(contextValue, readThroughOneConnection(contextValue));
          return Promise.resolve();
        },
        willSendResponse: ({ contextValue }) => release(contextValue),
      });
    },
    unexpectedErrorProcessingRequest: ({ requestContext }) => release(requestContext.contextValue),
  };
}
