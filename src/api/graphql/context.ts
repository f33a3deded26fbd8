import { randomUUID } from 'node:crypto';
import { DataSource, QueryRunner } from 'typeorm';
import { CellBudget } from '../../core/cell-budget';
import { ANONYMOUS, Actor } from '../auth/actor';
import { DEFAULT_LIMITS, LimitConfig } from './limits/limit-config';
import { readingThrough } from '../../storage/db/data-source';
import { limitStatementTime } from '../../storage/db/statement-timeout';
import { Loaders, createLoaders } from '../loaders';
import { DocumentParser, parseDocument } from '../../storage/ingest/parse-document';

export type { Actor } from '../auth/actor';

/** What an upload produced, for the audit log: noted by the resolver under its response key. */
export interface UploadOutcome {
  reportId: number;
  versionNumber: number;
  documentHash: string;
}

/**
 * What every resolver gets: the data source, this request's batch loaders, who is acting,
 * the request's id (in every error and in the log) and the limits it runs under. With
 * replicas or a statement time limit, a query operation's data source and loaders read one connection (`readThroughOneConnection`).
 */
export interface HubContext {
  dataSource: DataSource;
  loaders: Loaders;
  actor: Actor;
  requestId: string;
  limits: LimitConfig;
  /** The cells this request may still read (HUB_MAX_CELLS, or HUB_MAX_CELLS_ANONYMOUS without a token). */
  cells: CellBudget;
  uploads: Map<string, UploadOutcome>;
  /** Reads an uploaded document: the hub's parse workers when it serves, this thread otherwise. */
  parse: DocumentParser;
}

export interface RequestFacts {
  actor?: Actor;
  requestId?: string;
  limits?: LimitConfig;
  parse?: DocumentParser;
}

/** The cells a request may read: fewer without a token. */
export function cellBudget(actor: Actor, limits: LimitConfig): CellBudget {
  return actor.role === null
    ? new CellBudget(limits.maxCellsAnonymous, 'HUB_MAX_CELLS_ANONYMOUS')
    : new CellBudget(limits.maxCells, 'HUB_MAX_CELLS');
}

export function createContext(dataSource: DataSource, facts: RequestFacts = {}): HubContext {
  const actor = facts.actor ?? ANONYMOUS;
  const limits = facts.limits ?? DEFAULT_LIMITS;
  return {
    dataSource,
    loaders: createLoaders(dataSource),
    actor,
    requestId: facts.requestId ?? randomUUID(),
    limits,
    cells: cellBudget(actor, limits),
    uploads: new Map(),
    parse: facts.parse ?? parseDocument,
  };
}

/**
 * Points a query operation's reads (resolvers and loaders) at one connection, the runner
 * returned, which the caller releases once the response is sent: a replica's when the hub has
 * replicas, and on MariaDB one whose statements stop after HUB_STATEMENT_TIMEOUT_MS. Mutations
 * are left on the primary, without a time limit, so what they wrote is what they answer with
 * and an upload is never stopped half way.
 */
export function readThroughOneConnection(context: HubContext): QueryRunner {
  const runner = context.dataSource.createQueryRunner(context.dataSource.driver.isReplicated ? 'slave' : 'master');
  limitStatementTime(runner, context.limits.statementTimeoutMs);
  context.dataSource = readingThrough(context.dataSource, runner);
  context.loaders = createLoaders(context.dataSource);
  return runner;
}
