import type { MigrationInterface, QueryRunner } from 'typeorm';
import { REPORT_VALUES_TABLE, type NarrowIndex } from '../report-values-layout';

/** A migration that creates one of the read model's narrow indexes (both databases), its columns in key order. */
export function narrowIndexMigration(name: string, index: NarrowIndex): new () => MigrationInterface {
  const migration = class implements MigrationInterface {
    // TypeORM orders and records a migration by this name, whose last 13 digits are its timestamp.
    name = name;

    async up(queryRunner: QueryRunner): Promise<void> {
      const quote = (identifier: string) => queryRunner.connection.driver.escape(identifier);
      await queryRunner.query(
        `CREATE INDEX ${quote(index.name)} ON ${quote(REPORT_VALUES_TABLE)} (${index.columns.map(quote).join(', ')})`,
      );
    }

    async down(queryRunner: QueryRunner): Promise<void> {
      await queryRunner.dropIndex(REPORT_VALUES_TABLE, index.name);
    }
  };
  // The class is named as a migration written out would be, so that a list of migrations says which it is.
  Object.defineProperty(migration, 'name', { value: name });
  return migration;
}
