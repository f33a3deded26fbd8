import { DocumentNode, FragmentDefinitionNode, GraphQLSchema, Kind, OperationDefinitionNode } from 'graphql';
import { QueryShape, measureOperation } from './query-shape';
import { TooLong, firstTooLong } from './string-lengths';

type Fragments = ReadonlyMap<string, FragmentDefinitionNode>;

interface Facts {
  schema: GraphQLSchema;
  fragments: Fragments;
  shape: QueryShape;
  /** The first string written too long in the text; undefined when the operation has variables, which are checked per request. */
  literalTooLong?: TooLong | null;
}

/**
 * What the limits read of an operation's text, once per parsed document: Apollo keeps one
 * parsed document per query text, so a dashboard asking the same query again measures nothing
 * again. Keyed by the node itself: a text parsed anew is measured anew.
 */
const known = new WeakMap<OperationDefinitionNode, Facts>();

function fragmentsOf(document: DocumentNode): Fragments {
  return new Map(
    document.definitions
      .filter((definition): definition is FragmentDefinitionNode => definition.kind === Kind.FRAGMENT_DEFINITION)
      .map((fragment) => [fragment.name.value, fragment]),
  );
}

function factsOf(schema: GraphQLSchema, document: DocumentNode, operation: OperationDefinitionNode): Facts {
  const cached = known.get(operation);
  if (cached?.schema === schema) return cached;
  const fragments = fragmentsOf(document);
  const facts: Facts = { schema, fragments, shape: measureOperation(schema, operation, fragments) };
  // Without variables, the strings are all in the text.
  if (!operation.variableDefinitions?.length) facts.literalTooLong = firstTooLong(schema, operation, fragments, {});
  known.set(operation, facts);
  return facts;
}

/** The operation's depth, aliases and cost. */
export function operationShape(schema: GraphQLSchema, document: DocumentNode, operation: OperationDefinitionNode): QueryShape {
  return factsOf(schema, document, operation).shape;
}

/** The operation's first string input longer than its field allows, written in the text or given as a variable. */
export function operationTooLong(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables: Readonly<Record<string, unknown>>,
): TooLong | null {
  const { literalTooLong, fragments } = factsOf(schema, document, operation);
  return literalTooLong !== undefined ? literalTooLong : firstTooLong(schema, operation, fragments, variables);
}
