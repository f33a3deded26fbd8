import { randomUUID } from 'node:crypto';
import os from 'node:os';
import { DataSource } from 'typeorm';

/**
 * Migrations run once however many hubs start together: each first takes a lock, a row of
 * `migration_lock`, that only one can insert. On a Galera cluster the row is certified like
 * any write, so two hubs on two nodes cannot both hold it (GET_LOCK would be node-local);
 * on one server or SQLite its primary key decides. The table is made outside the migrations,
 * because it must exist before they run, with a primary key as Galera requires.
 */
const TABLE_SQL = {
  mysql:
    'CREATE TABLE IF NOT EXISTS `migration_lock` (`name` varchar(40) NOT NULL, `holder` varchar(120) NOT NULL, PRIMARY KEY (`name`)) ENGINE=InnoDB',
  sqlite: 'CREATE TABLE IF NOT EXISTS "migration_lock" ("name" varchar(40) PRIMARY KEY NOT NULL, "holder" varchar(120) NOT NULL)',
};

const LOCK = 'migrations';
/** How often a waiting hub looks whether the lock is free. */
const POLL_MS = 200;
/**
 * A holder still there after this long is taken to have died mid-migration (a crashed hub
 * cannot release its row); the lock is then taken from it, so no hub waits for ever.
 */
const LEASE_MS = 10 * 60 * 1000;

/** Another hub holds the row (or, on Galera, won the race to certify it). */
const TAKEN = new Set(['ER_DUP_ENTRY', 'ER_LOCK_DEADLOCK', 'SQLITE_CONSTRAINT_PRIMARYKEY', 'SQLITE_CONSTRAINT', 'SQLITE_BUSY']);

function takenByAnother(error: unknown): boolean {
  const failure = error as { code?: unknown; driverError?: { code?: unknown } };
  const code = failure?.driverError?.code ?? failure?.code;
  return typeof code === 'string' && TAKEN.has(code);
}

async function tryTake(dataSource: DataSource, holder: string): Promise<boolean> {
  try {
    await dataSource.query('INSERT INTO migration_lock (name, holder) VALUES (?, ?)', [LOCK, holder]);
    return true;
  } catch (error) {
    if (takenByAnother(error)) return false;
    throw error;
  }
}

async function holderNow(dataSource: DataSource): Promise<string | null> {
  const rows = await dataSource.query<{ holder: string }[]>('SELECT holder FROM migration_lock WHERE name = ?', [LOCK]);
  return rows[0]?.holder ?? null;
}

const release = (dataSource: DataSource, holder: string) =>
  dataSource.query('DELETE FROM migration_lock WHERE name = ? AND holder = ?', [LOCK, holder]);

/** Waits for the lock; a holder seen unchanged for LEASE_MS is removed. */
async function take(dataSource: DataSource, holder: string): Promise<void> {
  let seen: { holder: string; since: number } | undefined;
  while (!(await tryTake(dataSource, holder))) {
    const current = await holderNow(dataSource);
    if (current === null) continue;
    if (seen?.holder !== current) seen = { holder: current, since: Date.now() };
    else if (Date.now() - seen.since > LEASE_MS) await release(dataSource, current);
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
}

/** Runs `work` (the migrations, the first admin token) while holding the cluster-wide migration lock. */
export async function withMigrationLock<T>(dataSource: DataSource, work: () => Promise<T>): Promise<T> {
  await dataSource.query(dataSource.options.type === 'better-sqlite3' ? TABLE_SQL.sqlite : TABLE_SQL.mysql);
  const holder = `${os.hostname()}:${process.pid}:${randomUUID()}`;
  await take(dataSource, holder);
  try {
    return await work();
  } finally {
    await release(dataSource, holder);
  }
}
