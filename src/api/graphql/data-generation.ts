import { DataSource, EntityTarget, ObjectLiteral } from 'typeorm';
import { AuditEvent, ReportVersion, RubricVersion } from '../../../entities';
import { SqlNames } from '../../answers/analytics/compare/sql-names';

/**
 * Tables that only ever grow, one row per write of a kind, so that the largest id of each
 * changes with every write that changes an answer, whoever made it:
 * - report_versions: every upload, through GraphQL, the CLI (`ingest`), the demo loader or a
 *   bulk load, stores a version, in the transaction that stores its rows and carry-over findings;
 * - audit_events: every mutation (reviews, rubric edits, tokens) leaves an event once it has
 *   committed (audit-plugin.ts), as does a mutation refused for a bad token;
 * - rubric_versions: rubrics are also stored without a mutation, by the demo seeding of a
 *   starting hub and by the benchmark's dataset, so they count on their own.
 * Regions are loaded once, before a hub serves, and never change under it.
 */
const GROWING: readonly EntityTarget<ObjectLiteral>[] = [ReportVersion, AuditEvent, RubricVersion];

function generationSql(dataSource: DataSource): string {
  const names = new SqlNames(dataSource);
  const latest = GROWING.map((entity, index) => `(SELECT MAX(${names.column(entity, 'id')}) FROM ${names.table(entity)}) AS g${index}`);
  return `SELECT ${latest.join(', ')}`;
}

/**
 * Which state of the data an answer was computed on, as text: equal generations hold equal
 * data. One statement, through `dataSource` (a replica's connection when the operation reads
 * one), answered from the primary keys' indexes.
 */
export async function dataGeneration(dataSource: DataSource): Promise<string> {
  const [row] = await dataSource.query<Record<string, number | string | null>[]>(generationSql(dataSource));
  return GROWING.map((_, index) => String(row[`g${index}`] ?? 0)).join('.');
}
