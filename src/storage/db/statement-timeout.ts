import { DataSource, QueryRunner } from 'typeorm';
import { isReadingStatement } from './reading-statement';
import { wrapQuery } from './wrap-query';

/**
 * Whether the database can stop a statement after a time of our choosing: MariaDB, through
 * max_statement_time. (better-sqlite3 cannot interrupt a running statement: on SQLite the
 * cell bound is the guard; MySQL's max_execution_time takes another syntax, not used here.)
 */
export function canLimitStatementTime(dataSource: DataSource): boolean {
  return dataSource.options.type === 'mariadb';
}

/**
 * Makes MariaDB stop each reading statement run through `runner` after `ms` milliseconds
 * (ER_STATEMENT_TIMEOUT, typed as QUERY_TIMEOUT). Set per statement with `SET STATEMENT
 * max_statement_time=… FOR`, so nothing stays set on a connection the pool hands to an upload
 * next. For the runners of query operations and downloads only: never migrations, uploads,
 * bulk ingest or reparse.
 */
export function limitStatementTime(runner: QueryRunner, ms: number): void {
  if (!canLimitStatementTime(runner.connection) || !(ms > 0)) return;
  const seconds = (ms / 1000).toFixed(3);
  wrapQuery(
    runner,
    (query) =>
      (sql, ...rest) =>
        query(isReadingStatement(sql) ? `SET STATEMENT max_statement_time=${seconds} FOR ${sql}` : sql, ...rest),
  );
}
