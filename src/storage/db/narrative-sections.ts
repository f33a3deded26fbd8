import type { EntityManager } from 'typeorm';
import { NarrativeSection } from '../../../entities';
import type { ReportData } from '../../reading/template/report-data';
import { sql, type Sql } from './sql';
import { SqlNames } from './sql-names';

export type Sections = NonNullable<ReportData['sections']>;

/**
 * The narrative sections stored for the versions `which` picks (a condition on the column of
 * their version ids), by version id: what a narrative's digest or text is made of, for the
 * migration that computes the digests and for the assessment's similarity. One statement.
 */
export async function narrativeSectionsOf(manager: EntityManager, which: (versionId: Sql) => Sql): Promise<Map<number, Sections>> {
  const names = new SqlNames(manager.connection);
  const column = (property: string) => names.column(NarrativeSection, property);
  const selected = (['versionId', 'sectionKey', 'text'] as const).map((property) => sql`${column(property)} AS ${names.quote(property)}`);
  const { sql: text, params } = sql.statement(
    sql`SELECT ${sql.join(selected, sql`, `)} FROM ${names.table(NarrativeSection)} WHERE ${which(column('versionId'))}`,
  );
  const sections = new Map<number, Sections>();
  for (const row of await manager.query<{ versionId: number | string; sectionKey: string; text: string }[]>(text, params)) {
    const id = Number(row.versionId);
    sections.set(id, { ...sections.get(id), [row.sectionKey]: row.text });
  }
  return sections;
}
