import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Townships that change: the years a code is valid and what became of it (merged into,
 * renamed to, split from another code). Columns added in place on both databases, nullable:
 * every region loaded before is valid in every year, as the hub has treated it so far.
 */
const COLUMNS = {
  mysql: [
    '`valid_from` int NULL',
    '`valid_to` int NULL',
    '`merged_into` varchar(12) NULL',
    '`renamed_to` varchar(12) NULL',
    '`split_from` varchar(12) NULL',
  ],
  sqlite: [
    '"valid_from" integer',
    '"valid_to" integer',
    '"merged_into" varchar(12)',
    '"renamed_to" varchar(12)',
    '"split_from" varchar(12)',
  ],
};

/** A comparison finds a township's predecessors by these, for the rows it returns. */
const INDEXES = [
  ['ix_regions_merged_into', 'merged_into'],
  ['ix_regions_renamed_to', 'renamed_to'],
];

const NAMES = ['valid_from', 'valid_to', 'merged_into', 'renamed_to', 'split_from'];

export class RegionValidity1768600000000 implements MigrationInterface {
  name = 'RegionValidity1768600000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const sqlite = queryRunner.connection.driver.options.type === 'better-sqlite3';
    const table = sqlite ? '"regions"' : '`regions`';
    for (const column of sqlite ? COLUMNS.sqlite : COLUMNS.mysql) await queryRunner.query(`ALTER TABLE ${table} ADD ${column}`);
    for (const [index, column] of INDEXES) {
      const quote = (name: string) => queryRunner.connection.driver.escape(name);
      await queryRunner.query(`CREATE INDEX ${quote(index)} ON ${table} (${quote(column)})`);
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const [index] of INDEXES) await queryRunner.dropIndex('regions', index);
    for (const name of NAMES) await queryRunner.dropColumn('regions', name);
  }
}
