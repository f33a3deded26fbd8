/**
 * Settings from the environment, read once, at the top: every layer gets its settings handed
 * down (the database's, access, limits) and reads no environment of its own. Names are a
 * contract with deployments: HOST, PORT, DATABASE_URL, DATABASE_REPLICA_URLS, HUB_DEMO,
 * HUB_ADMIN_TOKEN, HUB_PUBLIC_READ, the HUB_MAX_* limits, HUB_STATEMENT_TIMEOUT_MS,
 * HUB_RATE_LIMIT, HUB_RESPONSE_CACHE_MB, HUB_TRACE_SQL and the HUB_PARSE_* settings of the parse workers.
 */
import os from 'node:os';
import { AccessConfig } from './api/auth/access-config';
import { hashSecret } from './api/auth/token-secret';
import { DEFAULT_LIMITS, LimitConfig } from './api/graphql/limits/limit-config';
import { RateLimitConfig, parseRateLimits } from './api/http/rate-limit-config';
import { DatabaseConfig, parseDatabaseUrl, withReplicas } from './storage/db/database-config';
import { ParseSettings } from './workers/parse-pool';

export interface HubConfig {
  /** The address to listen on (HOST): every interface by default. */
  host: string;
  port: number;
  database: DatabaseConfig;
  /** Load the demo reports on an empty database (HUB_DEMO=off loads the regions only). */
  demo: boolean;
  /** HUB_DEMO=changes: the demo, and a township of a second county merged between 2019 and 2020. */
  demoChanges: boolean;
  access: AccessConfig;
  limits: LimitConfig;
  rateLimits: RateLimitConfig;
  /** Bytes of query answers kept for reuse (HUB_RESPONSE_CACHE_MB); 0: no cache. */
  responseCacheBytes: number;
  /** HUB_TRACE_SQL=1: each GraphQL response carries the number of SQL statements it ran. */
  traceSql: boolean;
  /** The threads that read documents (HUB_PARSE_WORKERS, HUB_PARSE_TIMEOUT_MS, HUB_PARSE_MEMORY_MB). */
  parsing: ParseSettings;
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

function parseLimit(name: string, value: string | undefined, fallback: number, least = 1): number {
  if (value === undefined || value === '') return fallback;
  const limit = Number(value);
  if (!Number.isSafeInteger(limit) || limit < least) throw new Error(`${name} "${value}" must be a whole number of at least ${least}`);
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
    maxCells: parseLimit('HUB_MAX_CELLS', env.HUB_MAX_CELLS, DEFAULT_LIMITS.maxCells),
    maxCellsAnonymous: parseLimit('HUB_MAX_CELLS_ANONYMOUS', env.HUB_MAX_CELLS_ANONYMOUS, DEFAULT_LIMITS.maxCellsAnonymous),
    // 0 turns the time limit off.
    statementTimeoutMs: parseLimit('HUB_STATEMENT_TIMEOUT_MS', env.HUB_STATEMENT_TIMEOUT_MS, DEFAULT_LIMITS.statementTimeoutMs, 0),
  };
}

/**
 * A report reads in well under a second (the bench: ~25 PDFs a second a core); ten seconds is
 * a document built to take long. A worker's heap: four times what the largest real report needs.
 */
const DEFAULT_PARSE_TIMEOUT_MS = 10_000;
const DEFAULT_PARSE_MEMORY_MB = 256;

/** HUB_PARSE_*: the parse workers, one per core unless told. */
export function parseSettings(env: NodeJS.ProcessEnv = process.env): ParseSettings {
  return {
    workers: parseLimit('HUB_PARSE_WORKERS', env.HUB_PARSE_WORKERS, os.availableParallelism()),
    timeoutMs: parseLimit('HUB_PARSE_TIMEOUT_MS', env.HUB_PARSE_TIMEOUT_MS, DEFAULT_PARSE_TIMEOUT_MS),
    memoryMb: parseLimit('HUB_PARSE_MEMORY_MB', env.HUB_PARSE_MEMORY_MB, DEFAULT_PARSE_MEMORY_MB, 16),
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
    host: env.HOST || '0.0.0.0',
    port: parsePort(env.PORT),
    database: withReplicas(parseDatabaseUrl(env.DATABASE_URL), env.DATABASE_REPLICA_URLS),
    demo: env.HUB_DEMO === 'changes' || parseSwitch('HUB_DEMO', env.HUB_DEMO, true),
    demoChanges: env.HUB_DEMO === 'changes',
    access: parseAccess(env),
    limits: parseLimits(env),
    rateLimits: parseRateLimits(env.HUB_RATE_LIMIT),
    responseCacheBytes: responseCacheBytes(env),
    traceSql: traceSqlEnabled(env),
    parsing: parseSettings(env),
  };
}

/** HUB_TRACE_SQL=1: each GraphQL response carries the number of SQL statements it ran. */
export function traceSqlEnabled(env: NodeJS.ProcessEnv = process.env): boolean {
  return parseSwitch('HUB_TRACE_SQL', env.HUB_TRACE_SQL, false);
}
