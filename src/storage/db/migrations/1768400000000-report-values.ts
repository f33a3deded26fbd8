import { MigrationInterface, QueryRunner } from 'typeorm';
import { reportValuesFill } from '../report-values-fill';
import {
  ISSUE_COUNT_SEVERITIES,
  REGION_CODE_COLUMNS,
  REPORT_VALUES_TABLE,
  VALUE_CELLS,
  VALUE_ROWS,
  issueCountColumn,
} from '../report-values-layout';

type Dialect = 'mysql' | 'sqlite';

/** Column types per database: the same words the entity tables were built with. */
const TYPES: Record<Dialect, Record<'code' | 'int' | 'double' | 'flag', string>> = {
  mysql: { code: 'varchar(12)', int: 'int', double: 'double', flag: 'tinyint' },
  sqlite: { code: 'varchar(12)', int: 'integer', double: 'double', flag: 'integer' },
};

function columnsSql(dialect: Dialect, quote: (name: string) => string): string[] {
  const type = TYPES[dialect];
  return [
    `${quote('year')} ${type.int} NOT NULL`,
    `${quote('township_code')} ${type.code} NOT NULL`,
    ...REGION_CODE_COLUMNS.map((name) => `${quote(name)} ${type.code} NULL`),
    `${quote('report_id')} ${type.int} NOT NULL`,
    `${quote('version_id')} ${type.int} NOT NULL`,
    ...ISSUE_COUNT_SEVERITIES.map((severity) => `${quote(issueCountColumn(severity))} ${type.int} NOT NULL`),
    ...VALUE_CELLS.map((cell) => `${quote(cell.column)} ${type[cell.type]} NULL`),
    ...VALUE_ROWS.map((row) => `${quote(row.column)} ${type.flag} NOT NULL`),
  ];
}

/** A region filter is an equality on one level's code and a range of years: an index range. */
const indexName = (column: string) => `ix_${REPORT_VALUES_TABLE}_${column}_year`;

/**
 * The read model of current values (src/storage/db/report-values-layout.ts), clustered by
 * (year, township_code) on both databases (InnoDB's primary key, SQLite WITHOUT ROWID), and
 * filled from the reports already stored. Its columns are the layout's list as it is when
 * this runs; a cell added to the templates later needs a migration of its own.
 */
export class ReportValues1768400000000 implements MigrationInterface {
  name = 'ReportValues1768400000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const { connection } = queryRunner;
    const dialect: Dialect = connection.driver.options.type === 'better-sqlite3' ? 'sqlite' : 'mysql';
    const quote = (name: string) => connection.driver.escape(name);
    const key = `PRIMARY KEY (${quote('year')}, ${quote('township_code')})`;
    const columns = [...columnsSql(dialect, quote), key].join(', ');
    const table = quote(REPORT_VALUES_TABLE);
    await queryRunner.query(`CREATE TABLE ${table} (${columns}) ${dialect === 'sqlite' ? 'WITHOUT ROWID' : 'ENGINE=InnoDB'}`);
    for (const column of REGION_CODE_COLUMNS) {
      await queryRunner.query(`CREATE INDEX ${quote(indexName(column))} ON ${table} (${quote(column)}, ${quote('year')})`);
    }
    // The version's and the township's facts came with later migrations (1769400000000,
    // 1769600000000), which fill them.
    const fill = reportValuesFill(connection, { cells: VALUE_CELLS, versionFacts: [], townshipFacts: [] }, null);
    await queryRunner.query(fill.sql, fill.params);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable(REPORT_VALUES_TABLE);
  }
}
