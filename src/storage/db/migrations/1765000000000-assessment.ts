import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The assessment (考核): rubric versions and their criteria, and evaluators' decisions on
 * issues. Generated like the initial schema, by TypeORM's schema builder run against a
 * database holding the initial schema, once per database kind.
 */
const MYSQL = [
  'CREATE TABLE `issue_reviews` (`id` int NOT NULL AUTO_INCREMENT, `township_code` varchar(12) NOT NULL, ' +
    '`year` int NOT NULL, `fingerprint` varchar(64) NOT NULL, `status` varchar(10) NOT NULL, `comment` longtext NOT NULL, ' +
    '`reviewer` varchar(100) NOT NULL, `decided_at` datetime NOT NULL, ' +
    'UNIQUE INDEX `uq_issue_reviews_township_code_year_fingerprint` (`township_code`, `year`, `fingerprint`), ' +
    'PRIMARY KEY (`id`)) ENGINE=InnoDB',
  'CREATE TABLE `rubric_criteria` (`id` int NOT NULL AUTO_INCREMENT, `rubric_version_id` int NOT NULL, ' +
    '`position` int NOT NULL, `criterion_key` varchar(40) NOT NULL, `label` varchar(100) NOT NULL, ' +
    '`max_points` double NOT NULL, `rule_kind` varchar(30) NOT NULL, `parameters` text NOT NULL, ' +
    'UNIQUE INDEX `uq_rubric_criteria_rubric_version_id_criterion_key` (`rubric_version_id`, `criterion_key`), ' +
    'UNIQUE INDEX `uq_rubric_criteria_rubric_version_id_position` (`rubric_version_id`, `position`), ' +
    'PRIMARY KEY (`id`)) ENGINE=InnoDB',
  'CREATE TABLE `rubric_versions` (`id` int NOT NULL AUTO_INCREMENT, `region_code` varchar(12) NOT NULL, ' +
    '`year` int NOT NULL, `version` int NOT NULL, `note` varchar(500) NULL, `created_by` varchar(100) NOT NULL, ' +
    '`created_at` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), ' +
    'UNIQUE INDEX `uq_rubric_versions_region_code_year_version` (`region_code`, `year`, `version`), ' +
    'PRIMARY KEY (`id`)) ENGINE=InnoDB',
];

const SQLITE = [
  'CREATE TABLE "issue_reviews" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "township_code" varchar(12) NOT NULL, ' +
    '"year" integer NOT NULL, "fingerprint" varchar(64) NOT NULL, "status" varchar(10) NOT NULL, "comment" text NOT NULL, ' +
    '"reviewer" varchar(100) NOT NULL, "decided_at" datetime NOT NULL)',
  'CREATE UNIQUE INDEX "uq_issue_reviews_township_code_year_fingerprint" ON "issue_reviews" ("township_code", "year", "fingerprint") ',
  'CREATE TABLE "rubric_criteria" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "rubric_version_id" integer NOT NULL, ' +
    '"position" integer NOT NULL, "criterion_key" varchar(40) NOT NULL, "label" varchar(100) NOT NULL, ' +
    '"max_points" double NOT NULL, "rule_kind" varchar(30) NOT NULL, "parameters" text NOT NULL)',
  'CREATE UNIQUE INDEX "uq_rubric_criteria_rubric_version_id_criterion_key" ON "rubric_criteria" ("rubric_version_id", "criterion_key") ',
  'CREATE UNIQUE INDEX "uq_rubric_criteria_rubric_version_id_position" ON "rubric_criteria" ("rubric_version_id", "position") ',
  'CREATE TABLE "rubric_versions" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "region_code" varchar(12) NOT NULL, ' +
    '"year" integer NOT NULL, "version" integer NOT NULL, "note" varchar(500), "created_by" varchar(100) NOT NULL, ' +
    '"created_at" datetime NOT NULL DEFAULT (datetime(\'now\')))',
  'CREATE UNIQUE INDEX "uq_rubric_versions_region_code_year_version" ON "rubric_versions" ("region_code", "year", "version") ',
];

const TABLES = ['issue_reviews', 'rubric_criteria', 'rubric_versions'];

export class Assessment1765000000000 implements MigrationInterface {
  name = 'Assessment1765000000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const statements = queryRunner.connection.driver.options.type === 'better-sqlite3' ? SQLITE : MYSQL;
    for (const sql of statements) await queryRunner.query(sql);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of TABLES) await queryRunner.dropTable(table);
  }
}
