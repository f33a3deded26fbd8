import { ApolloServerPlugin } from '@apollo/server';
import { FragmentDefinitionNode, GraphQLError, Kind } from 'graphql';
import { LimitConfig } from './limit-config';
import type { HubContext } from '../context';
import { QueryShape, measureOperation } from './query-shape';

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

/**
 * Refuses an operation past the request's depth, alias or cost limit after it is parsed and
 * validated and before anything runs; the error names the limit and the value.
 */
export function limitsPlugin(): ApolloServerPlugin<HubContext> {
  return {
    requestDidStart() {
      return Promise.resolve({
        didResolveOperation({ document, operation, schema, contextValue }) {
          if (!operation) return Promise.resolve();
          const fragments = new Map(
            document.definitions
              .filter((definition): definition is FragmentDefinitionNode => definition.kind === Kind.FRAGMENT_DEFINITION)
              .map((fragment) => [fragment.name.value, fragment]),
          );
          const error = overLimit(measureOperation(schema, operation, fragments), contextValue.limits);
          return error ? Promise.reject(error) : Promise.resolve();
        },
      });
    },
  };
}
