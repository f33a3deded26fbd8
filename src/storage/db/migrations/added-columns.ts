import type { QueryRunner } from 'typeorm';
import { REPORT_VALUES_TABLE } from '../report-values-layout';
import { sql, type Sql } from '../sql';

/** A column a migration adds to the read model, with its type on each database. */
export interface AddedColumn {
  column: string;
  sqliteType: string;
  mysqlType: string;
}

/**
 * Adds NULL-able columns to the read model (SQLite adds a NOT NULL column only with a
 * default; the writer fills every row) and fills them for the rows already there with `fill`,
 * the SET list of one UPDATE.
 */
export async function addReadModelColumns(queryRunner: QueryRunner, columns: readonly AddedColumn[], fill: Sql): Promise<void> {
  const { driver } = queryRunner.connection;
  const sqlite = driver.options.type === 'better-sqlite3';
  const table = driver.escape(REPORT_VALUES_TABLE);
  for (const added of columns) {
    await queryRunner.query(
      `ALTER TABLE ${table} ADD COLUMN ${driver.escape(added.column)} ${sqlite ? added.sqliteType : added.mysqlType} NULL`,
    );
  }
  const update = sql.statement(sql`UPDATE ${sql.identifier(REPORT_VALUES_TABLE, driver)} SET ${fill}`);
  await queryRunner.query(update.sql, update.params);
}

/** Undoes addReadModelColumns. */
export async function dropReadModelColumns(queryRunner: QueryRunner, columns: readonly AddedColumn[]): Promise<void> {
  const { driver } = queryRunner.connection;
  for (const added of [...columns].reverse()) {
    await queryRunner.query(`ALTER TABLE ${driver.escape(REPORT_VALUES_TABLE)} DROP COLUMN ${driver.escape(added.column)}`);
  }
}
