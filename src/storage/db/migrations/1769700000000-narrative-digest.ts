import { MigrationInterface, QueryRunner } from 'typeorm';
import { NarrativeSection, ReportVersion } from '../../../../entities';
import { narrativeDigest } from '../../../reading/template/narrative';
import { narrativeSectionsOf, type Sections } from '../narrative-sections';
import { copiedColumns } from '../report-values-copy';
import { sql } from '../sql';
import { addReadModelColumns, dropReadModelColumns } from './added-columns';

/** Its own list, as the other fact migrations keep theirs. */
const FACTS = [{ column: 'narrative_digest', property: 'narrativeDigest', sqliteType: 'varchar(44)', mysqlType: 'varchar(44)' }];

/** Versions whose digests one UPDATE sets: three bound values each. */
const VERSIONS_PER_STATEMENT = 500;

/**
 * Each version's narrative digest (src/reading/template/narrative.ts), on report_versions and
 * in the read model beside the version's other facts: an assessment then reads its reports'
 * digests instead of their texts, and reads a text only when its similarity has not shingled
 * it yet. The digests of the versions already stored are computed here from their sections,
 * as the writer computes them from a new version's.
 */
export class NarrativeDigest1769700000000 implements MigrationInterface {
  name = 'NarrativeDigest1769700000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const { connection } = queryRunner;
    const quote = (name: string) => connection.driver.escape(name);
    const versions = connection.getMetadata(ReportVersion);
    const digest = versions.findColumnWithPropertyName('narrativeDigest')!.databaseName;
    await queryRunner.query(`ALTER TABLE ${quote(versions.tableName)} ADD COLUMN ${quote(digest)} varchar(44) NULL`);
    for await (const batch of sectionsByVersion(queryRunner)) {
      const digests = [...batch].flatMap(([id, sections]) => {
        const value = narrativeDigest({ sections });
        return value === null ? [] : [[id, value] as const];
      });
      if (!digests.length) continue;
      const id = quote(versions.primaryColumns[0].databaseName);
      await queryRunner.query(
        `UPDATE ${quote(versions.tableName)} SET ${quote(digest)} = CASE ${id} ${digests.map(() => 'WHEN ? THEN ?').join(' ')} END WHERE ${id} IN (${digests.map(() => '?').join(', ')})`,
        [...digests.flat(), ...digests.map(([versionId]) => versionId)],
      );
    }
    await addReadModelColumns(queryRunner, FACTS, copiedColumns(connection, ReportVersion, { key: 'id', through: 'version_id' }, FACTS));
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await dropReadModelColumns(queryRunner, FACTS);
    const versions = queryRunner.connection.getMetadata(ReportVersion);
    await queryRunner.dropColumn(versions.tableName, versions.findColumnWithPropertyName('narrativeDigest')!.databaseName);
  }
}

/** The stored sections of every version that has any, VERSIONS_PER_STATEMENT versions at a time, in id order. */
async function* sectionsByVersion(queryRunner: QueryRunner): AsyncGenerator<Map<number, Sections>> {
  const quote = (name: string) => queryRunner.connection.driver.escape(name);
  const metadata = queryRunner.connection.getMetadata(NarrativeSection);
  const column = (property: string) => quote(metadata.findColumnWithPropertyName(property)!.databaseName);
  const table = quote(metadata.tableName);
  let after = 0;
  for (;;) {
    const ids = await queryRunner.manager.query<{ id: number | string }[]>(
      `SELECT DISTINCT ${column('versionId')} AS id FROM ${table} WHERE ${column('versionId')} > ? ORDER BY ${column('versionId')} LIMIT ${VERSIONS_PER_STATEMENT}`,
      [after],
    );
    if (!ids.length) return;
    const last = Number(ids[ids.length - 1].id);
    yield await narrativeSectionsOf(
      queryRunner.manager,
      (versionId) => sql`${versionId} > ${sql.value(after)} AND ${versionId} <= ${sql.value(last)}`,
    );
    after = last;
  }
}
