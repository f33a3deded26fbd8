import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import mysql from 'mysql2/promise';
import { DataSource } from 'typeorm';
import { AuditEvent, ENTITIES } from '../../entities';
import { DatabaseConfig, parseDatabaseUrl } from '../../src/storage/db/database-config';
import { openDatabase } from '../../src/storage/db/data-source';
import { REPORT_VALUES_TABLE } from '../../src/storage/db/report-values-layout';
import { RegionSeed, loadRegionSeed } from '../../src/storage/store/region-seed';
import { loadRegionsIfEmpty } from '../../src/storage/store/region-store';

/**
 * Every database test runs on the database DATABASE_URL names: SQLite by default, MariaDB
 * or MySQL when it is mysql://… (CI runs the suite on both). Each test file gets a fresh,
 * empty database of its own, with the schema built by the migrations.
 */
export const TEST_DATABASE_KIND = parseDatabaseUrl(process.env.DATABASE_URL).kind;

let counter = 0;

async function freshMysqlDatabase(url: string): Promise<DatabaseConfig> {
  const parsed = new URL(url);
  const base = parsed.pathname.replace(/^\//, '') || 'hub_test';
  // The counter starts again in every test file (jest loads this module afresh for each): the
  // random part keeps a file from dropping a database an earlier file left open after a timeout,
  // which would wait for that file's open transaction and stall every file after it.
  const name = `${base}_${process.env.JEST_WORKER_ID ?? 0}_${process.pid}_${counter++}_${randomBytes(3).toString('hex')}`;
  const admin = await mysql.createConnection({
    host: parsed.hostname,
    port: Number(parsed.port || 3306),
    user: decodeURIComponent(parsed.username),
    password: decodeURIComponent(parsed.password),
  });
  await admin.query(`DROP DATABASE IF EXISTS \`${name}\``);
  await admin.query(`CREATE DATABASE \`${name}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`);
  await admin.end();
  parsed.pathname = `/${name}`;
  return { kind: 'mysql', url: parsed.toString() };
}

function freshSqliteFile(): DatabaseConfig {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hub-test-'));
  return { kind: 'sqlite', file: path.join(dir, 'hub.sqlite') };
}

export interface TestDatabase {
  dataSource: DataSource;
  /** Where it is, for a second connection to the same database. */
  config: DatabaseConfig;
  close(): Promise<void>;
}

/** Where a fresh, empty test database is (made for MariaDB/MySQL, a new file's path for SQLite), not yet opened. */
export function freshTestDatabaseConfig(): Promise<DatabaseConfig> {
  return TEST_DATABASE_KIND === 'mysql' ? freshMysqlDatabase(process.env.DATABASE_URL!) : Promise.resolve(freshSqliteFile());
}

/** Drops the database `dataSource` has open at `config` and closes it. */
export async function removeTestDatabase(config: DatabaseConfig, dataSource: DataSource): Promise<void> {
  if (config.kind === 'mysql') await dataSource.query(`DROP DATABASE \`${new URL(config.url).pathname.slice(1)}\``);
  await dataSource.destroy();
  if (config.kind === 'sqlite') fs.rmSync(path.dirname(config.file), { recursive: true, force: true });
}

export async function openTestDatabase(): Promise<TestDatabase> {
  const config = await freshTestDatabaseConfig();
  const dataSource = await openDatabase(config);
  return { dataSource, config, close: () => removeTestDatabase(config, dataSource) };
}

let seed: RegionSeed[] | undefined;

/** Loads the regions whose codes start with one of `prefixes` (default 浙江省, 33): enough for most tests, and fast. */
export async function seedRegions(dataSource: DataSource, prefixes: readonly string[] = ['33']): Promise<void> {
  seed ??= loadRegionSeed();
  await loadRegionsIfEmpty(dataSource, () => seed!.filter((region) => prefixes.some((prefix) => region.code.startsWith(prefix))));
}

/**
 * Undoes the newest migrations down to the one named, that one included: a test of a
 * migration's down and up over stored data, whatever migrations came after it.
 */
export async function undoMigrationsThrough(dataSource: DataSource, name: string): Promise<void> {
  const quote = (identifier: string) => dataSource.driver.escape(identifier);
  const executed = async () =>
    (await dataSource.query<{ name: string }[]>(`SELECT ${quote('name')} FROM ${quote('migrations')}`)).some((row) => row.name === name);
  while (await executed()) await dataSource.undoLastMigration();
}

/**
 * Row counts of every table an upload writes, to check that a refused or failed upload left
 * nothing behind. The audit log is left out: it records refused mutations too, by design.
 */
export async function storedRowCounts(dataSource: DataSource): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const entity of ENTITIES.filter((entity) => entity !== AuditEvent))
    counts[entity.name] = await dataSource.getRepository(entity).count();
  // The read model has no entity: its rows are counted by hand.
  const [readModel] = await dataSource.query<{ n: number | string }[]>(
    `SELECT COUNT(*) AS n FROM ${dataSource.driver.escape(REPORT_VALUES_TABLE)}`,
  );
  counts[REPORT_VALUES_TABLE] = Number(readModel.n);
  return counts;
}
