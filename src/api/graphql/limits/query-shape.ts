import {
  FragmentDefinitionNode,
  GraphQLNamedType,
  GraphQLSchema,
  Kind,
  OperationDefinitionNode,
  OperationTypeNode,
  SelectionSetNode,
  getNamedType,
  getNullableType,
  isInterfaceType,
  isListType,
  isObjectType,
} from 'graphql';

/** How much an operation asks for, measured before it runs. */
export interface QueryShape {
  depth: number;
  aliases: number;
  cost: number;
}

/** A list is assumed to hold this many items when pricing what is selected under it. */
export const LIST_COST_FACTOR = 10;

type Fragments = ReadonlyMap<string, FragmentDefinitionNode>;

interface Walk {
  schema: GraphQLSchema;
  fragments: Fragments;
  /** A fragment's shape does not depend on where it is spread: measured once, so nested spreads cannot blow up the walk. */
  measured: Map<string, QueryShape>;
}

const EMPTY: QueryShape = { depth: 0, aliases: 0, cost: 0 };

function merge(a: QueryShape, b: QueryShape): QueryShape {
  return { depth: Math.max(a.depth, b.depth), aliases: a.aliases + b.aliases, cost: a.cost + b.cost };
}

function fieldType(parent: GraphQLNamedType | undefined, name: string) {
  return parent && (isObjectType(parent) || isInterfaceType(parent)) ? parent.getFields()[name]?.type : undefined;
}

function measureFragment(walk: Walk, name: string): QueryShape {
  const known = walk.measured.get(name);
  if (known) return known;
  const fragment = walk.fragments.get(name);
  // Validation has already refused unknown and cyclic fragments; the placeholder guards the walk anyway.
  walk.measured.set(name, EMPTY);
  const shape = fragment ? measureSelections(walk, fragment.selectionSet, walk.schema.getType(fragment.typeCondition.name.value)) : EMPTY;
  walk.measured.set(name, shape);
  return shape;
}

/**
 * `__Type.ofType` unwraps one list or non-null of a type reference: a chain of them is one
 * type read from memory, never more work per level, and introspection (GraphiQL's asks for 7,
 * for `[[T!]!]!` and deeper) would pass no depth limit if each counted. Its cost still counts.
 */
function wrapsType(parent: GraphQLNamedType | undefined, field: string): boolean {
  return parent?.name === '__Type' && field === 'ofType';
}

/** Depth counts levels of fields below `selections`; cost counts fields, multiplied under lists. */
function measureSelections(walk: Walk, selections: SelectionSetNode, parent: GraphQLNamedType | undefined): QueryShape {
  let shape = EMPTY;
  for (const selection of selections.selections) {
    switch (selection.kind) {
      case Kind.FIELD: {
        const type = fieldType(parent, selection.name.value);
        const inner = selection.selectionSet ? measureSelections(walk, selection.selectionSet, type && getNamedType(type)) : EMPTY;
        const factor = type && isListType(getNullableType(type)) ? LIST_COST_FACTOR : 1;
        const depth = inner.depth + (wrapsType(parent, selection.name.value) ? 0 : 1);
        const field = { depth, aliases: inner.aliases + (selection.alias ? 1 : 0), cost: (1 + inner.cost) * factor };
        shape = merge(shape, field);
        break;
      }
      case Kind.INLINE_FRAGMENT: {
        const type = selection.typeCondition ? walk.schema.getType(selection.typeCondition.name.value) : parent;
        shape = merge(shape, measureSelections(walk, selection.selectionSet, type ?? undefined));
        break;
      }
      case Kind.FRAGMENT_SPREAD:
        shape = merge(shape, measureFragment(walk, selection.name.value));
        break;
      default: {
        const unknown: never = selection;
        throw new Error(`unknown selection ${JSON.stringify(unknown)}`);
      }
    }
  }
  return shape;
}

function rootType(schema: GraphQLSchema, operation: OperationDefinitionNode) {
  switch (operation.operation) {
    case OperationTypeNode.QUERY:
      return schema.getQueryType() ?? undefined;
    case OperationTypeNode.MUTATION:
      return schema.getMutationType() ?? undefined;
    case OperationTypeNode.SUBSCRIPTION:
      return schema.getSubscriptionType() ?? undefined;
    default: {
      const unknown: never = operation.operation;
      throw new Error(`unknown operation type ${String(unknown)}`);
    }
  }
}

export function measureOperation(schema: GraphQLSchema, operation: OperationDefinitionNode, fragments: Fragments): QueryShape {
  return measureSelections({ schema, fragments, measured: new Map() }, operation.selectionSet, rootType(schema, operation));
}
