import type { DataSource, EntityTarget, ObjectLiteral } from 'typeorm';
import { REPORT_VALUES_TABLE } from './report-values-layout';
import { sql, type Sql } from './sql';

/** A read model column that holds a property of another table's row. */
export interface CopiedColumn {
  column: string;
  property: string;
}

/**
 * The SET list of an UPDATE of the read model that copies `columns` from the row of `entity`
 * whose `key` property equals the read model's `through` column: one correlated subquery per
 * column, by that table's primary key. The migrations that add columns and a region import's
 * rewrite share it; identifiers come from entity metadata and the lists, nothing is bound.
 */
export function copiedColumns(
  connection: DataSource,
  entity: EntityTarget<ObjectLiteral>,
  { key, through }: { key: string; through: string },
  columns: readonly CopiedColumn[],
): Sql {
  const quote = (name: string) => sql.identifier(name, connection.driver);
  const metadata = connection.getMetadata(entity);
  const column = (property: string) => quote(metadata.findColumnWithPropertyName(property)!.databaseName);
  const table = quote(REPORT_VALUES_TABLE);
  return sql.join(
    columns.map(
      (copied) =>
        sql`${quote(copied.column)} = (SELECT s.${column(copied.property)} FROM ${quote(metadata.tableName)} s WHERE s.${column(key)} = ${table}.${quote(through)})`,
    ),
    sql`, `,
  );
}
