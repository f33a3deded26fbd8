import http from 'node:http';
import { AddressInfo } from 'node:net';
import { ApolloServer } from '@apollo/server';
import { DataSource } from 'typeorm';
import { HubConfig, loadConfig, responseCacheBytes } from './config';
import { openDatabase } from './storage/db/data-source';
import { loadDemoIfEmpty } from './demo/load-demo';
import { seedDemoRubricsIfEmpty } from './demo/seed-rubrics';
import { HubContext } from './api/graphql/context';
import { createApolloServer } from './api/graphql/apollo';
import { ServeSettings } from './api/http/graphql-handler';
import { createHttpServer } from './api/http/server';
import { loadRegionsIfEmpty } from './storage/store/region-store';

export interface RunningHub {
  dataSource: DataSource;
  apollo: ApolloServer<HubContext>;
  server: http.Server;
  url: string;
  stop(): Promise<void>;
}

/** Opens the database, fills an empty one (regions, then the demo and its rubrics unless HUB_DEMO=off) and serves. */
export async function startHub(config: HubConfig, log: (line: string) => void = console.log): Promise<RunningHub> {
  const dataSource = await openDatabase(config.database);
  const regions = await loadRegionsIfEmpty(dataSource);
  if (regions) log(`loaded ${regions} regions`);
  if (config.demo) {
    const reports = await loadDemoIfEmpty(dataSource);
    if (reports) log(`loaded ${reports} demo reports`);
    const rubrics = await seedDemoRubricsIfEmpty(dataSource);
    if (rubrics) log(`seeded ${rubrics} demo rubric versions`);
  }
  return serveHub(dataSource, config.port, config);
}

/** How a hub serves; the response cache's size is HUB_RESPONSE_CACHE_MB's unless given. */
export type HubSettings = ServeSettings & Partial<Pick<HubConfig, 'responseCacheBytes'>>;

/**
 * Serves an open database on `port` (0: any free port), with access and limits from the
 * environment unless given. Stopping the hub closes the database.
 */
export async function serveHub(dataSource: DataSource, port: number, settings: HubSettings = loadConfig()): Promise<RunningHub> {
  const apollo = await createApolloServer({ responseCacheBytes: settings.responseCacheBytes ?? responseCacheBytes() });
  const server = createHttpServer(apollo, dataSource, settings);
  await new Promise<void>((resolve) => server.listen(port, resolve));
  const url = `http://localhost:${(server.address() as AddressInfo).port}/graphql`;
  return {
    dataSource,
    apollo,
    server,
    url,
    async stop() {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await apollo.stop();
      await dataSource.destroy();
    },
  };
}
