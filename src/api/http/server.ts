import http from 'node:http';
import { ApolloServer } from '@apollo/server';
import { DataSource } from 'typeorm';
import { HubContext } from '../graphql/context';
import { exportHandler } from './export-routes';
import { ServeSettings, graphqlHandler } from './graphql-handler';
import { sendFile } from './static-files';
import { webFile } from './web-routes';

/** The hub's HTTP server: GraphQL at /graphql, the dashboard at /, the upload page at /upload and their assets. */
export function createHttpServer(apollo: ApolloServer<HubContext>, dataSource: DataSource, settings: ServeSettings): http.Server {
  const graphql = graphqlHandler(apollo, dataSource, settings);
  const downloads = exportHandler(dataSource, settings.access);
  return http.createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://localhost').pathname;
    if (path === '/graphql') {
      graphql(request, response).catch((error) => {
        console.error('request failed', error);
        if (!response.headersSent) response.writeHead(500, { 'content-type': 'application/json' });
        response.end(JSON.stringify({ errors: [{ message: '服务器内部错误', extensions: { code: 'INTERNAL_SERVER_ERROR' } }] }));
      });
      return;
    }
    if (downloads(request, response)) return;
    const web = request.method === 'GET' || request.method === 'HEAD' ? webFile(path) : undefined;
    if (web && sendFile(request, response, web.file, web.cache)) return;
    response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
    response.end('Not found. GraphQL is at /graphql\n');
  });
}
