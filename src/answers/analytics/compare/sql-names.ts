import { DataSource, EntityTarget, ObjectLiteral } from 'typeorm';

/**
 * Table and column names for hand-written SQL, taken from the entities' metadata and quoted
 * by the driver: identifiers come from the schema's own definitions, never from a request.
 */
export class SqlNames {
  constructor(private readonly dataSource: DataSource) {}

  quote(name: string): string {
    return this.dataSource.driver.escape(name);
  }

  table(entity: EntityTarget<ObjectLiteral>): string {
    return this.quote(this.dataSource.getMetadata(entity).tableName);
  }

  column(entity: EntityTarget<ObjectLiteral>, property: string): string {
    const metadata = this.dataSource.getMetadata(entity);
    const column = metadata.findColumnWithPropertyName(property);
    if (!column) throw new Error(`${metadata.name} has no column ${property}`);
    return this.quote(column.databaseName);
  }
}
