import type { ApolloServerPlugin } from '@apollo/server';
import { currentSqlTrace } from '../../storage/db/sql-counter';

/**
 * HUB_TRACE_SQL=1: every response says in `extensions.sqlStatements` how many SQL statements
 * its operation ran, so anyone can check that a list query costs the same for 21 townships as
 * for 41,000. The HTTP handler runs each request in a trace of its own (sql-counter.ts).
 */
export const sqlTracePlugin: ApolloServerPlugin = {
  requestDidStart() {
    return Promise.resolve({
      willSendResponse({ response }) {
        const trace = currentSqlTrace();
        if (trace && response.body.kind === 'single') {
          const result = response.body.singleResult;
          result.extensions = { ...result.extensions, sqlStatements: trace.statements.length };
        }
        return Promise.resolve();
      },
    });
  },
};
