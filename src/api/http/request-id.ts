import { randomUUID } from 'node:crypto';
import { ServerResponse } from 'node:http';

/**
 * Gives a response, whatever it answers (GraphQL, a download, a page, a file, a 404), its
 * request id in x-request-id: the id its errors and the log lines about it carry.
 */
export function tagRequest(response: ServerResponse): string {
  const requestId = randomUUID();
  response.setHeader('x-request-id', requestId);
  return requestId;
}
