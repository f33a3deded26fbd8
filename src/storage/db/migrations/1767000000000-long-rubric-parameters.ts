import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Every `text` column of the entities is LONGTEXT on MySQL (the data source widens them, so
 * that importing an entity reads no environment); the rubric's parameters were the one TEXT
 * (64 KB) column. SQLite's TEXT is unbounded: nothing to do there.
 */
export class LongRubricParameters1767000000000 implements MigrationInterface {
  name = 'LongRubricParameters1767000000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    if (queryRunner.connection.driver.options.type === 'better-sqlite3') return;
    await queryRunner.query('ALTER TABLE `rubric_criteria` MODIFY `parameters` longtext NOT NULL');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    if (queryRunner.connection.driver.options.type === 'better-sqlite3') return;
    await queryRunner.query('ALTER TABLE `rubric_criteria` MODIFY `parameters` text NOT NULL');
  }
}
