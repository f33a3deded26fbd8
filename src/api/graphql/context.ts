import { randomUUID } from 'node:crypto';
import { DataSource, QueryRunner } from 'typeorm';
import { ANONYMOUS, Actor } from '../auth/actor';
import { DEFAULT_LIMITS, LimitConfig } from './limits/limit-config';
import { readingThrough } from '../../storage/db/data-source';
import { Loaders, createLoaders } from '../loaders';

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
 * replicas, a query operation's data source and loaders read a replica (`readFromReplica`).
 */
export interface HubContext {
  dataSource: DataSource;
  loaders: Loaders;
  actor: Actor;
  requestId: string;
  limits: LimitConfig;
  uploads: Map<string, UploadOutcome>;
}

export interface RequestFacts {
  actor?: Actor;
  requestId?: string;
  limits?: LimitConfig;
}

export function createContext(dataSource: DataSource, facts: RequestFacts = {}): HubContext {
  return {
    dataSource,
    loaders: createLoaders(dataSource),
    actor: facts.actor ?? ANONYMOUS,
    requestId: facts.requestId ?? randomUUID(),
    limits: facts.limits ?? DEFAULT_LIMITS,
    uploads: new Map(),
  };
}

/**
 * Points a query operation's reads (resolvers and loaders) at a replica connection, the
 * runner returned, which the caller releases once the response is sent. Mutations are left
 * on the primary, so what they wrote is what they answer with.
 */
export function readFromReplica(context: HubContext): QueryRunner {
  const runner = context.dataSource.createQueryRunner('slave');
  context.dataSource = readingThrough(context.dataSource, runner);
  context.loaders = createLoaders(context.dataSource);
  return runner;
}
