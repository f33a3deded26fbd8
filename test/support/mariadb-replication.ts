import { ChildProcess, execFile, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import mysql from 'mysql2/promise';
import { TEST_DATABASE_KIND } from './database';
import { freePorts } from './free-ports';

/**
 * A MariaDB primary and replica of a test's own, started from the installed binaries: the
 * shared test server has no binary log and must not be restarted, so it cannot be a primary.
 */

const MARIADBD = '/usr/sbin/mariadbd';
/** mariadbd refuses to run as root unless told to; the CI machine runs tests as root. */
const AS_ROOT = process.getuid?.() === 0 ? ['--user=root'] : [];
/** Small logs and buffers, so two throwaway servers start in about a second; no DNS lookups. */
const SMALL = ['--innodb-log-file-size=4M', '--innodb-buffer-pool-size=32M', '--skip-name-resolve'];
const START_TIMEOUT_MS = 30_000;

/**
 * Starting servers needs MariaDB's binaries: the MariaDB pass (DATABASE_URL=mysql://…) has
 * them, `npm test` on a fresh machine (SQLite only) need not. So these tests are declared on
 * the MariaDB pass only, and are not collected at all on the SQLite pass.
 */
export function describeOnMariadbPass(name: string, tests: () => void): void {
  if (TEST_DATABASE_KIND === 'mysql') describe(name, tests);
}

export class MariadbStartError extends Error {
  constructor(what: string, log: string) {
    super(`${what}; its error log ends:\n${log.split('\n').slice(-15).join('\n')}`);
    this.name = 'MariadbStartError';
  }
}

/** One of the servers: its port, and a root connection that bypasses the hub. */
export interface TestServer {
  port: number;
  /** A mysql:// URL of `database` on this server, as root. */
  url(database: string): string;
  /** The rows (or result) of `sql`, as the caller says they are shaped (unchecked: the test asserts them). */
  query<T = unknown>(sql: string, params?: unknown[]): Promise<T>;
}

export interface ReplicatedServers {
  primary: TestServer;
  replica: TestServer;
  /** Waits until the replica has applied everything written to the primary so far. */
  caughtUp(): Promise<void>;
  /** Kills both servers and removes their directory. */
  stop(): Promise<void>;
}

const readLog = (file: string): string => (fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : '(no log)');

async function connectWhenReady(port: number, child: ChildProcess, log: string): Promise<mysql.Connection> {
  const deadline = Date.now() + START_TIMEOUT_MS;
  for (;;) {
    if (child.exitCode !== null) throw new MariadbStartError(`mariadbd on port ${port} exited with ${child.exitCode}`, readLog(log));
    try {
      return await mysql.createConnection({ host: '127.0.0.1', port, user: 'root' });
    } catch (error) {
      if (Date.now() > deadline)
        throw new MariadbStartError(
          `mariadbd on port ${port} did not accept connections in ${START_TIMEOUT_MS} ms (${String(error)})`,
          readLog(log),
        );
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
}

/** A server being started or running, and the test's connection to it once it accepts one. */
interface Started {
  child: ChildProcess;
  connection?: mysql.Connection;
}

function testServer(port: number, connection: mysql.Connection): TestServer {
  return {
    port,
    url: (database) => `mysql://root@127.0.0.1:${port}/${database}`,
    query: async <T>(sql: string, params?: unknown[]) => (await connection.query(sql, params))[0] as T,
  };
}

/** A fresh data directory and a server on it; `extra` makes it a primary. */
async function startServer(
  dir: string,
  name: string,
  serverId: number,
  port: number,
  extra: string[],
  started: Started[],
): Promise<TestServer> {
  const datadir = path.join(dir, name);
  // A temporary directory of its own: bootstraps sharing /tmp failed now and then (one's
  // temporary table vanished under it).
  const tmpdir = path.join(dir, `${name}-tmp`);
  fs.mkdirSync(tmpdir);
  const options = ['--no-defaults', ...AS_ROOT, `--datadir=${datadir}`, `--tmpdir=${tmpdir}`, ...SMALL];
  await promisify(execFile)('mariadb-install-db', [...options, '--auth-root-authentication-method=normal', '--skip-test-db']);
  const log = path.join(dir, `${name}.err`);
  const child = spawn(
    MARIADBD,
    [
      ...options,
      `--port=${port}`,
      '--bind-address=127.0.0.1',
      `--socket=${path.join(dir, `${name}.sock`)}`,
      `--pid-file=${path.join(dir, `${name}.pid`)}`,
      `--log-error=${log}`,
      `--server-id=${serverId}`,
      ...extra,
    ],
    { stdio: 'ignore' },
  );
  const entry: Started = { child };
  started.push(entry);
  entry.connection = await connectWhenReady(port, child, log);
  return testServer(port, entry.connection);
}

async function kill(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGKILL');
  await exited;
}

/**
 * Starts a primary (binary log on) and a replica following it by GTID, on free ports, in a
 * temporary directory. Whatever was started is stopped and removed if starting fails.
 */
export async function startReplicatedMariadb(): Promise<ReplicatedServers> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hub-replication-'));
  const started: Started[] = [];
  // Throwaway data: killing is enough, no clean shutdown needed. The exit hook covers a
  // worker that ends without running afterAll.
  const killAll = () => started.forEach(({ child }) => child.kill('SIGKILL'));
  process.once('exit', killAll);
  const stop = async () => {
    process.off('exit', killAll);
    await Promise.all(started.flatMap(({ connection }) => (connection ? [connection.end().catch(() => undefined)] : [])));
    await Promise.all(started.map(({ child }) => kill(child)));
    fs.rmSync(dir, { recursive: true, force: true });
  };
  try {
    const [primaryPort, replicaPort] = await freePorts(2);
    // Settled, not Promise.all: stopping while the other is still being installed would
    // remove its directory under it.
    const starts = await Promise.allSettled([
      startServer(dir, 'primary', 1, primaryPort, ['--log-bin=primary-bin', '--binlog-format=ROW'], started),
      startServer(dir, 'replica', 2, replicaPort, [], started),
    ]);
    const [primary, replica] = starts.map((start) => {
      if (start.status === 'rejected') throw start.reason;
      return start.value;
    });
    await replica.query(
      `CHANGE MASTER TO MASTER_HOST='127.0.0.1', MASTER_PORT=${primary.port}, MASTER_USER='root', MASTER_PASSWORD='', MASTER_USE_GTID=slave_pos`,
    );
    await replica.query('START SLAVE');
    const caughtUp = async () => {
      const [{ position }] = await primary.query<{ position: string }[]>('SELECT @@gtid_binlog_pos AS position');
      const [{ waited }] = await replica.query<{ waited: number }[]>('SELECT MASTER_GTID_WAIT(?, 20) AS waited', [position]);
      if (Number(waited) !== 0)
        throw new Error(`the replica did not reach ${position} in 20 s: ${JSON.stringify(await replica.query('SHOW SLAVE STATUS'))}`);
    };
    return { primary, replica, caughtUp, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}
