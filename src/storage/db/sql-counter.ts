import { AsyncLocalStorage } from 'node:async_hooks';
import { AbstractLogger, LogLevel, LogMessage, QueryRunner } from 'typeorm';

/**
 * Counts the SQL statements each unit of work runs (a GraphQL operation, a CLI command).
 * The count proves the constant-cost claim of list queries: tests pin it, and responses can
 * carry it. AsyncLocalStorage keeps concurrent requests' counts apart.
 */
export interface SqlTrace {
  statements: string[];
}

const current = new AsyncLocalStorage<SqlTrace>();

export function withSqlTrace<T>(work: () => Promise<T>): Promise<{ result: T; trace: SqlTrace }> {
  const trace: SqlTrace = { statements: [] };
  return current.run(trace, async () => ({ result: await work(), trace }));
}

/** The trace of the unit of work running now, if any. */
export function currentSqlTrace(): SqlTrace | undefined {
  return current.getStore();
}

export function runInSqlTrace<T>(trace: SqlTrace, work: () => T): T {
  return current.run(trace, work);
}

/** Transaction control is bookkeeping, not a statement of the operation's own. */
const TRANSACTION_CONTROL = /^(START TRANSACTION|BEGIN|COMMIT|ROLLBACK|SAVEPOINT|RELEASE SAVEPOINT)/i;

export class SqlCountingLogger extends AbstractLogger {
  override logQuery(query: string, _parameters?: unknown[], _queryRunner?: QueryRunner): void {
    const trace = current.getStore();
    if (trace && !TRANSACTION_CONTROL.test(query.trim())) trace.statements.push(query);
  }

  protected writeLog(_level: LogLevel, _message: LogMessage | LogMessage[], _queryRunner?: QueryRunner): void {
    // Errors surface as exceptions; statements are counted in logQuery.
  }
}
