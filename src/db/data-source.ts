import fs from 'node:fs';
import path from 'node:path';
import mysql from 'mysql2/promise';
import { DataSource, DataSourceOptions } from 'typeorm';
import { ENTITIES } from '../../entities';
import { DatabaseConfig } from '../config';
import { MIGRATIONS } from './migrations';
import { SnakeNamingStrategy } from './naming-strategy';
import { SqlCountingLogger } from './sql-counter';

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
 * With replicas, TypeORM sends writes and everything inside a transaction to the master and
 * spreads other reads over the replicas (uploads read and write in one transaction, so they
 * never read a lagging replica).
 */
export function mysqlServers(config: { url: string; replicaUrls?: string[] }): { url: string } | { replication: { master: { url: string }; slaves: { url: string }[] } } {
  if (!config.replicaUrls?.length) return { url: config.url };
  return { replication: { master: { url: config.url }, slaves: config.replicaUrls.map((url) => ({ url })) } };
}

function driverOptions(config: DatabaseConfig, flavour: 'mysql' | 'mariadb'): DataSourceOptions {
  switch (config.kind) {
    case 'sqlite':
      return {
        type: 'better-sqlite3',
        database: config.file,
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
  } as DataSourceOptions);
}

/** Connects and brings the schema up to date. */
export async function openDatabase(config: DatabaseConfig): Promise<DataSource> {
  const dataSource = await createDataSource(config);
  await dataSource.initialize();
  await dataSource.runMigrations({ transaction: 'each' });
  return dataSource;
}
