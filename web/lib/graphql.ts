import { currentToken } from './token.js';

/** A GraphQL error as the hub shapes it: a Chinese message and a stable code. */
export class HubError extends Error {
  constructor(
    message: string,
    readonly code: string,
  ) {
    super(message);
  }
}

interface GraphQLResponse<T> {
  data?: T | null;
  errors?: { message: string; extensions?: { code?: string } }[];
}

/** Runs a query or mutation at /graphql, with the user's token when there is one; any error throws a HubError. */
export async function gql<T>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  const token = currentToken();
  if (token) headers.authorization = `Bearer ${token}`;
  let response: Response;
  try {
    response = await fetch('/graphql', { method: 'POST', headers, body: JSON.stringify({ query, variables }) });
  } catch {
    throw new HubError('无法连接服务器', 'NETWORK');
  }
  const body = (await response.json().catch(() => ({}))) as GraphQLResponse<T>;
  const error = body.errors?.[0];
  if (error) throw new HubError(error.message, error.extensions?.code ?? 'ERROR');
  if (!body.data) throw new HubError(`服务器返回 ${response.status}`, 'HTTP');
  return body.data;
}
