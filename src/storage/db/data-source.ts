import fs from 'node:fs';
import path from 'node:path';
import { DataSource, DataSourceOptions, QueryRunner } from 'typeorm';
import { ENTITIES } from '../../../entities';
import { DatabaseConfig } from './database-config';
import { withMigrationLock } from './migration-lock';
import { MIGRATIONS } from './migrations';
import { nodePoolDriver } from './node-pool';
import { ServerFacts, serverFacts } from './server-facts';
import { SnakeNamingStrategy } from './naming-strategy';
import { SqlCountingLogger } from './sql-counter';
import { retryReadsOnLostConnection } from './read-retry';
import { SQLITE_BUSY_TIMEOUT_MS, retryBusyStatements } from './sqlite-busy';

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

/**
 * What every connection to a Galera node sets:
 * - `wsrep_sync_wait = 1`: a node answers a read from what it has applied so far, which can be
 *   behind a write just committed through another node; this makes every read (SELECT, SHOW,
 *   START TRANSACTION) first wait for the writes the cluster had ordered when it began, so a
 *   query through any node, any hub, sees every write committed before it, as on one server.
 * - READ COMMITTED: an upload's locking read of a report row that does not exist yet takes a
 *   gap lock under REPEATABLE READ, and a write replicated from another node into that gap
 *   (the first report of the next township code) aborts the upload; under READ COMMITTED only
 *   rows are locked.
 */
export const GALERA_SESSION = ['SET SESSION wsrep_sync_wait = 1', 'SET SESSION TRANSACTION ISOLATION LEVEL READ COMMITTED'];

/**
 * The servers TypeORM connects to: one (with its replicas), or Galera nodes through a NodePool
 * (DATABASE_URL listing several hosts, or one host that is a Galera node), which sets the
 * session up on every connection and moves on to the next node when one dies.
 */
function mysqlConnections(config: Extract<DatabaseConfig, { kind: 'mysql' }>, facts: ServerFacts) {
  if (config.replicaUrls?.length || (!config.nodeUrls && !facts.galera)) return mysqlServers(config);
  const session = { statements: facts.galera ? GALERA_SESSION : [], galera: facts.galera };
  return { url: config.url, driver: nodePoolDriver(config.nodeUrls ?? [config.url], session) };
}

function driverOptions(config: DatabaseConfig, facts: ServerFacts): DataSourceOptions {
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
      return {
        type: facts.flavour,
        ...mysqlConnections(config, facts),
        charset: 'utf8mb4_unicode_ci',
        timezone: 'Z',
        supportBigNumbers: true,
        // mysql2's `trace` captures a stack for every statement, to put on an error from the
        // server: TypeORM's QueryFailedError has the caller's stack already, and each capture
        // costs more than building the statement.
        // mysql2 otherwise compiles a row reader per result shape (generated JavaScript with a
        // line per column). V8's optimizing compiler takes time steeply growing with the
        // columns on such a function: seconds at 100, never finishing at the ~300 of the read
        // model's rows (the assessment's). Its thread then spins for good, and Node, leaving,
        // waits for that thread: a hub asked for assessments never exited, even on
        // process.exit. The generic reader loops over the columns and compiles at once.
        extra: { trace: false, disableEval: true },
      };
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
  const facts = config.kind === 'mysql' ? await serverFacts(config.nodeUrls ?? [config.url]) : { flavour: 'mysql' as const, galera: false };
  return new DataSource({
    ...driverOptions(config, facts),
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
  await withMigrationLock(dataSource, () => dataSource.runMigrations({ transaction: 'each' }));
  return dataSource;
}
