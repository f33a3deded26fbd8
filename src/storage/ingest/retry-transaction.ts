import { DataSource, EntityManager, QueryRunner } from 'typeorm';
import { HubError } from '../../core/errors';
import { databaseFailure, driverErrorCode } from '../db/database-errors';

const ATTEMPTS = 10;
const BACKOFF_MS = 20;

/**
 * Failures that another transaction caused and that a fresh attempt resolves: deadlocks and
 * lock timeouts between concurrent uploads, a SQLite file another connection or process holds
 * locked, and the race of two uploads both creating a report's first row (the loser's insert
 * hits the unique key; on retry the row is there). On a Galera cluster a transaction that
 * loses certification to a write committed through another node fails with ER_LOCK_DEADLOCK at
 * its COMMIT (or at its next statement, aborted by the replicated write): nothing of it was
 * stored, so it is run again like any deadlock.
 */
function isConflict(error: unknown): boolean {
  return databaseFailure(error) === 'busy' || driverErrorCode(error) === 'ER_DUP_ENTRY';
}

/**
 * Failures of the connection or the node, not of the transaction: the node died, was cut off
 * from the cluster or is not ready yet (node-pool.ts), the server restarts.
 */
const lostConnection = (error: unknown): boolean => databaseFailure(error) === 'unavailable';

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
 * Runs reads again when the connection or its node is lost under them (a read changes
 * nothing, so running it again is safe): the pool connects to the next node, and an upload
 * read while its node dies goes on there instead of failing.
 */
export async function readWithRetry<T>(read: () => Promise<T>): Promise<T> {
  for (let attempts = 1; ; attempts++) {
    try {
      return await read();
    } catch (error) {
      if (!lostConnection(error) || attempts === ATTEMPTS) throw error;
      await pause(attempts);
    }
  }
}

/**
 * The connection broke while COMMIT was on its way or its answer on the way back: the server
 * (on Galera, the cluster, if the node had replicated it before dying) may have stored the
 * transaction or not. `attempted` is what the transaction did before it.
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
      throw lostConnection(error) ? new CommitUncertain(attempted, error) : error;
    }
    return attempted;
  } finally {
    await runner.release();
  }
}

/**
 * Runs `work` in a transaction, again from the start after a conflict (certification failures
 * at COMMIT included) or after losing the connection before COMMIT (nothing of a transaction
 * is stored before its commit, and the pool then connects to another node), then gives up
 * with DATABASE_BUSY. A connection lost at COMMIT is CommitUncertain, never run again blindly:
 * that could store it twice.
 */
export async function transactionWithRetry<T>(dataSource: DataSource, work: (manager: EntityManager) => Promise<T>): Promise<T> {
  for (let attempts = 1; ; attempts++) {
    try {
      return await inTurn(dataSource, () => oneTransaction(dataSource, work));
    } catch (error) {
      if (error instanceof CommitUncertain) throw error;
      const lost = lostConnection(error);
      if (!lost && !isConflict(error)) throw error;
      if (attempts === ATTEMPTS) {
        // Still no node to be had: the database is unavailable, not busy.
        if (lost) throw error;
        throw new HubError('DATABASE_BUSY', `数据库繁忙，${ATTEMPTS} 次尝试均与其他写入冲突，本次上传未保存，请稍后重试`, {
          attempts: ATTEMPTS,
        });
      }
      await pause(attempts);
    }
  }
}
