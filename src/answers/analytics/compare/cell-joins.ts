import { EntityTarget, ObjectLiteral } from 'typeorm';
import { ApplicationCount, CaseOutcome, DisclosureItem, PublicationCount } from '../../../../entities';
import type { CellSource } from '../metrics/formula';
import type { SqlNames } from './sql-names';
import type { SqlParams } from './sql-params';

interface SourceTable {
  entity: EntityTarget<ObjectLiteral>;
  /** The property that tells a version's rows apart: unique together with versionId. */
  discriminator: string;
}

function sourceTable(table: CellSource['table']): SourceTable {
  switch (table) {
    case 'disclosureItems':
      return { entity: DisclosureItem, discriminator: 'item' };
    case 'applicationCounts':
      return { entity: ApplicationCount, discriminator: 'rowKey' };
    case 'caseOutcomes':
      return { entity: CaseOutcome, discriminator: 'caseGroup' };
    case 'publicationCounts':
      return { entity: PublicationCount, discriminator: 'metric' };
    default: {
      const unknown: never = table;
      throw new Error(`unknown source table ${String(unknown)}`);
    }
  }
}

/**
 * The row tables a statement reads: one LEFT JOIN per distinct (table, discriminator), e.g.
 * application_counts s0 ON s0.version_id = … AND s0.row_key = 'newReceived'. Each join hits
 * the table's unique (version_id, discriminator) index, so a township-year stays one row
 * however many cells are read from the same table row.
 */
export class CellJoins {
  private readonly joins = new Map<string, { alias: string; source: CellSource }>();

  constructor(private readonly names: SqlNames) {}

  /** The SQL of a cell, joining its table row on first use. */
  cell(source: CellSource): string {
    const id = `${source.table}:${source.key}`;
    let join = this.joins.get(id);
    if (!join) {
      join = { alias: `s${this.joins.size}`, source };
      this.joins.set(id, join);
    }
    return `${join.alias}.${this.names.column(sourceTable(source.table).entity, source.column)}`;
  }

  /** The joins of every cell asked for so far, onto the report version `versionId` (SQL). */
  sql(versionId: string, params: SqlParams): string[] {
    return [...this.joins.values()].map(({ alias, source }) => {
      const { entity, discriminator } = sourceTable(source.table);
      const column = (property: string) => `${alias}.${this.names.column(entity, property)}`;
      return (
        `LEFT JOIN ${this.names.table(entity)} ${alias} ON ${column('versionId')} = ${versionId}` +
        ` AND ${column(discriminator)} = ${params.bind(source.key)}`
      );
    });
  }
}
