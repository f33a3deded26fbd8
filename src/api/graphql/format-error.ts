import { unwrapResolverError } from '@apollo/server/errors';
import { GraphQLError, GraphQLFormattedError } from 'graphql';
import { HubError } from '../../core/errors';
import { MAX_ECHO, quoteInput } from '../../core/quote-input';
import { databaseError } from '../../storage/db/database-errors';

/** The typed error a failure means to a client, or null when it was not expected. */
export function typedError(error: unknown): HubError | null {
  const original = unwrapResolverError(error);
  return original instanceof HubError ? original : databaseError(original);
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

/** GraphQL's messages quote what they refuse (a variable's whole value among them): room for the words and MAX_ECHO of input. */
const MAX_OWN_MESSAGE = MAX_ECHO + 200;

/**
 * GraphQL's message as a client reads it: quoting at most MAX_OWN_MESSAGE characters, and in
 * Chinese where the library ran out of stack (a document nested deeper than it can parse).
 */
function ownMessage(message: string, error: unknown): string {
  let cause = error;
  while (cause instanceof GraphQLError && cause.originalError) cause = cause.originalError;
  if (cause instanceof RangeError) return '查询嵌套过深，无法解析：请减少列表或对象的嵌套层数';
  return message.length > MAX_OWN_MESSAGE ? `${message.slice(0, MAX_OWN_MESSAGE)}…` : message;
}

/** Every string in an error's details cut to MAX_ECHO characters: a detail names a value, it does not repeat a document. */
function clampDetails(value: unknown, depth = 0): unknown {
  if (typeof value === 'string') return quoteInput(value);
  if (value === null || typeof value !== 'object' || depth > 4) return depth > 4 ? '…' : value;
  if (Array.isArray(value)) return value.slice(0, 20).map((item) => clampDetails(item, depth + 1));
  return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, clampDetails(item, depth + 1)]));
}

/** A typed error as a client sees it: its message, and its code with the details, no string of them past MAX_ECHO. */
export function clientError(error: HubError): { message: string; extensions: Record<string, unknown> } {
  return { message: error.message, extensions: clampDetails({ code: error.code, ...error.details }) as Record<string, unknown> };
}

/**
 * Shapes every error a client sees. HubErrors carry their stable code and Chinese message;
 * GraphQL's own errors pass as Apollo shaped them; anything unexpected is masked (no stack,
 * no SQL). No error repeats more than MAX_ECHO characters of an input. The request id is added
 * to each by the request plugin.
 */
export function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const typed = typedError(error);
  if (typed) return { ...clientError(typed), path: formatted.path };
  if (ownCode(formatted)) {
    const { stacktrace: _stacktrace, ...extensions } = formatted.extensions ?? {};
    const message = ownMessage(formatted.message, error);
    return { ...formatted, message, extensions: clampDetails(extensions) as Record<string, unknown> };
  }
  return { message: '服务器内部错误', path: formatted.path, extensions: { code: 'INTERNAL_SERVER_ERROR' } };
}
