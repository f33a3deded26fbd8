import http from 'node:http';
import { ApolloServer } from '@apollo/server';
import { DataSource } from 'typeorm';
import { HubContext } from '../graphql/context';
import { sendInternalError } from './error-responses';
import { exportHandler } from './export-routes';
import { ServeSettings, graphqlHandler } from './graphql-handler';
import { InFlight } from './in-flight';
import { DEFAULT_RATE_LIMITS } from './rate-limit-config';
import { RateLimits } from './rate-limits';
import { tagRequest } from './request-id';
import { sendFile } from './static-files';
import { EXPLORER_PAGE, webFile } from './web-routes';
import { wantsExplorer } from './explorer';

/** The hub's HTTP server and the requests it is answering. */
export interface HubHttpServer {
  server: http.Server;
  inFlight: InFlight;
}

/**
 * The hub's HTTP server: GraphQL at /graphql (the explorer for a browser), the downloads
 * under /export/, the dashboard at /, the upload page at /upload and their assets. Pages and
 * assets are files: they are served whatever the database does. Every response carries its
 * request id.
 */
export function createHttpServer(apollo: ApolloServer<HubContext>, dataSource: DataSource, settings: ServeSettings): HubHttpServer {
  const rateLimits = new RateLimits(settings.rateLimits ?? DEFAULT_RATE_LIMITS);
  const graphql = graphqlHandler(apollo, dataSource, settings, rateLimits);
  const downloads = exportHandler(dataSource, settings, rateLimits);
  const inFlight = new InFlight();
  const server = http.createServer((request, response) => {
    const requestId = tagRequest(response);
    const path = new URL(request.url ?? '/', 'http://localhost').pathname;
    if (path === '/graphql' && wantsExplorer(request) && sendFile(request, response, EXPLORER_PAGE.file, EXPLORER_PAGE.cache)) return;
    if (path === '/graphql') {
      const answered = graphql(request, response, requestId).catch((error: unknown) => {
        console.error(`[request ${requestId}] request failed`, error);
        sendInternalError(response, requestId);
      });
      inFlight.track(answered);
      return;
    }
    const download = downloads(request, response, requestId);
    if (download) {
      inFlight.track(download);
      return;
    }
    const web = request.method === 'GET' || request.method === 'HEAD' ? webFile(path) : undefined;
    if (web && sendFile(request, response, web.file, web.cache)) return;
    response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
    response.end('Not found. GraphQL is at /graphql\n');
  });
  return { server, inFlight };
}
