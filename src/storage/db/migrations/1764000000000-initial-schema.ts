import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The first schema. Generated from the entities by TypeORM's schema builder for each
 * database kind (the statements differ in quoting and types), so the schema the migrations
 * build is exactly the one the entities describe; a test checks that nothing is pending.
 *
 * No table declares a foreign key, and none of the later migrations adds one. Why:
 * - TiDB, a deployment target, enforces foreign keys only from v6.6 (generally available from
 *   v8.5); an older server accepts the clause and ignores it, so integrity cannot rest on it
 *   there. Where TiDB does enforce one, each child row's check locks its parent row, which
 *   serialises a bulk load's many rows of one version.
 * - On a Galera cluster a child row's write set carries its parent's key too, so uploads on two
 *   nodes that reference the same parent (a township's region, a rubric version) conflict at
 *   certification and one is rolled back and retried: a cost with no protection the hub lacks.
 * - Uploads are stored in bulk, a version's rows in multi-row INSERTs (save-report.ts,
 *   bulk-insert.ts); a check per row adds a parent lookup to every one of them.
 * What keeps every reference pointing at a row instead:
 * - One write path: report rows are written only by saveReport and the batch store
 *   (src/storage/store), in one transaction per upload or batch: the report row locked or
 *   created first, then the version, then its rows with the version's id read back from its
 *   INSERT. A rubric's criteria are written with their version in one transaction too.
 * - Nothing a row refers to is ever deleted: versions and their documents and rows are kept for
 *   good, regions are loaded once and never removed. The only DELETE takes a version's own
 *   years.carryOver issues out before they are written again, in the same transaction.
 * - test/db/references.test.ts stores reports every way the hub does (a batch, single uploads,
 *   a re-upload, a review, a rubric, audited mutations) and finds no reference that points nowhere.
 */
const MYSQL = [
  'CREATE TABLE `application_counts` (`id` int NOT NULL AUTO_INCREMENT, `version_id` int NOT NULL, ' +
    '`row_key` varchar(40) NOT NULL, `natural` int NULL, `commercial` int NULL, `research` int NULL, ' +
    '`public_interest` int NULL, `legal` int NULL, `other` int NULL, `total` int NULL, ' +
    'UNIQUE INDEX `uq_application_counts_version_id_row_key` (`version_id`, `row_key`), PRIMARY KEY (`id`)) ENGINE=InnoDB',
  'CREATE TABLE `case_outcomes` (`id` int NOT NULL AUTO_INCREMENT, `version_id` int NOT NULL, ' +
    '`case_group` varchar(30) NOT NULL, `maintained` int NULL, `corrected` int NULL, `other` int NULL, `pending` int NULL, ' +
    '`total` int NULL, UNIQUE INDEX `uq_case_outcomes_version_id_case_group` (`version_id`, `case_group`), ' +
    'PRIMARY KEY (`id`)) ENGINE=InnoDB',
  'CREATE TABLE `disclosure_items` (`id` int NOT NULL AUTO_INCREMENT, `version_id` int NOT NULL, ' +
    '`item` varchar(30) NOT NULL, `made` int NULL, `published` int NULL, `total` int NULL, `repealed` int NULL, ' +
    '`valid` int NULL, `previous` int NULL, `change` int NULL, `decisions` int NULL, `count` int NULL, `amount` double NULL, ' +
    'UNIQUE INDEX `uq_disclosure_items_version_id_item` (`version_id`, `item`), PRIMARY KEY (`id`)) ENGINE=InnoDB',
  'CREATE TABLE `narrative_counts` (`id` int NOT NULL AUTO_INCREMENT, `version_id` int NOT NULL, `position` int NOT NULL, ' +
    '`metric` varchar(60) NOT NULL, `value` double NOT NULL, `sentence` longtext NOT NULL, ' +
    'UNIQUE INDEX `uq_narrative_counts_version_id_position` (`version_id`, `position`), PRIMARY KEY (`id`)) ENGINE=InnoDB',
  'CREATE TABLE `narrative_sections` (`id` int NOT NULL AUTO_INCREMENT, `version_id` int NOT NULL, ' +
    '`section_key` varchar(20) NOT NULL, `text` longtext NOT NULL, ' +
    'UNIQUE INDEX `uq_narrative_sections_version_id_section_key` (`version_id`, `section_key`), ' +
    'PRIMARY KEY (`id`)) ENGINE=InnoDB',
  'CREATE TABLE `publication_counts` (`id` int NOT NULL AUTO_INCREMENT, `version_id` int NOT NULL, ' +
    '`metric` varchar(40) NOT NULL, `value` int NULL, `source` varchar(10) NOT NULL, `evidence` longtext NOT NULL, ' +
    'UNIQUE INDEX `uq_publication_counts_version_id_metric` (`version_id`, `metric`), PRIMARY KEY (`id`)) ENGINE=InnoDB',
  'CREATE TABLE `regions` (`code` varchar(12) NOT NULL, `name` varchar(100) NOT NULL, `level` varchar(10) NOT NULL, ' +
    '`parent_code` varchar(12) NULL, `province_code` varchar(12) NULL, `city_code` varchar(12) NULL, ' +
    '`county_code` varchar(12) NULL, INDEX `ix_regions_parent_code` (`parent_code`), ' +
    'INDEX `ix_regions_level_county_code` (`level`, `county_code`), INDEX `ix_regions_level_city_code` (`level`, `city_code`), ' +
    'INDEX `ix_regions_level_province_code` (`level`, `province_code`), PRIMARY KEY (`code`)) ENGINE=InnoDB',
  'CREATE TABLE `reports` (`id` int NOT NULL AUTO_INCREMENT, `township_code` varchar(12) NOT NULL, `year` int NOT NULL, ' +
    "`current_version_id` int NULL, `version_count` int NOT NULL DEFAULT '0', `is_demo` tinyint NOT NULL DEFAULT 0, " +
    '`created_at` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), ' +
    '`updated_at` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6), ' +
    'INDEX `ix_reports_year_township_code` (`year`, `township_code`), ' +
    'UNIQUE INDEX `uq_reports_township_code_year` (`township_code`, `year`), PRIMARY KEY (`id`)) ENGINE=InnoDB',
  'CREATE TABLE `report_issues` (`id` int NOT NULL AUTO_INCREMENT, `version_id` int NOT NULL, `position` int NOT NULL, ' +
    '`rule` varchar(40) NOT NULL, `severity` varchar(10) NOT NULL, `message` longtext NOT NULL, `cells` longtext NOT NULL, ' +
    'INDEX `ix_report_issues_rule_version_id` (`rule`, `version_id`), ' +
    'UNIQUE INDEX `uq_report_issues_version_id_position` (`version_id`, `position`), PRIMARY KEY (`id`)) ENGINE=InnoDB',
  'CREATE TABLE `report_versions` (`id` int NOT NULL AUTO_INCREMENT, `report_id` int NOT NULL, `number` int NOT NULL, ' +
    '`content_hash` varchar(64) NOT NULL, `document` longblob NOT NULL, `byte_length` int NOT NULL, ' +
    '`format` varchar(10) NOT NULL, `organization` varchar(200) NULL, `template` varchar(4) NOT NULL, ' +
    '`published_on` date NULL, `is_demo` tinyint NOT NULL DEFAULT 0, `not_applicable` longtext NULL, ' +
    '`uploaded_at` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), ' +
    'UNIQUE INDEX `uq_report_versions_report_id_number` (`report_id`, `number`), PRIMARY KEY (`id`)) ENGINE=InnoDB',
];

const SQLITE = [
  'CREATE TABLE "application_counts" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "version_id" integer NOT NULL, ' +
    '"row_key" varchar(40) NOT NULL, "natural" integer, "commercial" integer, "research" integer, "public_interest" integer, ' +
    '"legal" integer, "other" integer, "total" integer)',
  'CREATE UNIQUE INDEX "uq_application_counts_version_id_row_key" ON "application_counts" ("version_id", "row_key") ',
  'CREATE TABLE "case_outcomes" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "version_id" integer NOT NULL, ' +
    '"case_group" varchar(30) NOT NULL, "maintained" integer, "corrected" integer, "other" integer, "pending" integer, ' +
    '"total" integer)',
  'CREATE UNIQUE INDEX "uq_case_outcomes_version_id_case_group" ON "case_outcomes" ("version_id", "case_group") ',
  'CREATE TABLE "disclosure_items" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "version_id" integer NOT NULL, ' +
    '"item" varchar(30) NOT NULL, "made" integer, "published" integer, "total" integer, "repealed" integer, "valid" integer, ' +
    '"previous" integer, "change" integer, "decisions" integer, "count" integer, "amount" double)',
  'CREATE UNIQUE INDEX "uq_disclosure_items_version_id_item" ON "disclosure_items" ("version_id", "item") ',
  'CREATE TABLE "narrative_counts" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "version_id" integer NOT NULL, ' +
    '"position" integer NOT NULL, "metric" varchar(60) NOT NULL, "value" double NOT NULL, "sentence" text NOT NULL)',
  'CREATE UNIQUE INDEX "uq_narrative_counts_version_id_position" ON "narrative_counts" ("version_id", "position") ',
  'CREATE TABLE "narrative_sections" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "version_id" integer NOT NULL, ' +
    '"section_key" varchar(20) NOT NULL, "text" text NOT NULL)',
  'CREATE UNIQUE INDEX "uq_narrative_sections_version_id_section_key" ON "narrative_sections" ("version_id", "section_key") ',
  'CREATE TABLE "publication_counts" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "version_id" integer NOT NULL, ' +
    '"metric" varchar(40) NOT NULL, "value" integer, "source" varchar(10) NOT NULL, "evidence" text NOT NULL)',
  'CREATE UNIQUE INDEX "uq_publication_counts_version_id_metric" ON "publication_counts" ("version_id", "metric") ',
  'CREATE TABLE "regions" ("code" varchar(12) PRIMARY KEY NOT NULL, "name" varchar(100) NOT NULL, ' +
    '"level" varchar(10) NOT NULL, "parent_code" varchar(12), "province_code" varchar(12), "city_code" varchar(12), ' +
    '"county_code" varchar(12))',
  'CREATE INDEX "ix_regions_parent_code" ON "regions" ("parent_code") ',
  'CREATE INDEX "ix_regions_level_county_code" ON "regions" ("level", "county_code") ',
  'CREATE INDEX "ix_regions_level_city_code" ON "regions" ("level", "city_code") ',
  'CREATE INDEX "ix_regions_level_province_code" ON "regions" ("level", "province_code") ',
  'CREATE TABLE "reports" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "township_code" varchar(12) NOT NULL, ' +
    '"year" integer NOT NULL, "current_version_id" integer, "version_count" integer NOT NULL DEFAULT (0), ' +
    '"is_demo" boolean NOT NULL DEFAULT (0), "created_at" datetime NOT NULL DEFAULT (datetime(\'now\')), ' +
    '"updated_at" datetime NOT NULL DEFAULT (datetime(\'now\')))',
  'CREATE INDEX "ix_reports_year_township_code" ON "reports" ("year", "township_code") ',
  'CREATE UNIQUE INDEX "uq_reports_township_code_year" ON "reports" ("township_code", "year") ',
  'CREATE TABLE "report_issues" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "version_id" integer NOT NULL, ' +
    '"position" integer NOT NULL, "rule" varchar(40) NOT NULL, "severity" varchar(10) NOT NULL, "message" text NOT NULL, ' +
    '"cells" text NOT NULL)',
  'CREATE INDEX "ix_report_issues_rule_version_id" ON "report_issues" ("rule", "version_id") ',
  'CREATE UNIQUE INDEX "uq_report_issues_version_id_position" ON "report_issues" ("version_id", "position") ',
  'CREATE TABLE "report_versions" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "report_id" integer NOT NULL, ' +
    '"number" integer NOT NULL, "content_hash" varchar(64) NOT NULL, "document" blob NOT NULL, "byte_length" integer NOT NULL, ' +
    '"format" varchar(10) NOT NULL, "organization" varchar(200), "template" varchar(4) NOT NULL, "published_on" date, ' +
    '"is_demo" boolean NOT NULL DEFAULT (0), "not_applicable" text, ' +
    '"uploaded_at" datetime NOT NULL DEFAULT (datetime(\'now\')))',
  'CREATE UNIQUE INDEX "uq_report_versions_report_id_number" ON "report_versions" ("report_id", "number") ',
];

const TABLES = [
  'application_counts',
  'case_outcomes',
  'disclosure_items',
  'narrative_counts',
  'narrative_sections',
  'publication_counts',
  'regions',
  'reports',
  'report_issues',
  'report_versions',
];

export class InitialSchema1764000000000 implements MigrationInterface {
  name = 'InitialSchema1764000000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const statements = queryRunner.connection.driver.options.type === 'better-sqlite3' ? SQLITE : MYSQL;
    for (const sql of statements) await queryRunner.query(sql);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of TABLES) await queryRunner.dropTable(table);
  }
}
