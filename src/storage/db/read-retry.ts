import { DataSource } from 'typeorm';
import { databaseFailure } from './database-errors';
import { isReadingStatement } from './reading-statement';
import { runQuery, wrapQuery } from './wrap-query';

/**
 * Runs a read again, once, on a fresh connection when the one it was sent on turns out to be
 * dead: the pool can hand out a connection the server has just dropped (a restart, a KILL, a
 * network cut) before it notices. A read outside a transaction changes nothing, so running it
 * again is safe; a write, or anything in a transaction, fails as it is, to be answered truthfully.
 */
export function retryReadsOnLostConnection(dataSource: DataSource): void {
  if (dataSource.options.type === 'better-sqlite3') return;
  const { driver } = dataSource;
  const create = driver.createQueryRunner.bind(driver);
  driver.createQueryRunner = (mode) => {
    const runner = create(mode);
    wrapQuery(runner, (query) => async (sql, ...rest) => {
      try {
        return await query(sql, ...rest);
      } catch (error) {
        if (runner.isTransactionActive || databaseFailure(error) !== 'unavailable' || !isReadingStatement(sql)) throw error;
        const fresh = create(mode);
        try {
          return await runQuery(fresh)(sql, ...rest);
        } finally {
          await fresh.release();
        }
      }
    });
    return runner;
  };
}
