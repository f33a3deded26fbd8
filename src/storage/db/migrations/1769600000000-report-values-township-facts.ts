import { MigrationInterface, QueryRunner } from 'typeorm';
import { Region } from '../../../../entities';
import { copiedColumns } from '../report-values-copy';
import { addReadModelColumns, dropReadModelColumns } from './added-columns';

/** The facts this migration adds: its own list, so that a fact added to the layout later needs a migration of its own. */
const FACTS = [
  { column: 'township_valid_from', property: 'validFrom', sqliteType: 'integer', mysqlType: 'int' },
  { column: 'township_valid_to', property: 'validTo', sqliteType: 'integer', mysqlType: 'int' },
];

/**
 * The read model carries its township's years of validity (report-values-layout.ts
 * TOWNSHIP_FACTS), filled here from the regions for the reports already stored: a comparison
 * of counties, cities or provinces then counts a report whose township was valid that year
 * from the row alone, instead of joining every township-year of the regions to the read model.
 */
export class ReportValuesTownshipFacts1769600000000 implements MigrationInterface {
  name = 'ReportValuesTownshipFacts1769600000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const fill = copiedColumns(queryRunner.connection, Region, { key: 'code', through: 'township_code' }, FACTS);
    await addReadModelColumns(queryRunner, FACTS, fill);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await dropReadModelColumns(queryRunner, FACTS);
  }
}
