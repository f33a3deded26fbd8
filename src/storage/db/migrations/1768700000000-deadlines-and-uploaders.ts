import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The dates regions set for their townships' reports (deadline_settings), the uploader of each
 * version (report_versions.uploaded_by, added in place: copying the table would rewrite every
 * stored document), and ON_TIME criteria without their own `deadline`: the rubric now takes the
 * deadline the checks take, so a stored one would no longer parse.
 */
const MYSQL = [
  'CREATE TABLE `deadline_settings` (`region_code` varchar(12) NOT NULL, `month_day` varchar(5) NOT NULL, ' +
    '`set_by` varchar(100) NOT NULL, `set_at` datetime NOT NULL, PRIMARY KEY (`region_code`)) ENGINE=InnoDB',
  'ALTER TABLE `report_versions` ADD `uploaded_by` varchar(100) NULL',
];

const SQLITE = [
  'CREATE TABLE "deadline_settings" ("region_code" varchar(12) PRIMARY KEY NOT NULL, "month_day" varchar(5) NOT NULL, ' +
    '"set_by" varchar(100) NOT NULL, "set_at" datetime NOT NULL)',
  'ALTER TABLE "report_versions" ADD "uploaded_by" varchar(100)',
];

interface CriterionRow {
  id: number;
  parameters: string;
}

async function dropOnTimeDeadlines(queryRunner: QueryRunner): Promise<void> {
  const rows: CriterionRow[] = await queryRunner.manager
    .createQueryBuilder()
    .select(['c.id AS id', 'c.parameters AS parameters'])
    .from('rubric_criteria', 'c')
    .where('c.rule_kind = :kind', { kind: 'ON_TIME' })
    .getRawMany();
  for (const row of rows) {
    const { deadline: _deadline, ...rest } = JSON.parse(row.parameters) as Record<string, unknown>;
    await queryRunner.manager
      .createQueryBuilder()
      .update('rubric_criteria')
      .set({ parameters: JSON.stringify(rest) })
      .where('id = :id', { id: row.id })
      .execute();
  }
}

export class DeadlinesAndUploaders1768700000000 implements MigrationInterface {
  name = 'DeadlinesAndUploaders1768700000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const statements = queryRunner.connection.driver.options.type === 'better-sqlite3' ? SQLITE : MYSQL;
    for (const sql of statements) await queryRunner.query(sql);
    await dropOnTimeDeadlines(queryRunner);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropColumn('report_versions', 'uploaded_by');
    await queryRunner.dropTable('deadline_settings');
  }
}
