import { DataSource, EntityManager } from 'typeorm';
import { HubError } from '../../core/errors';

/**
 * Failures that another transaction caused and that a fresh attempt resolves: deadlocks and
 * lock timeouts between concurrent uploads, and the race of two uploads both creating a
 * report's first row (the loser's insert hits the unique key; on retry the row is there). On
 * a Galera cluster a transaction that loses certification to a write committed through
 * another node fails with ER_LOCK_DEADLOCK at its COMMIT (or at its next statement, aborted
 * by the replicated write): nothing of it was stored, so it is run again like any deadlock.
 */
const CONFLICT_CODES = new Set(['ER_LOCK_DEADLOCK', 'ER_LOCK_WAIT_TIMEOUT', 'ER_DUP_ENTRY', 'SQLITE_BUSY']);

/**
 * Failures of the connection or the node, not of the transaction: the node died, was cut off
 * from the cluster (1047, ER_UNKNOWN_COM_ERROR: "WSREP has not yet prepared node for
 * application use"), or is not ready yet (node-pool.ts).
 */
const LOST_CODES = new Set([
  'ECONNRESET',
  'ECONNREFUSED',
  'EPIPE',
  'ETIMEDOUT',
  'PROTOCOL_CONNECTION_LOST',
  'PROTOCOL_ENQUEUE_AFTER_FATAL_ERROR',
  'ER_SERVER_SHUTDOWN',
  'ER_UNKNOWN_COM_ERROR',
  'WSREP_NOT_READY',
  'POOL_NONEONLINE',
]);

const ATTEMPTS = 10;
const BACKOFF_MS = 20;

function codeOf(error: unknown): string | undefined {
  const failure = error as { code?: unknown; driverError?: { code?: unknown } } | null;
  const code = failure?.driverError?.code ?? failure?.code;
  return typeof code === 'string' ? code : undefined;
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

const lostConnection = (error: unknown): boolean => LOST_CODES.has(codeOf(error) ?? '');

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

/** What became of one attempt: its result, or its failure and whether it had reached COMMIT. */
type Attempt<T> = { done: true; result: T } | { done: false; error: unknown; atCommit: boolean };

async function attempt<T>(dataSource: DataSource, work: (manager: EntityManager) => Promise<T>): Promise<Attempt<T>> {
  let atCommit = false;
  try {
    const result = await inTurn(dataSource, () =>
      dataSource.transaction(async (manager) => {
        const result = await work(manager);
        atCommit = true;
        return result;
      }),
    );
    return { done: true, result };
  } catch (error) {
    return { done: false, error, atCommit };
  }
}

/**
 * The connection died while COMMIT was on its way: the transaction may be stored (on Galera,
 * if the node had replicated it before dying) or not, and this hub cannot know which.
 */
function outcomeUnknown(): HubError {
  return new HubError(
    'OUTCOME_UNKNOWN',
    '提交时与数据库的连接中断，无法确定本次上传是否已保存；可以放心重新上传同一文件：已保存的会返回 UNCHANGED，未保存的会保存',
  );
}

/**
 * Runs `work` in a transaction, again from the start after a conflict (certification failures
 * at COMMIT included) or after losing the connection before COMMIT (nothing of a transaction
 * is stored before its commit, and the pool then connects to another node), then gives up
 * with DATABASE_BUSY. A connection lost at COMMIT is OUTCOME_UNKNOWN: running it again could
 * store it twice.
 */
export async function transactionWithRetry<T>(dataSource: DataSource, work: (manager: EntityManager) => Promise<T>): Promise<T> {
  for (let attempts = 1; ; attempts++) {
    const outcome = await attempt(dataSource, work);
    if (outcome.done) return outcome.result;
    const conflict = CONFLICT_CODES.has(codeOf(outcome.error) ?? '');
    const lost = lostConnection(outcome.error);
    if (lost && outcome.atCommit) throw outcomeUnknown();
    if (!conflict && !lost) throw outcome.error;
    if (attempts === ATTEMPTS) {
      // Still no node to be had: the database is unavailable, not busy.
      if (lost) throw outcome.error;
      throw new HubError('DATABASE_BUSY', `数据库繁忙，${ATTEMPTS} 次尝试均与其他上传冲突，本次上传未保存，请稍后重试`, {
        attempts: ATTEMPTS,
      });
    }
    await pause(attempts);
  }
}
