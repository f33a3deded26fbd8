/**
 * Settings from the environment, read once. Names are a contract with deployments:
 * PORT, DATABASE_URL, HUB_DEMO.
 */
import path from 'node:path';
import { projectRoot } from './project-root';

export type DatabaseConfig =
  | { kind: 'sqlite'; file: string }
  | { kind: 'mysql'; url: string };

export interface HubConfig {
  port: number;
  database: DatabaseConfig;
  /** Load the demo reports on an empty database (HUB_DEMO=off loads the regions only). */
  demo: boolean;
}

export const DEFAULT_SQLITE_FILE = path.join(projectRoot(), 'data', 'hub.sqlite');

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

function parsePort(value: string | undefined): number {
  if (value === undefined || value === '') return 4000;
  const port = Number(value);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new Error(`PORT "${value}" is not a port number (0-65535)`);
  }
  return port;
}

function parseSwitch(name: string, value: string | undefined, fallback: boolean): boolean {
  if (value === undefined || value === '') return fallback;
  if (/^(on|true|1|yes)$/i.test(value)) return true;
  if (/^(off|false|0|no)$/i.test(value)) return false;
  throw new Error(`${name} "${value}" must be on or off`);
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): HubConfig {
  return {
    port: parsePort(env.PORT),
    database: parseDatabaseUrl(env.DATABASE_URL),
    demo: parseSwitch('HUB_DEMO', env.HUB_DEMO, true),
  };
}
