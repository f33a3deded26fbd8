import { ApolloServer, ApolloServerPlugin } from '@apollo/server';
import { GraphQLSchema } from 'graphql';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { auditPlugin } from './audit-plugin';
import { HubContext } from './context';
import { formatError } from './format-error';
import { limitsPlugin } from './limits/limits-plugin';
import { queryConnectionPlugin } from './query-connection-plugin';
import { requestPlugin } from './request-plugin';
import { responseCachePlugin } from './response-cache';
import { sqlTracePlugin } from './sql-trace-plugin';

/** Tokens of a GraphQL document: the pages' largest is a few hundred. It bounds the work of parsing and validating a hostile one. */
const MAX_TOKENS = 3000;

export interface ApolloOptions {
  /** Bytes of query answers to keep (HUB_RESPONSE_CACHE_MB); 0, the default, keeps none. */
  responseCacheBytes?: number;
  /** Each response carries the number of SQL statements it ran (HUB_TRACE_SQL). */
  traceSql?: boolean;
}

/** Apollo over the hub's schema (built by the resolvers' composition root) with the hub's plugins. */
export async function createApolloServer(
  schema: GraphQLSchema,
  { responseCacheBytes = 0, traceSql = false }: ApolloOptions = {},
): Promise<ApolloServer<HubContext>> {
  const server = new ApolloServer<HubContext>({
    schema,
    formatError,
    includeStacktraceInErrorResponses: false,
    // The hub stops itself on SIGTERM (draining requests first); Apollo's own handler would
    // stop it under the running requests and kill the process.
    stopOnTerminationSignals: false,
    // A document is a few hundred tokens; this bounds the parse and validation of a hostile one.
    parseOptions: { maxTokens: MAX_TOKENS },
    // Batches are bounded by HUB_MAX_BATCH in the HTTP handler.
    allowBatchedHttpRequests: true,
    // The cache-control plugin (on by default) wraps every field's resolver to collect hints
    // the hub never sets: a cost per field of every row of a list.
    plugins: [
      ApolloServerPluginCacheControlDisabled(),
      // Apollo's landing page loads Sandbox from the internet; a browser at /graphql gets the hub's own explorer.
      ApolloServerPluginLandingPageDisabled(),
      requestPlugin(),
      queryConnectionPlugin(),
      limitsPlugin(),
      auditPlugin(),
      ...(responseCacheBytes > 0 ? [responseCachePlugin(responseCacheBytes)] : []),
      ...(traceSql ? [sqlTracePlugin as ApolloServerPlugin<HubContext>] : []),
    ],
  });
  await server.start();
  return server;
}
