import path from 'node:path';
import { projectRoot } from '../../core/project-root';
import { splitNodeList } from './node-list-url';

/** Which database the hub opens: a SQLite file, or a MySQL/MariaDB server (with read replicas). */
export type DatabaseConfig =
  | { kind: 'sqlite'; file: string }
  /**
   * url: the server, or the first of several interchangeable primaries (a Galera cluster);
   * nodeUrls: each of those primaries, in the order the hub prefers them (DATABASE_URL naming
   * several hosts); replicaUrls: read replicas (DATABASE_REPLICA_URLS).
   */
  | { kind: 'mysql'; url: string; nodeUrls?: string[]; replicaUrls?: string[] };

export const DEFAULT_SQLITE_FILE = path.join(projectRoot(), 'data', 'hub.sqlite');

/**
 * DATABASE_URL: `sqlite:<path>`, `mysql://user:pass@host:port/db`, or the nodes of a cluster
 * `mysql://user:pass@host1:3311,host2:3312,host3:3313/db`; unset, the embedded file under data/.
 */
export function parseDatabaseUrl(url: string | undefined): DatabaseConfig {
  if (!url) return { kind: 'sqlite', file: DEFAULT_SQLITE_FILE };
  if (url.startsWith('sqlite:')) {
    const file = url.slice('sqlite:'.length).replace(/^\/\//, '');
    if (!file) throw new Error(`DATABASE_URL "${url}" names no SQLite file: use sqlite:<path>`);
    return { kind: 'sqlite', file: file === ':memory:' ? file : path.resolve(file) };
  }
  if (/^(mysql|mariadb):\/\//.test(url)) {
    const nodeUrls = splitNodeList(url.replace(/^mariadb:/, 'mysql:'));
    return nodeUrls.length > 1 ? { kind: 'mysql', url: nodeUrls[0], nodeUrls } : { kind: 'mysql', url: nodeUrls[0] };
  }
  throw new Error(`DATABASE_URL "${url}" is neither sqlite:<path> nor mysql://user:pass@host:port/db`);
}

/** DATABASE_REPLICA_URLS: comma-separated mysql:// URLs of read replicas of DATABASE_URL. */
export function withReplicas(database: DatabaseConfig, replicas: string | undefined): DatabaseConfig {
  const urls = (replicas ?? '')
    .split(',')
    .map((url) => url.trim())
    .filter(Boolean);
  if (!urls.length) return database;
  if (database.kind !== 'mysql') throw new Error('DATABASE_REPLICA_URLS needs a mysql:// DATABASE_URL');
  if (database.nodeUrls) throw new Error('DATABASE_REPLICA_URLS goes with one server: every node of a cluster DATABASE_URL is a primary');
  const replicaUrls = urls.map((url) => {
    const replica = parseDatabaseUrl(url);
    if (replica.kind !== 'mysql') throw new Error(`DATABASE_REPLICA_URLS entry "${url}" is not a mysql:// URL`);
    return replica.url;
  });
  return { ...database, replicaUrls };
}
