import { DataSource, EntityManager, QueryRunner } from 'typeorm';
import { HubError } from '../../core/errors';
import { databaseFailure, driverErrorCode } from '../db/database-errors';

const ATTEMPTS = 8;
const BACKOFF_MS = 20;

/**
 * Failures that another transaction caused and that a fresh attempt resolves: deadlocks and
 * lock timeouts between concurrent uploads, a SQLite file another connection or process holds
 * locked, and the race of two uploads both creating a report's first row (the loser's insert
 * hits the unique key; on retry the row is there).
 */
function isRetryable(error: unknown): boolean {
  return databaseFailure(error) === 'busy' || driverErrorCode(error) === 'ER_DUP_ENTRY';
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

/**
 * The connection broke while COMMIT was on its way or its answer on the way back: the server
 * may have stored the transaction or not. `attempted` is what the transaction did before it.
 */
export class CommitUncertain<T> extends Error {
  constructor(
    readonly attempted: T,
    readonly failure: unknown,
  ) {
    super('the connection failed during or after COMMIT');
    this.name = 'CommitUncertain';
  }
}

async function rollbackQuietly(runner: QueryRunner): Promise<void> {
  // On a broken connection the server rolls back by itself; the error that broke it is the one to report.
  if (runner.isTransactionActive) await runner.rollbackTransaction().catch(() => undefined);
}

/**
 * One transaction, telling a failure before COMMIT (nothing stored: the server rolls back)
 * from a connection lost at COMMIT (CommitUncertain: stored or not, the caller finds out).
 */
async function oneTransaction<T>(dataSource: DataSource, work: (manager: EntityManager) => Promise<T>): Promise<T> {
  const runner = dataSource.createQueryRunner('master');
  try {
    await runner.startTransaction();
    let attempted: T;
    try {
      attempted = await work(runner.manager);
    } catch (error) {
      await rollbackQuietly(runner);
      throw error;
    }
    try {
      await runner.commitTransaction();
    } catch (error) {
      await rollbackQuietly(runner);
      throw databaseFailure(error) === 'unavailable' ? new CommitUncertain(attempted, error) : error;
    }
    return attempted;
  } finally {
    await runner.release();
  }
}

/**
 * Runs `work` in a transaction, again from the start after a conflict, then gives up with
 * DATABASE_BUSY; a connection lost at COMMIT is CommitUncertain, never retried blindly.
 */
export async function transactionWithRetry<T>(dataSource: DataSource, work: (manager: EntityManager) => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await inTurn(dataSource, () => oneTransaction(dataSource, work));
    } catch (error) {
      if (!isRetryable(error)) throw error;
      if (attempt === ATTEMPTS) {
        throw new HubError('DATABASE_BUSY', `数据库繁忙，${ATTEMPTS} 次尝试均与其他写入冲突，本次上传未保存，请稍后重试`, {
          attempts: ATTEMPTS,
        });
      }
      await pause(attempt);
    }
  }
}
