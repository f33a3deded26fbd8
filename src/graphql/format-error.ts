import { unwrapResolverError } from '@apollo/server/errors';
import { GraphQLFormattedError } from 'graphql';
import { HubError } from '../errors';

/**
 * Shapes every error a client sees. HubErrors carry their stable code and Chinese message;
 * GraphQL's own errors (syntax, validation, bad arguments) pass as Apollo shaped them;
 * anything unexpected is masked (no stack, no SQL) and logged.
 */
export function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const original = unwrapResolverError(error);
  if (original instanceof HubError) {
    return { message: original.message, path: formatted.path, extensions: { code: original.code, ...original.details } };
  }
  const code = formatted.extensions?.code;
  if (code && code !== 'INTERNAL_SERVER_ERROR') {
    const { stacktrace: _stacktrace, ...extensions } = formatted.extensions ?? {};
    return { ...formatted, extensions };
  }
  console.error('unexpected error', original);
  return { message: '服务器内部错误', path: formatted.path, extensions: { code: 'INTERNAL_SERVER_ERROR' } };
}
