import { Kind, OperationTypeNode, parse } from 'graphql';
import { HubError } from '../../core/errors';
import { NewAuditEvent } from './audit-store';

/** Enough for any real operation, and a bound on the work an untrusted body can cause. */
const MAX_TOKENS = 5000;

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
      return [];
    }
  });
}

/**
 * Audit entries for mutations refused before GraphQL ran (a bad token, or none while
 * HUB_PUBLIC_READ=off): the audit log covers every mutation asked, not only those that ran.
 */
export function refusedMutationEvents(body: unknown, error: HubError, requestId: string): NewAuditEvent[] {
  const at = new Date();
  return mutationNames(body).map((mutation) => ({
    at,
    actorName: '（未通过认证）',
    actorRole: null,
    mutation,
    arguments: '{}',
    outcome: error.code,
    reportId: null,
    versionNumber: null,
    documentHash: null,
    requestId,
  }));
}
