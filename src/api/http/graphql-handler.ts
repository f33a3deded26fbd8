import { IncomingMessage, ServerResponse } from 'node:http';
import { ApolloServer, HeaderMap } from '@apollo/server';
import { DataSource } from 'typeorm';
import { AccessConfig } from '../auth/access-config';
import { LimitConfig } from '../graphql/limits/limit-config';
import { recordAuditEvents } from '../audit/audit-store';
import { refusedMutationEvent } from '../audit/refused-request';
import { runInSqlTrace } from '../../storage/db/sql-counter';
import type { DocumentParser } from '../../storage/ingest/parse-document';
import { HubContext, createContext } from '../graphql/context';
import { sendRefusal } from './error-responses';
import { RateLimitConfig } from './rate-limit-config';
import { RateLimits } from './rate-limits';
import { Refusal } from './refusal';
import { checkBatch, maxBodyBytes, parseBody, readBody, requestActor } from './request-gate';

/** What the handler enforces before GraphQL runs: who may ask, how much, and how often. */
export interface ServeSettings {
  access: AccessConfig;
  limits: LimitConfig;
  /** HUB_RATE_LIMIT; the defaults when absent. */
  rateLimits?: RateLimitConfig;
  /** Reads uploaded documents (the parse workers); on this thread when absent. */
  parse?: DocumentParser;
  /** HUB_TRACE_SQL: each request counts its statements for the response to report. */
  traceSql?: boolean;
}

function requestHeaders(request: IncomingMessage): HeaderMap {
  const headers = new HeaderMap();
  for (const [name, value] of Object.entries(request.headers)) {
    if (value !== undefined) headers.set(name, Array.isArray(value) ? value.join(', ') : value);
  }
  return headers;
}

/** The one audit entry of mutations refused for a bad token; a database that fails here does not change the answer. */
async function auditRefusal(dataSource: DataSource, body: unknown, refusal: Refusal, requestId: string): Promise<void> {
  const event = refusedMutationEvent(body, refusal.error, requestId);
  if (!event) return;
  try {
    await recordAuditEvents(dataSource.manager, [event]);
  } catch (error) {
    console.error(`[request ${requestId}] audit log not written`, error);
  }
}

async function execute(
  apollo: ApolloServer<HubContext>,
  dataSource: DataSource,
  settings: ServeSettings,
  rateLimits: RateLimits,
  request: IncomingMessage,
  requestId: string,
) {
  rateLimits.admit(request);
  const body = parseBody(await readBody(request, maxBodyBytes(settings.limits)), request.headers['content-type']);
  checkBatch(body, settings.limits);
  const actor = await requestActor(dataSource, request, settings.access, rateLimits).catch(async (error: unknown) => {
    if (error instanceof Refusal && error.status === 401) await auditRefusal(dataSource, body, error, requestId);
    throw error;
  });
  const url = new URL(request.url ?? '/', 'http://localhost');
  const run = () =>
    apollo.executeHTTPGraphQLRequest({
      httpGraphQLRequest: { method: request.method ?? 'GET', headers: requestHeaders(request), search: url.search, body },
      context: () => Promise.resolve(createContext(dataSource, { actor, requestId, limits: settings.limits, parse: settings.parse })),
    });
  // Each request counts its own statements when HUB_TRACE_SQL reports them; otherwise no trace:
  // once a process has entered one, node tracks the context of every promise it makes.
  return settings.traceSql ? runInSqlTrace({ statements: [] }, run) : run();
}

/**
 * Serves GraphQL over node's own http server through Apollo's integration API, so the hub
 * can serve its pages and downloads from the same port without a web framework. The
 * request's id (x-request-id) is in every error.
 */
export function graphqlHandler(apollo: ApolloServer<HubContext>, dataSource: DataSource, settings: ServeSettings, rateLimits: RateLimits) {
  return async (request: IncomingMessage, response: ServerResponse, requestId: string): Promise<void> => {
    let result;
    try {
      result = await execute(apollo, dataSource, settings, rateLimits, request, requestId);
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
