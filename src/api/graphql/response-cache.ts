import { createHash } from 'node:crypto';
import { ApolloServerPlugin, GraphQLRequestContextResponseForOperation, GraphQLResponse, HeaderMap } from '@apollo/server';
import { FormattedExecutionResult, Kind, OperationTypeNode, SelectionSetNode } from 'graphql';
import { LRUCache } from 'lru-cache';
import { chinaDay } from '../../core/china-date';
import { HubContext } from './context';
import { dataGeneration } from './data-generation';

type Asked = GraphQLRequestContextResponseForOperation<HubContext>;

/** JSON with every object's keys in order, so that the same variables make the same key. */
function stableJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.keys(value)
      .sort()
      .map((key) => `${JSON.stringify(key)}:${stableJson((value as Record<string, unknown>)[key])}`);
    return `{${entries.join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

/**
 * Everything an answer depends on: the operation, its variables, who asks (the role and the
 * townships an uploader is scoped to decide what is granted), the data generation and the
 * day in China (a rectification notice becomes overdue, and an assessment deducts for it, with
 * no write: an answer of yesterday is not served today). Hashed, so a long query costs the
 * cache no more than a short one.
 */
function cacheKey({ source, operationName, request, contextValue: { actor } }: Asked, generation: string): string {
  const material = stableJson([
    source,
    operationName,
    request.variables ?? {},
    actor.role,
    [...actor.townshipCodes].sort(),
    generation,
    chinaDay(),
  ]);
  return createHash('sha256').update(material).digest('base64');
}

/** Query fields whose answer depends on more of who asks than the key holds (`me` names the token's holder). */
const PER_TOKEN_FIELDS: ReadonlySet<string> = new Set(['me']);

/** Whether the operation asks for a PER_TOKEN_FIELDS field (at its top, where Query's fields are, fragments followed). */
function asksPerToken({ operation, document }: Asked): boolean {
  const fragments = new Map(document.definitions.flatMap((d) => (d.kind === Kind.FRAGMENT_DEFINITION ? [[d.name.value, d]] : [])));
  const seen = new Set<string>();
  const within = (set: SelectionSetNode): boolean =>
    set.selections.some((selection) => {
      if (selection.kind === Kind.FIELD) return PER_TOKEN_FIELDS.has(selection.name.value);
      if (selection.kind === Kind.INLINE_FRAGMENT) return within(selection.selectionSet);
      const fragment = fragments.get(selection.name.value);
      if (!fragment || seen.has(fragment.name.value)) return false;
      seen.add(fragment.name.value);
      return within(fragment.selectionSet);
    });
  return within(operation.selectionSet);
}

/**
 * The key of a query operation's answer, or undefined when it should not be cached. A failed
 * generation read leaves the operation to run uncached, so it fails (or not) as it would
 * without a cache, with the same error.
 */
async function keyFor(asked: Asked): Promise<string | undefined> {
  if (asked.operation.operation !== OperationTypeNode.QUERY || asksPerToken(asked)) return undefined;
  try {
    return cacheKey(asked, await dataGeneration(asked.contextValue.dataSource));
  } catch {
    return undefined;
  }
}

function cachedResponse(json: string): GraphQLResponse {
  // Parsed anew for each answer: plugins add to the result (sqlStatements) and must not change the stored one.
  const singleResult = JSON.parse(json) as FormattedExecutionResult;
  return { http: { status: undefined, headers: new HeaderMap() }, body: { kind: 'single', singleResult } };
}

/**
 * Keeps the answers of query operations, up to `maxBytes` (V8 holds a string's characters in
 * up to 2 bytes each), least recently used out first. Only answers without errors are kept,
 * and only their data: extensions are made for each response.
 *
 * Why the data generation keeps answers right with several hubs on one database and the CLI
 * writing to it directly: an answer is stored under the generation read *before* its data. If
 * a write lands between the two reads, the answer is computed on data at least as new as its
 * generation says: serving it under the old generation only serves the write a little early.
 * An answer computed on older data sits under an older generation, which no request reads
 * again once the write has moved it. A write moves the generation when it commits (uploads,
 * rubrics) or just after (other mutations, through their audit event, before their response
 * is sent), so whoever saw a write done sees answers that include it.
 */
export function responseCachePlugin(maxBytes: number): ApolloServerPlugin<HubContext> {
  const cache = new LRUCache<string, string>({ maxSize: maxBytes, sizeCalculation: (json) => 2 * json.length });
  return {
    requestDidStart() {
      // The key a miss is to fill once the answer is known.
      let missed: string | undefined;
      return Promise.resolve({
        // Apollo asks this after every plugin's didResolveOperation: the context already reads
        // the connection the operation will read (queryConnectionPlugin), so the generation and the
        // data come from the same server, and operations past the limits were refused.
        async responseForOperation(asked) {
          const key = await keyFor(asked);
          const json = key === undefined ? undefined : cache.get(key);
          if (json !== undefined) return cachedResponse(json);
          missed = key;
          return null;
        },
        willSendResponse({ response }) {
          if (missed !== undefined && response.body.kind === 'single') {
            const { data, errors } = response.body.singleResult;
            if (!errors?.length && data) cache.set(missed, JSON.stringify({ data }));
          }
          return Promise.resolve();
        },
      });
    },
  };
}
