import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { ANONYMOUS, Actor } from '../auth/actor';
import { DEFAULT_LIMITS, LimitConfig } from '../config';
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
 * the request's id (in every error and in the log) and the limits it runs under.
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
