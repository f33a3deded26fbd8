import { HubError } from '../../core/errors';

/** Driver error codes that mean the database could not be reached, not that a statement was wrong. */
const CONNECTION_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENOTFOUND',
  'EPIPE',
  'PROTOCOL_CONNECTION_LOST',
  'PROTOCOL_ENQUEUE_AFTER_FATAL_ERROR',
  'ER_SERVER_SHUTDOWN',
  'ER_CON_COUNT_ERROR',
  // A Galera node cut off from the cluster or still joining (1047), one the pool found not
  // ready, and no node of DATABASE_URL's list to be had (node-pool.ts).
  'ER_UNKNOWN_COM_ERROR',
  'WSREP_NOT_READY',
  'POOL_NONEONLINE',
  'SQLITE_BUSY',
  'SQLITE_CANTOPEN',
]);

interface DriverFailure {
  code?: unknown;
  /** mysql2 marks errors that broke the connection itself. */
  fatal?: unknown;
  driverError?: DriverFailure;
}

function unreachable(error: DriverFailure | undefined): boolean {
  if (!error || typeof error !== 'object') return false;
  return (typeof error.code === 'string' && CONNECTION_CODES.has(error.code)) || error.fatal === true || unreachable(error.driverError);
}

/**
 * A typed error for a database that cannot be reached (down, restarting, connections
 * killed), or null for any other failure. The pool reconnects by itself; the client is told
 * to try again rather than handed an internal error.
 */
export function databaseUnavailable(error: unknown): HubError | null {
  if (!unreachable(error as DriverFailure)) return null;
  return new HubError('DATABASE_UNAVAILABLE', '暂时无法连接数据库，请稍后重试');
}
