import { unwrapResolverError } from '@apollo/server/errors';
import { GraphQLError, GraphQLFormattedError } from 'graphql';
import { HubError } from '../../core/errors';
import { databaseUnavailable } from './database-unavailable';

/** The typed error a failure means to a client, or null when it was not expected. */
export function typedError(error: unknown): HubError | null {
  const original = unwrapResolverError(error);
  return original instanceof HubError ? original : databaseUnavailable(original);
}

/** GraphQL's own errors (syntax, validation, bad arguments, limits) carry a code of their own. */
function ownCode(formatted: GraphQLFormattedError): string | null {
  const code = formatted.extensions?.code;
  return typeof code === 'string' && code !== 'INTERNAL_SERVER_ERROR' ? code : null;
}

/** Nothing typed about it: a bug or a failure of the machinery, logged with the request id (see request-plugin). */
export function isUnexpected(error: GraphQLError): boolean {
  return !typedError(error) && !ownCode({ message: error.message, extensions: error.extensions });
}

/**
 * Shapes every error a client sees. HubErrors carry their stable code and Chinese message;
 * GraphQL's own errors pass as Apollo shaped them; anything unexpected is masked (no stack,
 * no SQL). The request id is added to each by the request plugin.
 */
export function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const typed = typedError(error);
  if (typed) return { message: typed.message, path: formatted.path, extensions: { code: typed.code, ...typed.details } };
  if (ownCode(formatted)) {
    const { stacktrace: _stacktrace, ...extensions } = formatted.extensions ?? {};
    return { ...formatted, extensions };
  }
  return { message: '服务器内部错误', path: formatted.path, extensions: { code: 'INTERNAL_SERVER_ERROR' } };
}
