import { MigrationInterface, QueryRunner } from 'typeorm';
import { REPORT_VALUES_TABLE, REPORT_VALUES_TOWNSHIP_KEY } from '../report-values-layout';

const PROVINCE_INDEX = `ix_${REPORT_VALUES_TABLE}_province_code_year`;

/** The regions' index of a province's townships, before and after it covers what a comparison reads. */
const REGION_INDEXES = {
  old: { name: 'ix_regions_level_province_code', columns: ['level', 'province_code'] },
  covering: {
    name: 'ix_regions_level_province_code_covering',
    columns: ['level', 'province_code', 'city_code', 'county_code', 'valid_from', 'valid_to'],
  },
};

/**
 * A province's comparison read as ranges, on MariaDB:
 *
 * - the read model clustered by (year, province_code, township_code): a province's rows of a
 *   year are one range of the primary key, read in place, where its (province_code, year)
 *   index cost a primary-key descent per row (three times the range read, measured on
 *   浙江省). That index is gone, the key serves it; (year, township_code) stays unique, the
 *   key of a single report's row. A township always has a province (region-seed.ts), so the
 *   column is NOT NULL. SQLite keeps its WITHOUT ROWID table as built: changing its key means
 *   rebuilding the table from a column list that later cells would make stale.
 * - the regions' index of a province's townships holds their ancestors and years of
 *   validity (both databases): the townships are read from the index alone, not by a
 *   primary-key descent each.
 */
export class ReportValuesByProvince1769000000000 implements MigrationInterface {
  name = 'ReportValuesByProvince1769000000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await this.regionIndex(queryRunner, REGION_INDEXES.old, REGION_INDEXES.covering);
    if (queryRunner.connection.driver.options.type === 'better-sqlite3') return;
    await queryRunner.query(
      [
        `ALTER TABLE \`${REPORT_VALUES_TABLE}\` MODIFY \`province_code\` varchar(12) NOT NULL,`,
        'DROP PRIMARY KEY, ADD PRIMARY KEY (`year`, `province_code`, `township_code`),',
        `ADD UNIQUE KEY \`${REPORT_VALUES_TOWNSHIP_KEY}\` (\`year\`, \`township_code\`), DROP INDEX \`${PROVINCE_INDEX}\``,
      ].join(' '),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await this.regionIndex(queryRunner, REGION_INDEXES.covering, REGION_INDEXES.old);
    if (queryRunner.connection.driver.options.type === 'better-sqlite3') return;
    await queryRunner.query(
      [
        `ALTER TABLE \`${REPORT_VALUES_TABLE}\` DROP PRIMARY KEY, ADD PRIMARY KEY (\`year\`, \`township_code\`),`,
        `DROP INDEX \`${REPORT_VALUES_TOWNSHIP_KEY}\`, ADD INDEX \`${PROVINCE_INDEX}\` (\`province_code\`, \`year\`),`,
        'MODIFY `province_code` varchar(12) NULL',
      ].join(' '),
    );
  }

  private async regionIndex(queryRunner: QueryRunner, from: { name: string }, to: { name: string; columns: string[] }) {
    const quote = (name: string) => queryRunner.connection.driver.escape(name);
    await queryRunner.dropIndex('regions', from.name);
    await queryRunner.query(`CREATE INDEX ${quote(to.name)} ON ${quote('regions')} (${to.columns.map(quote).join(', ')})`);
  }
}
