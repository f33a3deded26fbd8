import type { QueryRunner } from 'typeorm';
import { REPORT_VALUES_TABLE, type NarrowIndex } from '../report-values-layout';

/** Creates one of the read model's narrow indexes, its columns in key order. */
export async function createNarrowIndex(queryRunner: QueryRunner, index: NarrowIndex): Promise<void> {
  const quote = (name: string) => queryRunner.connection.driver.escape(name);
  await queryRunner.query(`CREATE INDEX ${quote(index.name)} ON ${quote(REPORT_VALUES_TABLE)} (${index.columns.map(quote).join(', ')})`);
}

/** Undoes createNarrowIndex. */
export async function dropNarrowIndex(queryRunner: QueryRunner, index: NarrowIndex): Promise<void> {
  await queryRunner.dropIndex(REPORT_VALUES_TABLE, index.name);
}
