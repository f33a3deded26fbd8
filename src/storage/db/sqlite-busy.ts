import { DataSource } from 'typeorm';
import { databaseFailure } from './database-errors';
import { wrapQuery } from './wrap-query';

/**
 * How long SQLite itself waits for a lock another connection holds. better-sqlite3 waits
 * synchronously, holding Node's one thread (every request, static files included, waits with
 * it), so the wait is short and the rest of it is asynchronous (RETRY_DELAYS_MS).
 */
export const SQLITE_BUSY_TIMEOUT_MS = 20;

/** Pauses between attempts of a statement that met a lock: about 2.3 s in all, then DATABASE_BUSY. */
const RETRY_DELAYS_MS = [10, 20, 40, 80, 160, 320, 640, 1000];

const pause = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * Runs each statement on the SQLite connection again after a pause while the file is locked
 * by another connection or process. A statement inside a transaction is not: the transaction
 * is run again from its start instead (retry-transaction.ts), since the snapshot it read may
 * be stale.
 */
export function retryBusyStatements(dataSource: DataSource): void {
  if (dataSource.options.type !== 'better-sqlite3') return;
  // better-sqlite3 gives TypeORM one connection, and this is its one runner.
  const runner = dataSource.driver.createQueryRunner('master');
  wrapQuery(runner, (query) => async (sql, ...rest) => {
    for (let attempt = 0; ; attempt++) {
      try {
        return await query(sql, ...rest);
      } catch (error) {
        const again = attempt < RETRY_DELAYS_MS.length && !runner.isTransactionActive && databaseFailure(error) === 'busy';
        if (!again) throw error;
        await pause(RETRY_DELAYS_MS[attempt]);
      }
    }
  });
}
