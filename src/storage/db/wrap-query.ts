import { QueryRunner } from 'typeorm';

/** A runner's `query` as a wrapper sees it: the statement, and the rest of the arguments passed on as they came. */
export type RunQuery = (sql: string, ...rest: unknown[]) => Promise<unknown>;

/** `runner`'s own `query` (as it is now) as a RunQuery. */
export function runQuery(runner: QueryRunner): RunQuery {
  const query = runner.query.bind(runner);
  return (sql, ...rest) => Reflect.apply(query, undefined, [sql, ...rest]) as Promise<unknown>;
}

/**
 * Puts `wrap` around every statement `runner` runs (TypeORM has no hook for it): the retries
 * and the time limit of this folder are wrappers of the driver's own `query`.
 */
export function wrapQuery(runner: QueryRunner, wrap: (next: RunQuery) => RunQuery): void {
  runner.query = wrap(runQuery(runner)) as QueryRunner['query'];
}
