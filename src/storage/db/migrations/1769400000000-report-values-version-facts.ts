import { DataSource, MigrationInterface, QueryRunner } from 'typeorm';
import { ReportVersion } from '../../../../entities';
import { REPORT_VALUES_TABLE, type VersionFact } from '../report-values-layout';
import { sql, type Statement } from '../sql';

/**
 * The facts this migration adds, with their types (those of report_versions' columns; a
 * `text` is LONGTEXT on MariaDB, as the migrations create it): its own list, so that a fact
 * added to the layout later needs a migration of its own and leaves this one as it ran.
 */
const FACTS: readonly (VersionFact & { type: string; mysqlType?: string })[] = [
  { column: 'template', property: 'template', type: 'varchar(4)' },
  { column: 'organization', property: 'organization', type: 'varchar(200)' },
  { column: 'published_on', property: 'publishedOn', type: 'date' },
  { column: 'not_applicable', property: 'notApplicable', type: 'text', mysqlType: 'longtext' },
];

/** Each row's facts from its version, by the version's primary key: one correlated UPDATE. */
function factsFill(connection: DataSource): Statement {
  const quote = (name: string) => sql.identifier(name, connection.driver);
  const versions = connection.getMetadata(ReportVersion);
  const column = (property: string) => quote(versions.findColumnWithPropertyName(property)!.databaseName);
  const table = quote(REPORT_VALUES_TABLE);
  const sets = FACTS.map(
    (fact) =>
      sql`${quote(fact.column)} = (SELECT v.${column(fact.property)} FROM ${quote(versions.tableName)} v WHERE v.${column('id')} = ${table}.${quote('version_id')})`,
  );
  return sql.statement(sql`UPDATE ${table} SET ${sql.join(sets, sql`, `)}`);
}

/**
 * The read model carries its current version's template, date, organization and cells not
 * applicable (report-values-layout.ts VERSION_FACTS), filled here for the reports already
 * stored: an assessment then reads no report_versions row, whose documents (438 MB for a
 * province's 18,666 reports) pushed its pages out of a default buffer pool. The columns are
 * NULL-able because SQLite adds a NOT NULL column only with a default; the writer fills every
 * row from its version.
 */
export class ReportValuesVersionFacts1769400000000 implements MigrationInterface {
  name = 'ReportValuesVersionFacts1769400000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const { connection } = queryRunner;
    const escape = (name: string) => connection.driver.escape(name);
    const mysql = connection.driver.options.type !== 'better-sqlite3';
    for (const fact of FACTS) {
      const type = (mysql && fact.mysqlType) || fact.type;
      await queryRunner.query(`ALTER TABLE ${escape(REPORT_VALUES_TABLE)} ADD COLUMN ${escape(fact.column)} ${type} NULL`);
    }
    const fill = factsFill(connection);
    await queryRunner.query(fill.sql, fill.params);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    const escape = (name: string) => queryRunner.connection.driver.escape(name);
    for (const fact of [...FACTS].reverse()) {
      await queryRunner.query(`ALTER TABLE ${escape(REPORT_VALUES_TABLE)} DROP COLUMN ${escape(fact.column)}`);
    }
  }
}
