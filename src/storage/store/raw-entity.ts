import type { DataSource, EntityManager, EntityMetadata, EntityTarget, ObjectLiteral } from 'typeorm';
import { sql, type ConstantText, type Sql } from '../db/sql';

/**
 * A statement written by hand, run and read as raw rows: a hot reader (an assessment) whose
 * TypeORM query builder (its alias rewriting of the whole text) and entity mapping took more of
 * its CPU than the statement. Identifiers come from the entities' metadata, values are bound.
 */
export async function rawRows<T>(manager: EntityManager, statement: Sql): Promise<T[]> {
  const { sql: text, params } = sql.statement(statement);
  return manager.query<T[]>(text, params);
}

/** The select lists made so far, per entity and alias|prefix: a hot reader (the assessment) asks for the same ones on every request. */
const selectLists = new WeakMap<EntityMetadata, Map<string, readonly Sql[]>>();

/**
 * Every column of `target` under `alias`, each selected as `prefix` and its database name:
 * what rawEntityReader reads back (prefixes tell apart the tables of one statement).
 */
export function rawEntityColumns<A extends string>(
  dataSource: DataSource,
  target: EntityTarget<ObjectLiteral>,
  alias: ConstantText<A>,
  prefix: string,
): readonly Sql[] {
  const metadata = dataSource.getMetadata(target);
  let lists = selectLists.get(metadata);
  if (!lists) selectLists.set(metadata, (lists = new Map<string, readonly Sql[]>()));
  const key = `${alias}|${prefix}`;
  let list = lists.get(key);
  if (!list) {
    const quote = (name: string) => sql.identifier(name, dataSource.driver);
    list = metadata.columns.map(
      (column) => sql`${sql.constant(alias)}.${quote(column.databaseName)} AS ${quote(`${prefix}${column.databaseName}`)}`,
    );
    lists.set(key, list);
  }
  return list;
}

/**
 * An entity made from a raw row that selected its columns with rawEntityColumns, each value
 * hydrated by the driver as TypeORM's own mapping does (dates, booleans, transformers): for a
 * hot reader that builds its statement by hand, where TypeORM's query builder and row mapping
 * cost more than the statement. Columns only, no relations; the metadata is looked up once
 * per reader, not per row.
 */
export function rawEntityReader<T extends ObjectLiteral>(
  dataSource: DataSource,
  target: EntityTarget<T>,
  prefix: string,
): (raw: Readonly<Record<string, unknown>>) => T {
  const metadata = dataSource.getMetadata(target);
  const columns = metadata.columns.map((column) => ({ column, name: `${prefix}${column.databaseName}` }));
  return (raw) => {
    const entity = metadata.create() as T;
    for (const { column, name } of columns) column.setEntityValue(entity, dataSource.driver.prepareHydratedValue(raw[name], column));
    return entity;
  };
}
