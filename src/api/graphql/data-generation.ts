import { DataSource } from 'typeorm';
import { readGeneration } from '../../storage/store/data-generation';

/**
 * Which state of the data an answer was computed on, as text: equal generations hold equal
 * data. Every write that changes an answer counts itself in the generation, in its own
 * transaction (countWrite), whoever makes it and through whichever node:
 * - uploads, through GraphQL, the CLI (`ingest`), the demo loader or a bulk load, when they
 *   store a version (ingestReport, ingestReports);
 * - every mutation (reviews, rubric edits, tokens), through its audit event, once it has
 *   committed (audit-plugin.ts), as does a mutation refused for a bad token;
 * - rubric versions, also stored without a mutation by the demo seeding of a starting hub and
 *   by the benchmark's dataset.
 * Regions are loaded once, before a hub serves, and never change under it. Read through
 * `dataSource` (a replica's connection when the operation reads one); on a Galera node the
 * session's wsrep_sync_wait makes it include every write committed anywhere before it.
 */
export function dataGeneration(dataSource: DataSource): Promise<string> {
  return readGeneration(dataSource);
}
