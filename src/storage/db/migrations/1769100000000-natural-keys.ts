import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The rows of a version's tables keyed by what they are: (version_id, metric) and the like
 * instead of a generated id with a unique index beside it. On InnoDB (and Galera, which needs
 * a primary key on every table) the primary key is the clustered index, so a version's rows
 * are stored together and read in one descent and a short range, and an INSERT maintains one
 * B-tree instead of two. SQLite keeps its rowid tables (a composite key is then an index, as
 * the unique index was): rows holding narrative text are too wide for WITHOUT ROWID.
 */
const KEYS: readonly [table: string, key: string][] = [
  ['application_counts', 'row_key'],
  ['case_outcomes', 'case_group'],
  ['disclosure_items', 'item'],
  ['narrative_counts', 'position'],
  ['narrative_sections', 'section_key'],
  ['publication_counts', 'metric'],
  ['report_issues', 'position'],
];

/** One rebuild per table: the id column, its primary key and the unique index on the natural key go, the natural key becomes the primary key. */
const MYSQL = KEYS.map(
  ([table, key]) =>
    `ALTER TABLE \`${table}\` DROP INDEX \`uq_${table}_version_id_${key}\`, DROP PRIMARY KEY, DROP COLUMN \`id\`, ADD PRIMARY KEY (\`version_id\`, \`${key}\`)`,
);

/** Each table's columns but the id, as TypeORM's schema builder declares them. */
const SQLITE_COLUMNS: Record<string, string> = {
  application_counts:
    '"version_id" integer NOT NULL, "row_key" varchar(40) NOT NULL, "natural" integer, "commercial" integer, "research" integer, "public_interest" integer, "legal" integer, "other" integer, "total" integer',
  case_outcomes:
    '"version_id" integer NOT NULL, "case_group" varchar(30) NOT NULL, "maintained" integer, "corrected" integer, "other" integer, "pending" integer, "total" integer',
  disclosure_items:
    '"version_id" integer NOT NULL, "item" varchar(30) NOT NULL, "made" integer, "published" integer, "total" integer, "repealed" integer, "valid" integer, "previous" integer, "change" integer, "decisions" integer, "count" integer, "amount" double',
  narrative_counts:
    '"version_id" integer NOT NULL, "position" integer NOT NULL, "metric" varchar(60) NOT NULL, "value" double NOT NULL, "sentence" text NOT NULL',
  narrative_sections: '"version_id" integer NOT NULL, "section_key" varchar(20) NOT NULL, "text" text NOT NULL',
  publication_counts:
    '"version_id" integer NOT NULL, "metric" varchar(40) NOT NULL, "value" integer, "source" varchar(10) NOT NULL, "evidence" text NOT NULL',
  report_issues:
    '"version_id" integer NOT NULL, "position" integer NOT NULL, "rule" varchar(40) NOT NULL, "severity" varchar(10) NOT NULL, "message" text NOT NULL, "cells" text NOT NULL',
};

const MYSQL_DOWN = KEYS.map(
  ([table, key]) =>
    `ALTER TABLE \`${table}\` DROP PRIMARY KEY, ADD \`id\` int NOT NULL AUTO_INCREMENT PRIMARY KEY FIRST, ` +
    `ADD UNIQUE INDEX \`uq_${table}_version_id_${key}\` (\`version_id\`, \`${key}\`)`,
);

/** SQLite changes a key by copying its table into one declared with `keyed` (as TypeORM's schema builder does). */
function sqliteCopy(table: string, keyed: (columns: string) => string): string[] {
  const columns = SQLITE_COLUMNS[table];
  const names = columns
    .split(', ')
    .map((column) => column.split(' ')[0])
    .join(', ');
  return [
    `CREATE TABLE "temporary_${table}" (${keyed(columns)})`,
    `INSERT INTO "temporary_${table}" (${names}) SELECT ${names} FROM "${table}"`,
    `DROP TABLE "${table}"`,
    `ALTER TABLE "temporary_${table}" RENAME TO "${table}"`,
  ];
}

const ISSUES_BY_RULE = 'CREATE INDEX "ix_report_issues_rule_version_id" ON "report_issues" ("rule", "version_id") ';

const SQLITE = [
  ...KEYS.flatMap(([table, key]) => sqliteCopy(table, (columns) => `${columns}, PRIMARY KEY ("version_id", "${key}")`)),
  ISSUES_BY_RULE,
];

const SQLITE_DOWN = [
  ...KEYS.flatMap(([table, key]) => [
    ...sqliteCopy(table, (columns) => `"id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, ${columns}`),
    `CREATE UNIQUE INDEX "uq_${table}_version_id_${key}" ON "${table}" ("version_id", "${key}") `,
  ]),
  ISSUES_BY_RULE,
];

const statementsFor = (queryRunner: QueryRunner, sqlite: readonly string[], mysql: readonly string[]) =>
  queryRunner.connection.driver.options.type === 'better-sqlite3' ? sqlite : mysql;

export class NaturalKeys1769100000000 implements MigrationInterface {
  name = 'NaturalKeys1769100000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    for (const sql of statementsFor(queryRunner, SQLITE, MYSQL)) await queryRunner.query(sql);
  }

  /** The generated ids come back numbered afresh. */
  async down(queryRunner: QueryRunner): Promise<void> {
    for (const sql of statementsFor(queryRunner, SQLITE_DOWN, MYSQL_DOWN)) await queryRunner.query(sql);
  }
}
