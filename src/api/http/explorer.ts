import { IncomingMessage } from 'node:http';

/**
 * A browser opening /graphql (a GET that asks for HTML) gets the explorer page; GraphQL clients,
 * which ask for JSON or send a POST, get GraphQL.
 */
export function wantsExplorer(request: IncomingMessage): boolean {
  return (request.method === 'GET' || request.method === 'HEAD') && (request.headers.accept ?? '').includes('text/html');
}
