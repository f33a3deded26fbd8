import fs from 'node:fs';
import path from 'node:path';
import mysql from 'mysql2/promise';
import { DataSource, DataSourceOptions, QueryRunner } from 'typeorm';
import { ENTITIES } from '../../../entities';
import { DatabaseConfig } from './database-config';
import { MIGRATIONS } from './migrations';
import { SnakeNamingStrategy } from './naming-strategy';
import { SqlCountingLogger } from './sql-counter';
import { retryReadsOnLostConnection } from './read-retry';
import { SQLITE_BUSY_TIMEOUT_MS, retryBusyStatements } from './sqlite-busy';

/**
 * MariaDB and MySQL speak the same protocol, but TypeORM reads their catalogues differently
 * (MariaDB reports a nullable column's default as the text NULL), so it must know which one
 * a mysql:// URL reaches. Asking the server is the only reliable way.
 */
async function mysqlFlavour(url: string): Promise<'mysql' | 'mariadb'> {
  const connection = await mysql.createConnection(url);
  try {
    const [rows] = await connection.query('SELECT VERSION() AS version');
    return /mariadb/i.test(String((rows as { version: string }[])[0].version)) ? 'mariadb' : 'mysql';
  } finally {
    await connection.end();
  }
}

/**
 * With replicas, TypeORM writes to the master and reads only where it is told: `defaultMode:
 * 'master'` makes finds and query builders read the master too (TypeORM's default sends them
 * to a replica, while raw SQL, which most reports and comparisons are, always goes to the
 * master). Reading the master by default keeps every read-after-write right (a mutation's
 * answer, an upload, the CLI); GraphQL query operations read a replica through
 * `readingThrough`, on purpose.
 */
export function mysqlServers(config: {
  url: string;
  replicaUrls?: string[];
}): { url: string } | { replication: { master: { url: string }; slaves: { url: string }[]; defaultMode: 'master' } } {
  if (!config.replicaUrls?.length) return { url: config.url };
  return { replication: { master: { url: config.url }, slaves: config.replicaUrls.map((url) => ({ url })), defaultMode: 'master' } };
}

/**
 * The data source as seen through one connection (`runner`): its manager, raw SQL and query
 * builders all run there, everything else is the data source's own. A query operation's
 * context holds it with a replica's connection, so resolvers, which read through
 * `dataSource.manager`, read the replica without knowing about it, and every statement of
 * one answer sees the same replica.
 */
export function readingThrough(dataSource: DataSource, runner: QueryRunner): DataSource {
  const { manager } = runner;
  return Object.create(dataSource, {
    manager: { value: manager },
    query: { value: (sql: string, parameters?: unknown[]) => manager.query(sql, parameters) },
    createQueryBuilder: { value: manager.createQueryBuilder.bind(manager) },
  }) as DataSource;
}

function driverOptions(config: DatabaseConfig, flavour: 'mysql' | 'mariadb'): DataSourceOptions {
  switch (config.kind) {
    case 'sqlite':
      return {
        type: 'better-sqlite3',
        database: config.file,
        // Waiting for a lock holds the event loop: a short wait here, the rest asynchronous (sqlite-busy.ts).
        timeout: SQLITE_BUSY_TIMEOUT_MS,
        // WAL lets readers go on while an upload writes.
        prepareDatabase: (db: { pragma(sql: string): unknown }) => {
          db.pragma('journal_mode = WAL');
          db.pragma('foreign_keys = ON');
        },
      };
    case 'mysql':
      return { type: flavour, ...mysqlServers(config), charset: 'utf8mb4_unicode_ci', timezone: 'Z', supportBigNumbers: true };
    default: {
      const unknown: never = config;
      throw new Error(`unknown database kind ${JSON.stringify(unknown)}`);
    }
  }
}

/** The one data source of the hub. The schema comes from migrations on every database. */
export async function createDataSource(config: DatabaseConfig): Promise<DataSource> {
  if (config.kind === 'sqlite' && config.file !== ':memory:') {
    fs.mkdirSync(path.dirname(config.file), { recursive: true });
  }
  const flavour = config.kind === 'mysql' ? await mysqlFlavour(config.url) : 'mysql';
  return new DataSource({
    ...driverOptions(config, flavour),
    entities: ENTITIES,
    migrations: MIGRATIONS,
    migrationsRun: false,
    synchronize: false,
    namingStrategy: new SnakeNamingStrategy(),
    logger: new SqlCountingLogger(),
  });
}

/**
 * Entities name their large columns `text` and `blob`, the types every engine knows. MySQL's
 * stop at 64 KB (a PDF report is larger, and a long narrative section can be), so there they
 * are LONGTEXT and LONGBLOB, as the migrations create them; SQLite's are unbounded already.
 * The choice is the data source's, so that importing an entity reads no environment.
 */
const MYSQL_LARGE_TYPES: Partial<Record<string, 'longtext' | 'longblob'>> = { text: 'longtext', blob: 'longblob' };

function widenLargeColumns(dataSource: DataSource): void {
  for (const entity of dataSource.entityMetadatas) {
    for (const column of entity.columns) column.type = MYSQL_LARGE_TYPES[String(column.type)] ?? column.type;
  }
}

/** Connects and brings the schema up to date. */
export async function openDatabase(config: DatabaseConfig): Promise<DataSource> {
  const dataSource = await createDataSource(config);
  await dataSource.initialize();
  retryBusyStatements(dataSource);
  retryReadsOnLostConnection(dataSource);
  if (config.kind === 'mysql') widenLargeColumns(dataSource);
  await dataSource.runMigrations({ transaction: 'each' });
  return dataSource;
}
