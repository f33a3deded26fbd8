import { randomUUID } from 'node:crypto';
import { IncomingMessage, ServerResponse } from 'node:http';
import { ApolloServer, HeaderMap } from '@apollo/server';
import { DataSource } from 'typeorm';
import { AccessConfig } from '../auth/access-config';
import { LimitConfig } from '../graphql/limits/limit-config';
import { recordAuditEvents } from '../audit/audit-store';
import { refusedMutationEvents } from '../audit/refused-request';
import { runInSqlTrace } from '../../storage/db/sql-counter';
import { HubContext, createContext } from '../graphql/context';
import { Refusal, checkBatch, maxBodyBytes, parseBody, readBody, requestActor } from './request-gate';

/** What the handler enforces before GraphQL runs: who may ask, and how much. */
export interface ServeSettings {
  access: AccessConfig;
  limits: LimitConfig;
}

function sendRefusal(response: ServerResponse, refusal: Refusal, requestId: string): void {
  const { error } = refusal;
  response.writeHead(refusal.status, { 'content-type': 'application/json' });
  response.end(JSON.stringify({ errors: [{ message: error.message, extensions: { code: error.code, ...error.details, requestId } }] }));
}

function requestHeaders(request: IncomingMessage): HeaderMap {
  const headers = new HeaderMap();
  for (const [name, value] of Object.entries(request.headers)) {
    if (value !== undefined) headers.set(name, Array.isArray(value) ? value.join(', ') : value);
  }
  return headers;
}

async function execute(
  apollo: ApolloServer<HubContext>,
  dataSource: DataSource,
  settings: ServeSettings,
  request: IncomingMessage,
  requestId: string,
) {
  const body = parseBody(await readBody(request, maxBodyBytes(settings.limits)), request.headers['content-type']);
  checkBatch(body, settings.limits);
  const actor = await requestActor(dataSource, request, settings.access).catch(async (error: unknown) => {
    if (error instanceof Refusal && error.status === 401)
      await recordAuditEvents(dataSource.manager, refusedMutationEvents(body, error.error, requestId));
    throw error;
  });
  const url = new URL(request.url ?? '/', 'http://localhost');
  // Each request counts its own statements (HUB_TRACE_SQL reports them).
  return runInSqlTrace({ statements: [] }, () =>
    apollo.executeHTTPGraphQLRequest({
      httpGraphQLRequest: { method: request.method ?? 'GET', headers: requestHeaders(request), search: url.search, body },
      context: () => Promise.resolve(createContext(dataSource, { actor, requestId, limits: settings.limits })),
    }),
  );
}

/**
 * Serves GraphQL over node's own http server through Apollo's integration API, so the hub
 * can serve its pages and downloads from the same port without a web framework. Every
 * request gets an id, sent back as x-request-id and in every error.
 */
export function graphqlHandler(apollo: ApolloServer<HubContext>, dataSource: DataSource, settings: ServeSettings) {
  return async (request: IncomingMessage, response: ServerResponse): Promise<void> => {
    const requestId = randomUUID();
    response.setHeader('x-request-id', requestId);
    let result;
    try {
      result = await execute(apollo, dataSource, settings, request, requestId);
    } catch (error) {
      if (!(error instanceof Refusal)) throw error;
      sendRefusal(response, error, requestId);
      return;
    }
    for (const [name, value] of result.headers) response.setHeader(name, value);
    response.statusCode = result.status ?? 200;
    if (result.body.kind === 'complete') {
      response.end(result.body.string);
      return;
    }
    for await (const chunk of result.body.asyncIterator) response.write(chunk);
    response.end();
  };
}
