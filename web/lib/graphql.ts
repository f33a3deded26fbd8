import type { Operation } from '../graphql/operations.js';
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

interface GraphQLResponse<TData> {
  data?: TData | null;
  errors?: { message: string; extensions?: { code?: string } }[];
}

/**
 * Runs one of the pages' operations (web/graphql/operations.ts, generated from the schema and
 * the documents in web/graphql) at /graphql, with the user's token when there is one; any error
 * throws a HubError. The answer's type is the operation's own, so a page reads only fields its
 * document asks for, with the schema's nullability.
 */
export async function gql<TData, TVariables>(operation: Operation<TData, TVariables>, variables: TVariables): Promise<TData> {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  const token = currentToken();
  if (token) headers.authorization = `Bearer ${token}`;
  let response: Response;
  try {
    response = await fetch('/graphql', { method: 'POST', headers, body: JSON.stringify({ query: operation, variables }) });
  } catch {
    throw new HubError('无法连接服务器', 'NETWORK');
  }
  // JSON carries no types: the shape is the one the generated types describe for this document.
  const body = (await response.json().catch(() => ({}))) as GraphQLResponse<TData>;
  const error = body.errors?.[0];
  if (error) throw new HubError(error.message, error.extensions?.code ?? 'ERROR');
  if (!body.data) throw new HubError(`服务器返回 ${response.status}`, 'HTTP');
  return body.data;
}
