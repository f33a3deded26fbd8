import { DataSource, EntityManager } from 'typeorm';
import { HubError } from '../../core/errors';

/**
 * Failures that another transaction caused and that a fresh attempt resolves: deadlocks and
 * lock timeouts between concurrent uploads, and the race of two uploads both creating a
 * report's first row (the loser's insert hits the unique key; on retry the row is there).
 */
const RETRYABLE_CODES = new Set(['ER_LOCK_DEADLOCK', 'ER_LOCK_WAIT_TIMEOUT', 'ER_DUP_ENTRY', 'SQLITE_BUSY']);

const ATTEMPTS = 8;
const BACKOFF_MS = 20;

function isRetryable(error: unknown): boolean {
  const failure = error as { code?: unknown; driverError?: { code?: unknown } } | null;
  const code = failure?.code ?? failure?.driverError?.code;
  return typeof code === 'string' && RETRYABLE_CODES.has(code);
}

/** Random, growing pauses, so the retrying transactions do not collide again in step. */
function pause(attempt: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, Math.random() * BACKOFF_MS * attempt));
}

/**
 * better-sqlite3 gives TypeORM one connection, on which a second transaction cannot start
 * while one is open ("cannot start a transaction within a transaction"); SQLite serialises
 * writers anyway, so transactions there wait their turn here.
 */
const sqliteTurns = new WeakMap<DataSource, Promise<unknown>>();

function inTurn<T>(dataSource: DataSource, run: () => Promise<T>): Promise<T> {
  if (dataSource.options.type !== 'better-sqlite3') return run();
  const previous = sqliteTurns.get(dataSource) ?? Promise.resolve();
  const next = previous.then(run, run);
  sqliteTurns.set(
    dataSource,
    next.catch(() => undefined),
  );
  return next;
}

/** Runs `work` in a transaction, again from the start after a conflict, then gives up with DATABASE_BUSY. */
export async function transactionWithRetry<T>(dataSource: DataSource, work: (manager: EntityManager) => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await inTurn(dataSource, () => dataSource.transaction(work));
    } catch (error) {
      if (!isRetryable(error)) throw error;
      if (attempt === ATTEMPTS) {
        throw new HubError('DATABASE_BUSY', `数据库繁忙，${ATTEMPTS} 次尝试均与其他上传冲突，本次上传未保存，请稍后重试`, {
          attempts: ATTEMPTS,
        });
      }
      await pause(attempt);
    }
  }
}
