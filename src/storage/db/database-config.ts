import path from 'node:path';
import { projectRoot } from '../../core/project-root';

/** Which database the hub opens: a SQLite file, or a MySQL/MariaDB server (with read replicas). */
export type DatabaseConfig =
  | { kind: 'sqlite'; file: string }
  /** replicaUrls: read replicas (DATABASE_REPLICA_URLS); reads outside a transaction go to them. */
  | { kind: 'mysql'; url: string; replicaUrls?: string[] };

export const DEFAULT_SQLITE_FILE = path.join(projectRoot(), 'data', 'hub.sqlite');

/** DATABASE_URL: `sqlite:<path>` or `mysql://user:pass@host:port/db`; unset, the embedded file under data/. */
export function parseDatabaseUrl(url: string | undefined): DatabaseConfig {
  if (!url) return { kind: 'sqlite', file: DEFAULT_SQLITE_FILE };
  if (url.startsWith('sqlite:')) {
    const file = url.slice('sqlite:'.length).replace(/^\/\//, '');
    if (!file) throw new Error(`DATABASE_URL "${url}" names no SQLite file: use sqlite:<path>`);
    return { kind: 'sqlite', file: file === ':memory:' ? file : path.resolve(file) };
  }
  if (/^(mysql|mariadb):\/\//.test(url)) return { kind: 'mysql', url: url.replace(/^mariadb:/, 'mysql:') };
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
  const replicaUrls = urls.map((url) => {
    const replica = parseDatabaseUrl(url);
    if (replica.kind !== 'mysql') throw new Error(`DATABASE_REPLICA_URLS entry "${url}" is not a mysql:// URL`);
    return replica.url;
  });
  return { ...database, replicaUrls };
}
