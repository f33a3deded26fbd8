import mysql, { PoolCluster, PoolConnection, PoolOptions } from 'mysql2';

/**
 * The connections of a hub to a MariaDB Galera cluster, given to TypeORM as its pool (through
 * the data source's `driver` option, a mysql2 whose createPool makes this). mysql2's PoolCluster
 * keeps a pool per node and takes a node out for `RESTORE_NODE_MS` when connecting to it
 * fails; every connection is taken from the first node, in the order DATABASE_URL lists them,
 * that is up and ready, so each hub writes through one node (its certification conflicts are
 * then only with other hubs) and moves to the next when it dies. A new connection runs the
 * session's statements (wsrep_sync_wait) before its first use, and one to a node that is not
 * ready (still joining, or cut off from the primary component) is closed and the next node tried.
 */

/** How long a node that refused a connection is left alone before it is tried again. */
const RESTORE_NODE_MS = 1000;

export interface SessionSetup {
  /** Statements every new connection runs before it is used. */
  statements: readonly string[];
  /** Galera: pass over a node whose wsrep_ready is not ON. */
  galera: boolean;
}

type Acquired = (error: Error | null, connection?: PoolConnection) => void;

/** A node that answered but does not serve (Galera refuses its queries with error 1047 meanwhile). */
function notReady(name: string): Error {
  return Object.assign(new Error(`database node ${name} is not ready (wsrep_ready is not ON)`), { code: 'WSREP_NOT_READY' });
}

function run<T>(connection: PoolConnection, sql: string): Promise<T> {
  return new Promise((resolve, reject) => connection.query(sql, (error, rows) => (error ? reject(error) : resolve(rows as T))));
}

function fromNode(cluster: PoolCluster, name: string): Promise<PoolConnection> {
  return new Promise((resolve, reject) =>
    cluster.of(name).getConnection((error, connection) => (error ? reject(error) : resolve(connection))),
  );
}

/** The subset of a mysql2 Pool that TypeORM's MySQL driver uses: getConnection and end. */
export class NodePool {
  private readonly prepared = new WeakSet<PoolConnection>();

  constructor(
    private readonly cluster: PoolCluster,
    private readonly names: readonly string[],
    private readonly session: SessionSetup,
  ) {}

  getConnection(callback: Acquired): void {
    this.acquire().then(
      (connection) => callback(null, connection),
      (error: Error) => callback(error),
    );
  }

  end(callback: (error?: Error | null) => void): void {
    this.cluster.end((error) => callback(error));
  }

  /** The first node's connection that is ready; else the last node's error. */
  private async acquire(): Promise<PoolConnection> {
    let failure: Error = new Error('no database node listed');
    for (const name of this.names) {
      let connection: PoolConnection;
      try {
        connection = await fromNode(this.cluster, name);
      } catch (error) {
        failure = error as Error;
        continue;
      }
      try {
        if (!this.prepared.has(connection)) await this.prepare(name, connection);
        return connection;
      } catch (error) {
        // Not back in the pool: the next request connects afresh, and tries this node again.
        connection.destroy();
        failure = error as Error;
      }
    }
    throw failure;
  }

  private async prepare(name: string, connection: PoolConnection): Promise<void> {
    if (this.session.galera) {
      const [ready] = await run<{ Value: string }[]>(connection, "SHOW STATUS LIKE 'wsrep_ready'");
      if (ready?.Value !== 'ON') throw notReady(name);
    }
    for (const sql of this.session.statements) await run(connection, sql);
    this.prepared.add(connection);
  }
}

/** One node's connection options: TypeORM's for the first node, with another node's address and credentials. */
function nodeOptions(options: PoolOptions, url: string): PoolOptions {
  const parsed = new URL(url);
  return {
    ...options,
    host: parsed.hostname,
    port: Number(parsed.port || 3306),
    user: decodeURIComponent(parsed.username) || options.user,
    password: decodeURIComponent(parsed.password),
    database: decodeURIComponent(parsed.pathname.slice(1)) || options.database,
  };
}

/**
 * mysql2 as TypeORM's driver sees it, with createPool making a NodePool over `nodeUrls` (one
 * URL for a single Galera server behind a load balancer) from the options TypeORM built.
 */
export function nodePoolDriver(nodeUrls: readonly string[], session: SessionSetup): typeof mysql {
  const createPool = (options: PoolOptions) => {
    const cluster = mysql.createPoolCluster({ canRetry: false, removeNodeErrorCount: 1, restoreNodeTimeout: RESTORE_NODE_MS });
    const names = nodeUrls.map((url, index) => {
      const name = `NODE${index}`;
      cluster.add(name, nodeOptions(options, url));
      return name;
    });
    return new NodePool(cluster, names, session);
  };
  return Object.create(mysql, { createPool: { value: createPool } }) as typeof mysql;
}
