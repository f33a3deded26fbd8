import { MigrationInterface, QueryRunner } from 'typeorm';
import { ReportVersion } from '../../../../entities';
import { copiedColumns } from '../report-values-copy';
import { addReadModelColumns, dropReadModelColumns } from './added-columns';

/**
 * The facts this migration adds, with their types (those of report_versions' columns; a
 * `text` is LONGTEXT on MariaDB, as the migrations create it): its own list, so that a fact
 * added to the layout later needs a migration of its own and leaves this one as it ran.
 */
const FACTS = [
  { column: 'template', property: 'template', sqliteType: 'varchar(4)', mysqlType: 'varchar(4)' },
  { column: 'organization', property: 'organization', sqliteType: 'varchar(200)', mysqlType: 'varchar(200)' },
  { column: 'published_on', property: 'publishedOn', sqliteType: 'date', mysqlType: 'date' },
  { column: 'not_applicable', property: 'notApplicable', sqliteType: 'text', mysqlType: 'longtext' },
];

/**
 * The read model carries its current version's template, date, organization and cells not
 * applicable (report-values-layout.ts VERSION_FACTS), filled here from each row's version for
 * the reports already stored: an assessment then reads no report_versions row, whose documents
 * (438 MB for a province's 18,666 reports) pushed its pages out of a default buffer pool.
 */
export class ReportValuesVersionFacts1769400000000 implements MigrationInterface {
  name = 'ReportValuesVersionFacts1769400000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const fill = copiedColumns(queryRunner.connection, ReportVersion, { key: 'id', through: 'version_id' }, FACTS);
    await addReadModelColumns(queryRunner, FACTS, fill);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await dropReadModelColumns(queryRunner, FACTS);
  }
}
