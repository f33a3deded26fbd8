import { ApolloServerPlugin, GraphQLRequestContextWillSendResponse } from '@apollo/server';
import { FieldNode, GraphQLFormattedError, Kind, OperationTypeNode, SelectionNode, getArgumentValues } from 'graphql';
import { summarizeArguments } from '../audit/arguments-summary';
import { NewAuditEvent, recordAuditEvents } from '../audit/audit-store';
import { refusedEvent } from '../audit/refused-request';
import { databaseError } from '../../storage/db/database-errors';
import type { HubContext } from './context';

type Sent = GraphQLRequestContextWillSendResponse<HubContext>;

/** The operation's root fields (mutations are not nested in fragments in practice, but a spread is followed all the same). */
function rootFields({ operation, document }: Sent): FieldNode[] {
  const fields: FieldNode[] = [];
  const visit = (selections: readonly SelectionNode[]) => {
    for (const selection of selections) {
      if (selection.kind === Kind.FIELD) fields.push(selection);
      else if (selection.kind === Kind.INLINE_FRAGMENT) visit(selection.selectionSet.selections);
      else {
        const fragment = document?.definitions.find((d) => d.kind === Kind.FRAGMENT_DEFINITION && d.name.value === selection.name.value);
        if (fragment?.kind === Kind.FRAGMENT_DEFINITION) visit(fragment.selectionSet.selections);
      }
    }
  };
  if (operation) visit(operation.selectionSet.selections);
  return fields;
}

function outcomeOf(errors: readonly GraphQLFormattedError[], responseKey: string): string {
  const error = errors.find((candidate) => candidate.path?.[0] === responseKey);
  if (!error) return 'OK';
  const code = error.extensions?.code;
  return typeof code === 'string' ? code : 'INTERNAL_SERVER_ERROR';
}

function argumentsOf(sent: Sent, field: FieldNode): string {
  const definition = sent.schema.getMutationType()?.getFields()[field.name.value];
  if (!definition) return '{}';
  try {
    return summarizeArguments(getArgumentValues(definition, field, sent.request.variables ?? {}));
  } catch {
    // Arguments that could not be coerced were refused before the resolver ran; the outcome says so.
    return '{}';
  }
}

/** Outcomes that mean the field was refused to the actor: audited together, in one entry. */
const DENIALS = new Set(['UNAUTHENTICATED', 'FORBIDDEN']);

/** One entry per field that ran (fields repeated under one response key run once), and one for all the fields refused. */
function auditEvents(sent: Sent): NewAuditEvent[] {
  const { contextValue: context, response } = sent;
  const errors = response.body.kind === 'single' ? (response.body.singleResult.errors ?? []) : [];
  const at = new Date();
  const byKey = new Map(rootFields(sent).map((field) => [field.alias?.value ?? field.name.value, field]));
  const events: NewAuditEvent[] = [];
  const denied: { field: FieldNode; outcome: string }[] = [];
  for (const [responseKey, field] of byKey) {
    const outcome = outcomeOf(errors, responseKey);
    if (DENIALS.has(outcome)) {
      denied.push({ field, outcome });
      continue;
    }
    const upload = context.uploads.get(responseKey);
    events.push({
      at,
      actorName: context.actor.name,
      actorRole: context.actor.role,
      mutation: field.name.value,
      arguments: argumentsOf(sent, field),
      outcome,
      reportId: upload?.reportId ?? null,
      versionNumber: upload?.versionNumber ?? null,
      documentHash: upload?.documentHash ?? null,
      requestId: context.requestId,
    });
  }
  if (!denied.length) return events;
  const refused = refusedEvent({
    names: denied.map(({ field }) => field.name.value),
    arguments: argumentsOf(sent, denied[0].field),
    outcome: denied[0].outcome,
    actorName: context.actor.name,
    actorRole: context.actor.role,
    requestId: context.requestId,
  });
  return [...events, refused];
}

/**
 * Writes one audit event per mutation field that ran, with the version an upload produced,
 * and one for the fields refused to the actor (a thousand refused fields are one row).
 * Operations refused before running (syntax, validation, limits) run no mutation and leave no
 * event.
 */
export function auditPlugin(): ApolloServerPlugin<HubContext> {
  return {
    requestDidStart() {
      let executed = false;
      return Promise.resolve({
        executionDidStart() {
          executed = true;
          return Promise.resolve();
        },
        async willSendResponse(sent) {
          if (!executed || sent.operation?.operation !== OperationTypeNode.MUTATION) return;
          try {
            await recordAuditEvents(sent.contextValue.dataSource.manager, auditEvents(sent));
          } catch (error) {
            // A database that is down or locked is a known state, said in one line; anything else is a bug, with its stack.
            const typed = databaseError(error);
            const lost = `[request ${sent.contextValue.requestId}] audit log not written`;
            if (typed) console.error(`${lost} (${typed.code})`);
            else console.error(lost, error);
          }
        },
      });
    },
  };
}
