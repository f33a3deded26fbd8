import { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError } from 'graphql';
import { LimitConfig } from './limit-config';
import type { HubContext } from '../context';
import type { QueryShape } from './query-shape';
import { operationShape, operationTooLong } from './operation-facts';
import { inputTooLong } from '../../../core/input-length';

interface Bound {
  measure: keyof QueryShape;
  limit: keyof LimitConfig;
  code: string;
  what: string;
  variable: string;
}

const BOUNDS: readonly Bound[] = [
  { measure: 'depth', limit: 'maxDepth', code: 'QUERY_TOO_DEEP', what: '查询深度', variable: 'HUB_MAX_DEPTH' },
  { measure: 'aliases', limit: 'maxAliases', code: 'TOO_MANY_ALIASES', what: '别名数', variable: 'HUB_MAX_ALIASES' },
  { measure: 'cost', limit: 'maxCost', code: 'QUERY_TOO_COSTLY', what: '查询成本', variable: 'HUB_MAX_COST' },
];

function overLimit(shape: QueryShape, limits: LimitConfig): GraphQLError | null {
  const bound = BOUNDS.find((candidate) => shape[candidate.measure] > limits[candidate.limit]);
  if (!bound) return null;
  const actual = shape[bound.measure];
  const limit = limits[bound.limit];
  return new GraphQLError(`${bound.what} ${actual} 超过上限 ${limit}（${bound.variable}）`, {
    extensions: { code: bound.code, limit, actual, http: { status: 400 } },
  });
}

/** A string input past its length, as GraphQL's own refusal (BAD_USER_INPUT naming the field and the limit). */
function tooLongError(tooLong: { field: string; limit: number; actual: number }): GraphQLError {
  const { message, code, details } = inputTooLong(tooLong.field, tooLong.limit, tooLong.actual);
  return new GraphQLError(message, { extensions: { code, ...details, http: { status: 400 } } });
}

/**
 * Refuses an operation past the request's depth, alias or cost limit, or with a string input
 * longer than its field allows, after it is parsed and validated and before anything runs;
 * the error names the limit and the value.
 */
export function limitsPlugin(): ApolloServerPlugin<HubContext> {
  return {
    requestDidStart() {
      return Promise.resolve({
        didResolveOperation({ document, operation, schema, contextValue, request }) {
          if (!operation) return Promise.resolve();
          const error = overLimit(operationShape(schema, document, operation), contextValue.limits);
          if (error) return Promise.reject(error);
          const tooLong = operationTooLong(schema, document, operation, request.variables ?? {});
          return tooLong ? Promise.reject(tooLongError(tooLong)) : Promise.resolve();
        },
      });
    },
  };
}
