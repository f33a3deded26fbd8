import mysql from 'mysql2/promise';
import { DataSource } from 'typeorm';
import { DatabaseConfig, parseDatabaseUrl } from '../src/storage/db/database-config';
import { openDatabase } from '../src/storage/db/data-source';
import { loadRegionsIfEmpty } from '../src/storage/store/region-store';

/** The MariaDB server the benchmark uses (BENCH_DATABASE_URL; its database is created when missing). */
export const BENCH_MYSQL_URL = process.env.BENCH_DATABASE_URL ?? 'mysql://root@127.0.0.1:3306/hub_bench';

/** The same server, another database: `hub_bench` → `hub_bench_<suffix>`. */
export function mysqlDatabaseUrl(suffix: string | null): string {
  const url = new URL(BENCH_MYSQL_URL);
  if (suffix) url.pathname = `${url.pathname}_${suffix}`;
  return url.toString();
}

/** Creates the database (dropping it first when `fresh`), migrates it and loads the region tree. */
export async function openBenchDatabase(config: DatabaseConfig, fresh: boolean): Promise<DataSource> {
  if (config.kind === 'mysql') {
    const url = new URL(config.url);
    const name = url.pathname.slice(1);
    url.pathname = '/';
    const admin = await mysql.createConnection(url.toString());
    if (fresh) await admin.query(`DROP DATABASE IF EXISTS \`${name}\``);
    await admin.query(`CREATE DATABASE IF NOT EXISTS \`${name}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`);
    await admin.end();
  }
  const dataSource = await openDatabase(config);
  await loadRegionsIfEmpty(dataSource);
  return dataSource;
}

export const mysqlConfig = (suffix: string | null): DatabaseConfig => parseDatabaseUrl(mysqlDatabaseUrl(suffix));
