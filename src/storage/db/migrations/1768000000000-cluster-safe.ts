import { MigrationInterface, QueryRunner, TableColumn } from 'typeorm';
import { GENERATION_SHARDS } from '../generation-shards';

/**
 * What a multi-primary cluster needs of the schema: the shards of the data generation (see
 * generation-shards.ts), one row each from the start so that a write only ever updates; and
 * audit events timed to the millisecond, so that the log is ordered by time rather than by id
 * (Galera's nodes hand out interleaved auto-increment ids).
 */
const SHARD_ROWS = Array.from({ length: GENERATION_SHARDS }, (_, shard) => `(${shard}, 0)`).join(', ');

const MYSQL = [
  'CREATE TABLE `generation_shards` (`shard` int NOT NULL, `writes` int NOT NULL DEFAULT 0, PRIMARY KEY (`shard`)) ENGINE=InnoDB',
  `INSERT INTO \`generation_shards\` (\`shard\`, \`writes\`) VALUES ${SHARD_ROWS}`,
  'ALTER TABLE `audit_events` MODIFY `at` datetime(3) NOT NULL',
];

const SQLITE = [
  'CREATE TABLE "generation_shards" ("shard" integer PRIMARY KEY NOT NULL, "writes" integer NOT NULL DEFAULT (0))',
  `INSERT INTO "generation_shards" ("shard", "writes") VALUES ${SHARD_ROWS}`,
  // TypeORM's schema builder's own statements for the new type (SQLite alters a column by copying its table).
  'DROP INDEX "ix_audit_events_at"',
  'CREATE TABLE "temporary_audit_events" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "at" datetime(3) NOT NULL, "actor_name" varchar(100) NOT NULL, "actor_role" varchar(10), "mutation" varchar(60) NOT NULL, "arguments" text NOT NULL, "outcome" varchar(40) NOT NULL, "report_id" integer, "version_number" integer, "document_hash" varchar(64), "request_id" varchar(36) NOT NULL)',
  'INSERT INTO "temporary_audit_events"("id", "at", "actor_name", "actor_role", "mutation", "arguments", "outcome", "report_id", "version_number", "document_hash", "request_id") SELECT "id", "at", "actor_name", "actor_role", "mutation", "arguments", "outcome", "report_id", "version_number", "document_hash", "request_id" FROM "audit_events"',
  'DROP TABLE "audit_events"',
  'ALTER TABLE "temporary_audit_events" RENAME TO "audit_events"',
  'CREATE INDEX "ix_audit_events_at" ON "audit_events" ("at") ',
];

export class ClusterSafe1768000000000 implements MigrationInterface {
  name = 'ClusterSafe1768000000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const statements = queryRunner.connection.driver.options.type === 'better-sqlite3' ? SQLITE : MYSQL;
    for (const sql of statements) await queryRunner.query(sql);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.changeColumn('audit_events', 'at', new TableColumn({ name: 'at', type: 'datetime', isNullable: false }));
    await queryRunner.dropTable('generation_shards');
  }
}
