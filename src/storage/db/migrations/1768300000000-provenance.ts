import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Provenance of every version: how it came (a township's UPLOAD or a REPARSE of the same
 * document), the parser version that read it (0: read before it was recorded, so `reparse`
 * reads every earlier version again), the newest parser that re-read it without change, and
 * where each cell was read (gzipped JSON). Columns added in place on both databases: copying
 * the table, as TypeORM's schema builder does on SQLite, would rewrite every stored document.
 */
const COLUMNS = {
  mysql: [
    "`origin` varchar(10) NOT NULL DEFAULT 'UPLOAD'",
    "`parser_version` int NOT NULL DEFAULT '0'",
    '`reread_parser_version` int NULL',
    '`cell_sources` longblob NULL',
  ],
  sqlite: [
    `"origin" varchar(10) NOT NULL DEFAULT ('UPLOAD')`,
    '"parser_version" integer NOT NULL DEFAULT (0)',
    '"reread_parser_version" integer',
    '"cell_sources" blob',
  ],
};

const NAMES = ['origin', 'parser_version', 'reread_parser_version', 'cell_sources'];

export class Provenance1768300000000 implements MigrationInterface {
  name = 'Provenance1768300000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const sqlite = queryRunner.connection.driver.options.type === 'better-sqlite3';
    const table = sqlite ? '"report_versions"' : '`report_versions`';
    for (const column of sqlite ? COLUMNS.sqlite : COLUMNS.mysql) await queryRunner.query(`ALTER TABLE ${table} ADD ${column}`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const name of NAMES) await queryRunner.dropColumn('report_versions', name);
  }
}
