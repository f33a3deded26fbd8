import { ServerResponse } from 'node:http';
import { clientError } from '../graphql/format-error';
import { Refusal } from './refusal';

function sendErrors(response: ServerResponse, status: number, headers: Readonly<Record<string, string>>, error: object): void {
  if (!response.headersSent) response.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers });
  response.end(JSON.stringify({ errors: [error] }));
}

/** A refusal as GraphQL answers errors, with its status and headers (Retry-After, Connection). */
export function sendRefusal(response: ServerResponse, refusal: Refusal, requestId: string): void {
  const { message, extensions } = clientError(refusal.error);
  sendErrors(response, refusal.status, refusal.headers, { message, extensions: { ...extensions, requestId } });
}

/** A failure nothing typed explains: masked, the request id to find it in the log. */
export function sendInternalError(response: ServerResponse, requestId: string | undefined): void {
  sendErrors(response, 500, {}, { message: '服务器内部错误', extensions: { code: 'INTERNAL_SERVER_ERROR', requestId } });
}
