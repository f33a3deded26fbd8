import { HubError } from '../../core/errors';

/** What a failure of the database means to the client who asked. */
export type DatabaseFailure = 'unavailable' | 'busy' | 'timeout' | 'interrupted';

/** Driver error codes (mysql2's names, better-sqlite3's SQLite codes) and what each means. */
const BY_CODE: Readonly<Record<string, DatabaseFailure>> = {
  ECONNREFUSED: 'unavailable',
  ECONNRESET: 'unavailable',
  ETIMEDOUT: 'unavailable',
  EHOSTUNREACH: 'unavailable',
  ENOTFOUND: 'unavailable',
  EPIPE: 'unavailable',
  PROTOCOL_CONNECTION_LOST: 'unavailable',
  PROTOCOL_ENQUEUE_AFTER_FATAL_ERROR: 'unavailable',
  ER_SERVER_SHUTDOWN: 'unavailable',
  ER_CON_COUNT_ERROR: 'unavailable',
  ER_TOO_MANY_USER_CONNECTIONS: 'unavailable',
  // A Galera node cut off from the cluster or still joining (1047), one the pool found not
  // ready, and no node of DATABASE_URL's list to be had (node-pool.ts).
  ER_UNKNOWN_COM_ERROR: 'unavailable',
  WSREP_NOT_READY: 'unavailable',
  POOL_NONEONLINE: 'unavailable',
  SQLITE_CANTOPEN: 'unavailable',
  // Another transaction held what this one needed for longer than the database waits.
  ER_LOCK_WAIT_TIMEOUT: 'busy',
  ER_LOCK_DEADLOCK: 'busy',
  SQLITE_BUSY: 'busy',
  SQLITE_BUSY_RECOVERY: 'busy',
  SQLITE_BUSY_SNAPSHOT: 'busy',
  SQLITE_BUSY_TIMEOUT: 'busy',
  SQLITE_LOCKED: 'busy',
  // MySQL's own statement time limit (max_execution_time).
  ER_QUERY_TIMEOUT: 'timeout',
  // KILL QUERY, or a server stopping the statement.
  ER_QUERY_INTERRUPTED: 'interrupted',
  SQLITE_INTERRUPT: 'interrupted',
};

/** MariaDB's own errors, which mysql2 knows by number only. */
const BY_ERRNO: Readonly<Record<number, DatabaseFailure>> = {
  1927: 'unavailable', // ER_CONNECTION_KILLED: KILL CONNECTION
  1969: 'timeout', // ER_STATEMENT_TIMEOUT: max_statement_time exceeded
};

interface DriverFailure {
  code?: unknown;
  errno?: unknown;
  /** mysql2 marks errors that broke the connection itself. */
  fatal?: unknown;
  /** TypeORM wraps the driver's error. */
  driverError?: DriverFailure;
}

/** What a failure means, or null for any other failure (a wrong statement is a bug, not the database's state). */
export function databaseFailure(error: unknown): DatabaseFailure | null {
  if (!error || typeof error !== 'object') return null;
  const failure = error as DriverFailure;
  const byCode = typeof failure.code === 'string' ? BY_CODE[failure.code] : undefined;
  const byErrno = typeof failure.errno === 'number' ? BY_ERRNO[failure.errno] : undefined;
  return byCode ?? byErrno ?? (failure.fatal === true ? 'unavailable' : databaseFailure(failure.driverError));
}

/** The driver's own error code (mysql2's name, better-sqlite3's SQLite code), through TypeORM's wrapping. */
export function driverErrorCode(error: unknown): string | undefined {
  const failure = error as DriverFailure | null;
  const code = failure?.code ?? failure?.driverError?.code;
  return typeof code === 'string' ? code : undefined;
}

function typedFailure(failure: DatabaseFailure): HubError {
  switch (failure) {
    case 'unavailable':
      return new HubError('DATABASE_UNAVAILABLE', '暂时无法连接数据库，请稍后重试');
    case 'busy':
      return new HubError('DATABASE_BUSY', '数据库繁忙（被其他写入占用），本次请求未完成，也未保存任何内容，请稍后重试');
    case 'timeout':
      return new HubError(
        'QUERY_TIMEOUT',
        '查询超过了数据库的时间上限（HUB_STATEMENT_TIMEOUT_MS），已被中止：请缩小地区、年度或指标的范围',
      );
    case 'interrupted':
      return new HubError('QUERY_INTERRUPTED', '查询被数据库中止（KILL QUERY，或数据库正在停止），请稍后重试');
    default: {
      const unknown: never = failure;
      throw new Error(`unknown database failure ${String(unknown)}`);
    }
  }
}

/**
 * The typed error a failure of the database means (down or restarting, busy, a statement over
 * its time limit or killed), or null for any other failure. The pool reconnects by itself;
 * the client is told what happened and whether to try again, rather than handed an internal error.
 */
export function databaseError(error: unknown): HubError | null {
  const failure = databaseFailure(error);
  return failure && typedFailure(failure);
}
