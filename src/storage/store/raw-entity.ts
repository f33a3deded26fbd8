import type { DataSource, EntityTarget, ObjectLiteral } from 'typeorm';

/**
 * An entity made from a raw row that selected its columns by their database names with
 * `prefix` before them, each value hydrated by the driver as TypeORM's own mapping does
 * (dates, booleans, transformers): for a hot reader that builds its statement by hand, where
 * TypeORM's query builder and row mapping cost more than the statement. Columns only, no
 * relations; the metadata is looked up once per reader, not per row.
 */
export function rawEntityReader<T extends ObjectLiteral>(
  dataSource: DataSource,
  target: EntityTarget<T>,
  prefix = '',
): (raw: Readonly<Record<string, unknown>>) => T {
  const metadata = dataSource.getMetadata(target);
  const columns = metadata.columns.map((column) => ({ column, name: `${prefix}${column.databaseName}` }));
  return (raw) => {
    const entity = metadata.create() as T;
    for (const { column, name } of columns) column.setEntityValue(entity, dataSource.driver.prepareHydratedValue(raw[name], column));
    return entity;
  };
}
