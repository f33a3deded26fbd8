import http from 'node:http';
import { ApolloServer } from '@apollo/server';
import { DataSource } from 'typeorm';
import { HubContext } from '../graphql/context';
import { graphqlHandler } from './graphql-handler';

/** The hub's HTTP server: GraphQL at /graphql; everything else is not found (yet). */
export function createHttpServer(apollo: ApolloServer<HubContext>, dataSource: DataSource): http.Server {
  const graphql = graphqlHandler(apollo, dataSource);
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
    response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
    response.end('Not found. GraphQL is at /graphql\n');
  });
}
