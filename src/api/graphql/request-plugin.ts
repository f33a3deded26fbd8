import { ApolloServerPlugin } from '@apollo/server';
import type { HubContext } from './context';
import { isUnexpected } from './format-error';

/**
 * Ties a request together for whoever investigates it: every error carries the request id,
 * the response carries it as a header, and unexpected errors are logged under it (the client
 * sees only the masked message and the id).
 */
export function requestPlugin(): ApolloServerPlugin<HubContext> {
  return {
    requestDidStart({ contextValue }) {
      const { requestId } = contextValue;
      return Promise.resolve({
        didEncounterErrors({ errors }) {
          for (const error of errors.filter(isUnexpected)) {
            console.error(`[request ${requestId}] unexpected error`, error.originalError ?? error);
          }
          return Promise.resolve();
        },
        willSendResponse({ response }) {
          response.http.headers.set('x-request-id', requestId);
          const result = response.body.kind === 'single' ? response.body.singleResult : null;
          if (result?.errors) result.errors = result.errors.map((error) => ({ ...error, extensions: { ...error.extensions, requestId } }));
          return Promise.resolve();
        },
      });
    },
  };
}
