import { DataSource, EntityTarget, ObjectLiteral } from 'typeorm';
import { sql, type Sql } from './sql';

/**
 * Table and column names for hand-written SQL, taken from the entities' metadata and quoted
 * by the driver: identifiers come from the schema's own definitions, never from a request.
 */
export class SqlNames {
  constructor(private readonly dataSource: DataSource) {}

  /** A name of the schema's own (the read model's layout, a region level's column). */
  quote(name: string): Sql {
    return sql.identifier(name, this.dataSource.driver);
  }

  /**
   * Makes MariaDB read a table through `index` (FORCE INDEX), where its optimizer would take
   * the primary key for a range both can serve; SQLite's planner already prefers a covering
   * index, so nothing there.
   */
  forceIndex(index: string): Sql {
    return this.dataSource.driver.options.type === 'better-sqlite3' ? sql`` : sql` FORCE INDEX (${this.quote(index)})`;
  }

  table(entity: EntityTarget<ObjectLiteral>): Sql {
    return this.quote(this.dataSource.getMetadata(entity).tableName);
  }

  column(entity: EntityTarget<ObjectLiteral>, property: string): Sql {
    const metadata = this.dataSource.getMetadata(entity);
    const column = metadata.findColumnWithPropertyName(property);
    if (!column) throw new Error(`${metadata.name} has no column ${property}`);
    return this.quote(column.databaseName);
  }
}
