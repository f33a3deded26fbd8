import { Kind, OperationTypeNode, parse } from 'graphql';
import { HubError } from '../../core/errors';
import { NewAuditEvent } from './audit-store';

/** The width of audit_events.mutation. */
const MUTATION_COLUMN = 60;

/** Enough for any real operation, and a bound on the work an untrusted body can cause. */
const MAX_TOKENS = 5000;

/** What the audit log names a body asking for mutations that could not be read (broken, or past MAX_TOKENS). */
const UNREAD = '（无法解析）';

/** The root fields of the mutations a request body asks for; none when it asks none or does not parse. */
export function mutationNames(body: unknown): string[] {
  const operations = Array.isArray(body) ? body : [body];
  return operations.flatMap((operation) => {
    const query = (operation as { query?: unknown } | null)?.query;
    if (typeof query !== 'string') return [];
    try {
      return parse(query, { maxTokens: MAX_TOKENS }).definitions.flatMap((definition) =>
        definition.kind === Kind.OPERATION_DEFINITION && definition.operation === OperationTypeNode.MUTATION
          ? definition.selectionSet.selections.flatMap((selection) => (selection.kind === Kind.FIELD ? [selection.name.value] : []))
          : [],
      );
    } catch {
      // Too large or broken to read: it is audited as a mutation when it says it is one.
      return /\bmutation\b/.test(query) ? [UNREAD] : [];
    }
  });
}

export interface RefusedFields {
  /** The mutation fields refused, as asked (repeats included). */
  names: readonly string[];
  /** The arguments of the one field, when only one was refused. */
  arguments: string;
  outcome: string;
  actorName: string;
  actorRole: string | null;
  requestId: string;
}

/**
 * The one audit entry of a request's refused mutations, however many fields it holds: the
 * names asked (each once, cut to the column's width) and, for several, how many fields.
 */
export function refusedEvent(refused: RefusedFields): NewAuditEvent {
  const asked = [...new Set(refused.names)].join(',');
  return {
    at: new Date(),
    actorName: refused.actorName,
    actorRole: refused.actorRole,
    mutation: asked.length > MUTATION_COLUMN ? `${asked.slice(0, MUTATION_COLUMN - 1)}…` : asked,
    arguments: refused.names.length === 1 ? refused.arguments : JSON.stringify({ fields: refused.names.length }),
    outcome: refused.outcome,
    reportId: null,
    versionNumber: null,
    documentHash: null,
    requestId: refused.requestId,
  };
}

/**
 * The audit entry of a request whose mutations were refused before GraphQL ran (a bad token,
 * or none while HUB_PUBLIC_READ=off), or null when it asks for none: the audit log covers
 * every mutation asked, not only those that ran.
 */
export function refusedMutationEvent(body: unknown, error: HubError, requestId: string): NewAuditEvent | null {
  const names = mutationNames(body);
  if (!names.length) return null;
  return refusedEvent({ names, arguments: '{}', outcome: error.code, actorName: '（未通过认证）', actorRole: null, requestId });
}
