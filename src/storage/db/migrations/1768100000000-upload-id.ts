import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The id an upload writes on its version in its own transaction, so that when the connection
 * breaks during or after COMMIT a fresh connection can look the upload up and answer what was
 * stored. Existing versions (and bulk loads) have none.
 */
const MYSQL = [
  'ALTER TABLE `report_versions` ADD `upload_id` varchar(36) NULL',
  'CREATE UNIQUE INDEX `uq_report_versions_upload_id` ON `report_versions` (`upload_id`)',
];

const SQLITE = [
  'ALTER TABLE "report_versions" ADD COLUMN "upload_id" varchar(36)',
  'CREATE UNIQUE INDEX "uq_report_versions_upload_id" ON "report_versions" ("upload_id") ',
];

export class UploadId1768100000000 implements MigrationInterface {
  name = 'UploadId1768100000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const statements = queryRunner.connection.driver.options.type === 'better-sqlite3' ? SQLITE : MYSQL;
    for (const sql of statements) await queryRunner.query(sql);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropIndex('report_versions', 'uq_report_versions_upload_id');
    await queryRunner.dropColumn('report_versions', 'upload_id');
  }
}
