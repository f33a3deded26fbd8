import { ApolloServerPlugin, GraphQLRequestContextWillSendResponse } from '@apollo/server';
import { FieldNode, GraphQLFormattedError, Kind, OperationTypeNode, SelectionNode, getArgumentValues } from 'graphql';
import { summarizeArguments } from '../audit/arguments-summary';
import { NewAuditEvent, recordAuditEvents } from '../audit/audit-store';
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

function auditEvents(sent: Sent): NewAuditEvent[] {
  const { contextValue: context, response } = sent;
  const errors = response.body.kind === 'single' ? (response.body.singleResult.errors ?? []) : [];
  const at = new Date();
  return rootFields(sent).map((field) => {
    const responseKey = field.alias?.value ?? field.name.value;
    const upload = context.uploads.get(responseKey);
    return {
      at,
      actorName: context.actor.name,
      actorRole: context.actor.role,
      mutation: field.name.value,
      arguments: argumentsOf(sent, field),
      outcome: outcomeOf(errors, responseKey),
      reportId: upload?.reportId ?? null,
      versionNumber: upload?.versionNumber ?? null,
      documentHash: upload?.documentHash ?? null,
      requestId: context.requestId,
    };
  });
}

/**
 * Writes one audit event per mutation field that ran, granted or denied, with the version an
 * upload produced. Operations refused before running (syntax, validation, limits) run no
 * mutation and leave no event.
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
            console.error(`[request ${sent.contextValue.requestId}] audit log not written`, error);
          }
        },
      });
    },
  };
}
