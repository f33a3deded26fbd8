import mysql from 'mysql2/promise';
import { UNKNOWN_DATABASE, createDatabase } from './create-database';
import { withoutPassword } from './node-list-url';

/** What the hub must know of a MySQL-protocol server before it configures TypeORM for it. */
export interface ServerFacts {
  /**
   * MariaDB and MySQL speak the same protocol, but TypeORM reads their catalogues differently
   * (MariaDB reports a nullable column's default as the text NULL), so it must know which.
   */
  flavour: 'mysql' | 'mariadb';
  /** A Galera node (wsrep_on): reads must wait for the cluster's writes (wsrep_sync_wait). */
  galera: boolean;
}

/** A connection to the database `url` names, created first when the server does not have it. */
async function connectCreating(url: string): Promise<mysql.Connection> {
  try {
    return await mysql.createConnection(url);
  } catch (error) {
    if ((error as { code?: unknown }).code !== UNKNOWN_DATABASE) throw error;
    await createDatabase(url);
    return mysql.createConnection(url);
  }
}

async function askServer(url: string): Promise<ServerFacts> {
  const connection = await connectCreating(url);
  try {
    const [versions] = await connection.query('SELECT VERSION() AS version');
    // MySQL has no wsrep_on at all; MariaDB built with wsrep has it, OFF unless in a cluster.
    const [wsrep] = await connection.query("SHOW VARIABLES LIKE 'wsrep_on'");
    return {
      flavour: /mariadb/i.test(String((versions as { version: string }[])[0].version)) ? 'mariadb' : 'mysql',
      galera: (wsrep as { Value: string }[])[0]?.Value === 'ON',
    };
  } finally {
    await connection.end();
  }
}

/**
 * Asked of the first of `urls` that answers (asking the server is the only reliable way): a
 * cluster's hub starts while any one of its nodes is up. Fails with every node's error.
 */
export async function serverFacts(urls: readonly string[]): Promise<ServerFacts> {
  const failures: Error[] = [];
  for (const url of urls) {
    try {
      return await askServer(url);
    } catch (error) {
      failures.push(error as Error);
    }
  }
  if (failures.length === 1) throw failures[0];
  const said = failures.map((error, i) => `${withoutPassword(urls[i])}: ${error.message}`).join('; ');
  // The last node's code, so that callers tell an unreachable cluster from a refused login as for one server.
  throw Object.assign(new Error(`no node of the cluster answered (${said})`), { code: (failures.at(-1) as { code?: string }).code });
}
