/**
 * Settings from the environment, read once. Names are a contract with deployments:
 * PORT, DATABASE_URL, HUB_DEMO, HUB_ADMIN_TOKEN, HUB_PUBLIC_READ, the HUB_MAX_* limits and
 * HUB_RESPONSE_CACHE_MB.
 */
import path from 'node:path';
import { hashSecret } from './api/auth/token-secret';
import { projectRoot } from './core/project-root';

export type DatabaseConfig =
  | { kind: 'sqlite'; file: string }
  /** replicaUrls: read replicas (DATABASE_REPLICA_URLS); reads outside a transaction go to them. */
  | { kind: 'mysql'; url: string; replicaUrls?: string[] };

export interface HubConfig {
  port: number;
  database: DatabaseConfig;
  /** Load the demo reports on an empty database (HUB_DEMO=off loads the regions only). */
  demo: boolean;
  access: AccessConfig;
  limits: LimitConfig;
  /** Bytes of query answers kept for reuse (HUB_RESPONSE_CACHE_MB); 0: no cache. */
  responseCacheBytes: number;
}

/** Who may do what without a stored token. */
export interface AccessConfig {
  /** SHA-256 of HUB_ADMIN_TOKEN: the first admin, accepted without being stored. */
  adminTokenHash: string | null;
  /** Report data and comparisons without a token (HUB_PUBLIC_READ=off closes them). */
  publicRead: boolean;
}

/** Bounds on what one request may ask for; a request past one is refused before it runs. */
export interface LimitConfig {
  maxDepth: number;
  maxCost: number;
  maxAliases: number;
  /** Operations in one batched HTTP request (a JSON array). */
  maxBatch: number;
  /** A document's size once decoded (base64 is decoded first). */
  maxUploadBytes: number;
  /** Rows one page of a list (compare, auditLog) may hold. */
  maxPageSize: number;
}

export const DEFAULT_LIMITS: LimitConfig = {
  maxDepth: 12,
  maxCost: 20000,
  maxAliases: 30,
  maxBatch: 10,
  maxUploadBytes: 20 * 1024 * 1024,
  maxPageSize: 1000,
};

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

/** DATABASE_REPLICA_URLS: comma-separated mysql:// URLs of read replicas of DATABASE_URL. */
export function withReplicas(database: DatabaseConfig, replicas: string | undefined): DatabaseConfig {
  const urls = (replicas ?? '').split(',').map((url) => url.trim()).filter(Boolean);
  if (!urls.length) return database;
  if (database.kind !== 'mysql') throw new Error('DATABASE_REPLICA_URLS needs a mysql:// DATABASE_URL');
  const replicaUrls = urls.map((url) => {
    const replica = parseDatabaseUrl(url);
    if (replica.kind !== 'mysql') throw new Error(`DATABASE_REPLICA_URLS entry "${url}" is not a mysql:// URL`);
    return replica.url;
  });
  return { ...database, replicaUrls };
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

function parseLimit(name: string, value: string | undefined, fallback: number): number {
  if (value === undefined || value === '') return fallback;
  const limit = Number(value);
  if (!Number.isSafeInteger(limit) || limit < 1) throw new Error(`${name} "${value}" must be a whole number of at least 1`);
  return limit;
}

function parseLimits(env: NodeJS.ProcessEnv): LimitConfig {
  return {
    maxDepth: parseLimit('HUB_MAX_DEPTH', env.HUB_MAX_DEPTH, DEFAULT_LIMITS.maxDepth),
    maxCost: parseLimit('HUB_MAX_COST', env.HUB_MAX_COST, DEFAULT_LIMITS.maxCost),
    maxAliases: parseLimit('HUB_MAX_ALIASES', env.HUB_MAX_ALIASES, DEFAULT_LIMITS.maxAliases),
    maxBatch: parseLimit('HUB_MAX_BATCH', env.HUB_MAX_BATCH, DEFAULT_LIMITS.maxBatch),
    maxUploadBytes: parseLimit('HUB_MAX_UPLOAD_BYTES', env.HUB_MAX_UPLOAD_BYTES, DEFAULT_LIMITS.maxUploadBytes),
    maxPageSize: parseLimit('HUB_MAX_PAGE_SIZE', env.HUB_MAX_PAGE_SIZE, DEFAULT_LIMITS.maxPageSize),
  };
}

const DEFAULT_RESPONSE_CACHE_MB = 64;

const MEGABYTE = 1024 * 1024;

/** HUB_RESPONSE_CACHE_MB as bytes: a whole number of megabytes, 0 turning the cache off. */
export function responseCacheBytes(env: NodeJS.ProcessEnv = process.env): number {
  const value = env.HUB_RESPONSE_CACHE_MB;
  if (value === undefined || value === '') return DEFAULT_RESPONSE_CACHE_MB * MEGABYTE;
  const megabytes = Number(value);
  if (!Number.isSafeInteger(megabytes) || megabytes < 0 || !Number.isSafeInteger(megabytes * MEGABYTE)) {
    throw new Error(`HUB_RESPONSE_CACHE_MB "${value}" must be a whole number of megabytes (0 turns the cache off)`);
  }
  return megabytes * MEGABYTE;
}

/** A short admin token is guessable; refuse it rather than serve with it. */
const MIN_ADMIN_TOKEN_LENGTH = 20;

function parseAccess(env: NodeJS.ProcessEnv): AccessConfig {
  const token = env.HUB_ADMIN_TOKEN;
  if (token !== undefined && token !== '' && token.length < MIN_ADMIN_TOKEN_LENGTH) {
    throw new Error(`HUB_ADMIN_TOKEN is ${token.length} characters long: use at least ${MIN_ADMIN_TOKEN_LENGTH}`);
  }
  return {
    adminTokenHash: token ? hashSecret(token) : null,
    publicRead: parseSwitch('HUB_PUBLIC_READ', env.HUB_PUBLIC_READ, true),
  };
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): HubConfig {
  return {
    port: parsePort(env.PORT),
    database: withReplicas(parseDatabaseUrl(env.DATABASE_URL), env.DATABASE_REPLICA_URLS),
    demo: parseSwitch('HUB_DEMO', env.HUB_DEMO, true),
    access: parseAccess(env),
    limits: parseLimits(env),
    responseCacheBytes: responseCacheBytes(env),
  };
}

/** HUB_TRACE_SQL=1: each GraphQL response carries the number of SQL statements it ran. */
export function traceSqlEnabled(env: NodeJS.ProcessEnv = process.env): boolean {
  return parseSwitch('HUB_TRACE_SQL', env.HUB_TRACE_SQL, false);
}
