import http from 'node:http';
import { AddressInfo } from 'node:net';
import { ApolloServer } from '@apollo/server';
import { DataSource } from 'typeorm';
import { HubConfig, loadConfig, responseCacheBytes, traceSqlEnabled } from './config';
import { openDatabase } from './storage/db/data-source';
import { loadChangeDemo } from './demo/load-change-demo';
import { loadDemoIfEmpty } from './demo/load-demo';
import { seedDemoRubricsIfEmpty } from './demo/seed-rubrics';
import { HubContext } from './api/graphql/context';
import { ApolloOptions, createApolloServer } from './api/graphql/apollo';
import { hubSchema } from '../resolvers';
import { ServeSettings } from './api/http/graphql-handler';
import { createHttpServer } from './api/http/server';
import { loadRegionsIfEmpty } from './storage/store/region-store';
import { createFirstAdminToken, firstRunLines } from './api/auth/first-admin-token';
import { documentsReadInThisThread } from './storage/ingest/parse-document';
import { ParsePool, startParsePool } from './workers/parse-pool';

/** How long a stopping hub lets the requests it is answering finish before it closes their connections and the database. */
export const STOP_DRAIN_MS = 10_000;

export interface RunningHub {
  dataSource: DataSource;
  apollo: ApolloServer<HubContext>;
  server: http.Server;
  url: string;
  /**
   * Stops accepting, lets the requests being answered finish (at most `drainMs`), then closes
   * the connections, the parse workers and the database. Resolves to how many requests were cut off (0 normally).
   */
  stop(drainMs?: number): Promise<number>;
}

/** What the hub's log says of the documents read when it stops: none should have been read on its main thread. */
function parsingSummary(pool: ParsePool): string {
  const { read, overLimit } = pool.counts();
  return `documents read: ${read} by the parse workers, ${overLimit} stopped at a limit, ${documentsReadInThisThread()} on the main thread`;
}

/**
 * Opens the database, fills an empty one (regions, then the demo and its rubrics unless
 * HUB_DEMO=off), serves with a pool of parse workers, and on its first run without
 * HUB_ADMIN_TOKEN creates an admin token and prints it.
 */
export async function startHub(config: HubConfig, log: (line: string) => void = console.log): Promise<RunningHub> {
  const dataSource = await openDatabase(config.database);
  const regions = await loadRegionsIfEmpty(dataSource);
  if (regions) log(`loaded ${regions} regions`);
  if (config.demo) {
    const reports = await loadDemoIfEmpty(dataSource);
    if (reports) log(`loaded ${reports} demo reports`);
    // On the database the demo has just filled only: a change of the tree is applied once.
    if (reports && config.demoChanges) await loadChangeDemo(dataSource);
    const rubrics = await seedDemoRubricsIfEmpty(dataSource);
    if (rubrics) log(`seeded ${rubrics} demo rubric versions`);
  }
  const parsePool = startParsePool(config.parsing);
  const hub = await serveHub(dataSource, config.port, { ...config, parse: parsePool.parse });
  // Only once the hub serves: a token created by a start that then failed would never be shown.
  const firstAdmin = config.access.adminTokenHash ? null : await createFirstAdminToken(dataSource);
  if (firstAdmin) for (const line of firstRunLines(firstAdmin, hub.url.replace(/\/graphql$/, ''))) log(line);
  return {
    ...hub,
    async stop(drainMs) {
      const cutOff = await hub.stop(drainMs);
      await parsePool.close();
      log(parsingSummary(parsePool));
      return cutOff;
    },
  };
}

/** How a hub serves; the response cache's size, SQL tracing and the address are the environment's unless given. */
export type HubSettings = ServeSettings & Partial<Pick<HubConfig, 'responseCacheBytes' | 'traceSql' | 'host'>>;

/** Apollo over the hub's schema: what serves HTTP, and what tests and the bench run operations on. */
export async function hubApollo(options: ApolloOptions = {}): Promise<ApolloServer<HubContext>> {
  return createApolloServer(await hubSchema(), options);
}

/** The address clients reach a listening host by: a wildcard address is reached as localhost. */
function reachableHost(host: string | undefined): string {
  if (host === undefined || host === '0.0.0.0' || host === '::') return 'localhost';
  return host.includes(':') ? `[${host}]` : host;
}

/** Listens, or fails with the reason (EADDRINUSE: the port is taken) rather than an unhandled 'error' event. */
function listening(server: http.Server, port: number, host: string | undefined): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
}

/**
 * Serves an open database on `port` (0: any free port), with access and limits from the
 * environment unless given. Stopping the hub closes the database.
 */
export async function serveHub(dataSource: DataSource, port: number, settings: HubSettings = loadConfig()): Promise<RunningHub> {
  const traceSql = settings.traceSql ?? traceSqlEnabled();
  const apollo = await hubApollo({ responseCacheBytes: settings.responseCacheBytes ?? responseCacheBytes(), traceSql });
  const { server, inFlight } = createHttpServer(apollo, dataSource, { ...settings, traceSql });
  await listening(server, port, settings.host).catch(async (error: unknown) => {
    await apollo.stop();
    throw error;
  });
  const url = `http://${reachableHost(settings.host)}:${(server.address() as AddressInfo).port}/graphql`;
  return {
    dataSource,
    apollo,
    server,
    url,
    async stop(drainMs = STOP_DRAIN_MS) {
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      await inFlight.drained(drainMs);
      const cutOff = inFlight.size;
      server.closeAllConnections();
      await closed;
      await apollo.stop();
      await dataSource.destroy();
      return cutOff;
    },
  };
}
