import { ApolloServer, ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { traceSqlEnabled } from '../../config';
import { auditPlugin } from './audit-plugin';
import { HubContext } from './context';
import { formatError } from './format-error';
import { limitsPlugin } from './limits/limits-plugin';
import { replicaReadsPlugin } from './replica-reads-plugin';
import { requestPlugin } from './request-plugin';
import { responseCachePlugin } from './response-cache';
import { hubSchema } from '../../../resolvers/schema';
import { sqlTracePlugin } from './sql-trace-plugin';

export interface ApolloOptions {
  /** Bytes of query answers to keep (HUB_RESPONSE_CACHE_MB); 0, the default, keeps none. */
  responseCacheBytes?: number;
}

export async function createApolloServer({ responseCacheBytes = 0 }: ApolloOptions = {}): Promise<ApolloServer<HubContext>> {
  const server = new ApolloServer<HubContext>({
    schema: await hubSchema(),
    formatError,
    includeStacktraceInErrorResponses: false,
    // Batches are bounded by HUB_MAX_BATCH in the HTTP handler.
    allowBatchedHttpRequests: true,
    // The cache-control plugin (on by default) wraps every field's resolver to collect hints
    // the hub never sets: a cost per field of every row of a list.
    plugins: [
      ApolloServerPluginCacheControlDisabled(),
      requestPlugin(),
      replicaReadsPlugin(),
      limitsPlugin(),
      auditPlugin(),
      ...(responseCacheBytes > 0 ? [responseCachePlugin(responseCacheBytes)] : []),
      ...(traceSqlEnabled() ? [sqlTracePlugin as ApolloServerPlugin<HubContext>] : []),
    ],
  });
  await server.start();
  return server;
}
