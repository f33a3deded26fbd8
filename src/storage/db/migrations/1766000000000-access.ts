import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Access control: API tokens (hashed secrets, roles, township scope) and the audit log of
 * mutations. Generated like the earlier migrations, by TypeORM's schema builder run against
 * a database holding the assessment schema, once per database kind.
 */
const MYSQL = [
  'CREATE TABLE `api_tokens` (`id` int NOT NULL AUTO_INCREMENT, `name` varchar(100) NOT NULL, `role` varchar(10) NOT NULL, ' +
    '`township_codes` longtext NOT NULL, `secret_hash` varchar(64) NOT NULL, ' +
    '`created_at` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), `revoked_at` datetime NULL, ' +
    'UNIQUE INDEX `uq_api_tokens_secret_hash` (`secret_hash`), PRIMARY KEY (`id`)) ENGINE=InnoDB',
  'CREATE TABLE `audit_events` (`id` int NOT NULL AUTO_INCREMENT, `at` datetime NOT NULL, ' +
    '`actor_name` varchar(100) NOT NULL, `actor_role` varchar(10) NULL, `mutation` varchar(60) NOT NULL, ' +
    '`arguments` longtext NOT NULL, `outcome` varchar(40) NOT NULL, `report_id` int NULL, `version_number` int NULL, ' +
    '`document_hash` varchar(64) NULL, `request_id` varchar(36) NOT NULL, INDEX `ix_audit_events_at` (`at`), ' +
    'PRIMARY KEY (`id`)) ENGINE=InnoDB',
];

const SQLITE = [
  'CREATE TABLE "api_tokens" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "name" varchar(100) NOT NULL, ' +
    '"role" varchar(10) NOT NULL, "township_codes" text NOT NULL, "secret_hash" varchar(64) NOT NULL, ' +
    '"created_at" datetime NOT NULL DEFAULT (datetime(\'now\')), "revoked_at" datetime)',
  'CREATE UNIQUE INDEX "uq_api_tokens_secret_hash" ON "api_tokens" ("secret_hash") ',
  'CREATE TABLE "audit_events" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "at" datetime NOT NULL, ' +
    '"actor_name" varchar(100) NOT NULL, "actor_role" varchar(10), "mutation" varchar(60) NOT NULL, "arguments" text NOT NULL, ' +
    '"outcome" varchar(40) NOT NULL, "report_id" integer, "version_number" integer, "document_hash" varchar(64), ' +
    '"request_id" varchar(36) NOT NULL)',
  'CREATE INDEX "ix_audit_events_at" ON "audit_events" ("at") ',
];

const TABLES = ['api_tokens', 'audit_events'];

export class Access1766000000000 implements MigrationInterface {
  name = 'Access1766000000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const statements = queryRunner.connection.driver.options.type === 'better-sqlite3' ? SQLITE : MYSQL;
    for (const sql of statements) await queryRunner.query(sql);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of TABLES) await queryRunner.dropTable(table);
  }
}
