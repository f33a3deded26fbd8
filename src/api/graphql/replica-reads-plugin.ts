import { ApolloServerPlugin } from '@apollo/server';
import { OperationTypeNode } from 'graphql';
import { QueryRunner } from 'typeorm';
import { HubContext, readFromReplica } from './context';

/**
 * With replicas (DATABASE_REPLICA_URLS), each query operation reads one replica through one
 * connection: taken once the operation is known to be a query (the context is made before
 * that), given back when the response is sent, or when the request fails unexpectedly, so
 * the pool never loses it. Without replicas nothing changes.
 */
export function replicaReadsPlugin(): ApolloServerPlugin<HubContext> {
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
          if (operation?.operation === OperationTypeNode.QUERY && contextValue.dataSource.driver.isReplicated)
            runners.set(contextValue, readFromReplica(contextValue));
          return Promise.resolve();
        },
        willSendResponse: ({ contextValue }) => release(contextValue),
      });
    },
    unexpectedErrorProcessingRequest: ({ requestContext }) => release(requestContext.contextValue),
  };
}
