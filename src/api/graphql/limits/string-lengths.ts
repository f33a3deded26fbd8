import {
  FieldNode,
  FragmentDefinitionNode,
  GraphQLArgument,
  GraphQLInputField,
  GraphQLInputType,
  GraphQLNamedType,
  GraphQLSchema,
  Kind,
  OperationDefinitionNode,
  SelectionSetNode,
  ValueNode,
  getNamedType,
  getNullableType,
  isInputObjectType,
  isInterfaceType,
  isListType,
  isObjectType,
  isScalarType,
} from 'graphql';
import { DEFAULT_MAX_INPUT_LENGTH } from '../../../core/input-length';
import { jsonLength } from '../../../core/json-text';

/**
 * How an input declares its maximum length, as a field extension (`@Extensions({ maxLength })`
 * in resolvers/types): a number of characters (for a JSON scalar, of its JSON text), or
 * 'document' for an uploaded document, which HUB_MAX_UPLOAD_BYTES bounds once decoded.
 */
export type MaxLength = number | 'document';

/** A string input longer than its maximum, as the refusal names it. */
export interface TooLong {
  /** Where it was given: `reviewIssue.input.comment`, `compare.input.metrics[3]`. */
  field: string;
  limit: number;
  actual: number;
}

type Fragments = ReadonlyMap<string, FragmentDefinitionNode>;

function declaredLimit(definition: GraphQLArgument | GraphQLInputField): MaxLength {
  const declared = (definition.extensions as { maxLength?: MaxLength } | undefined)?.maxLength;
  return declared ?? DEFAULT_MAX_INPUT_LENGTH;
}

/** Checks values against their input types: every string, and every JSON scalar's text, within its field's limit. */
class InputWalk {
  constructor(
    private readonly variables: Readonly<Record<string, unknown>>,
    /** Variables' defaults as the operation writes them, for variables not given. */
    private readonly defaults: ReadonlyMap<string, ValueNode>,
  ) {}

  /** A value given in JSON (a variable's, or inside one). */
  json(value: unknown, type: GraphQLInputType, limit: MaxLength, field: string): TooLong | null {
    if (value === null || value === undefined || limit === 'document') return null;
    const nullable = getNullableType(type);
    if (isListType(nullable)) {
      const items = Array.isArray(value) ? value : [value];
      return this.first(items, (item, i) => this.json(item, nullable.ofType, limit, `${field}[${i}]`));
    }
    if (isInputObjectType(nullable)) {
      if (typeof value !== 'object') return null;
      const fields = nullable.getFields();
      return this.first(Object.entries(value), ([name, item]) => {
        const definition = fields[name];
        return definition ? this.json(item, definition.type, declaredLimit(definition), `${field}.${name}`) : null;
      });
    }
    if (!isScalarType(nullable)) return null;
    const actual = typeof value === 'string' ? value.length : typeof value === 'object' ? jsonLength(value) : 0;
    return actual > limit ? { field, limit, actual } : null;
  }

  /** A value written in the operation, which may hold variables. */
  literal(node: ValueNode, type: GraphQLInputType, limit: MaxLength, field: string): TooLong | null {
    const nullable = getNullableType(type);
    switch (node.kind) {
      case Kind.VARIABLE: {
        const name = node.name.value;
        const fallback = this.defaults.get(name);
        if (name in this.variables || !fallback) return this.json(this.variables[name], type, limit, field);
        return this.literal(fallback, type, limit, field);
      }
      case Kind.LIST:
        return isListType(nullable)
          ? this.first(node.values, (item, i) => this.literal(item, nullable.ofType, limit, `${field}[${i}]`))
          : null;
      case Kind.OBJECT: {
        if (!isInputObjectType(nullable)) return null;
        const fields = nullable.getFields();
        return this.first(node.fields, (item) => {
          const definition = fields[item.name.value];
          return definition ? this.literal(item.value, definition.type, declaredLimit(definition), `${field}.${item.name.value}`) : null;
        });
      }
      case Kind.STRING:
        return limit !== 'document' && node.value.length > limit ? { field, limit, actual: node.value.length } : null;
      default:
        return null;
    }
  }

  first<T>(items: readonly T[], check: (item: T, index: number) => TooLong | null): TooLong | null {
    for (const [i, item] of items.entries()) {
      const found = check(item, i);
      if (found) return found;
    }
    return null;
  }
}

interface Walk {
  schema: GraphQLSchema;
  fragments: Fragments;
  inputs: InputWalk;
  /** Fragments already looked into: their arguments do not change with where they are spread. */
  seen: Set<string>;
}

function fieldArguments(walk: Walk, node: FieldNode, parent: GraphQLNamedType | undefined): TooLong | null {
  const definition = parent && (isObjectType(parent) || isInterfaceType(parent)) ? parent.getFields()[node.name.value] : undefined;
  if (!definition) return null;
  return walk.inputs.first(node.arguments ?? [], (argument) => {
    const declared = definition.args.find((candidate) => candidate.name === argument.name.value);
    const field = `${node.name.value}.${argument.name.value}`;
    return declared ? walk.inputs.literal(argument.value, declared.type, declaredLimit(declared), field) : null;
  });
}

function selections(walk: Walk, set: SelectionSetNode, parent: GraphQLNamedType | undefined): TooLong | null {
  return walk.inputs.first(set.selections, (selection) => {
    switch (selection.kind) {
      case Kind.FIELD: {
        const found = fieldArguments(walk, selection, parent);
        if (found || !selection.selectionSet) return found;
        const definition =
          parent && (isObjectType(parent) || isInterfaceType(parent)) ? parent.getFields()[selection.name.value] : undefined;
        return selections(walk, selection.selectionSet, definition && getNamedType(definition.type));
      }
      case Kind.INLINE_FRAGMENT: {
        const type = selection.typeCondition ? walk.schema.getType(selection.typeCondition.name.value) : parent;
        return selections(walk, selection.selectionSet, type ?? undefined);
      }
      case Kind.FRAGMENT_SPREAD: {
        const name = selection.name.value;
        const fragment = walk.fragments.get(name);
        if (walk.seen.has(name) || !fragment) return null;
        walk.seen.add(name);
        return selections(walk, fragment.selectionSet, walk.schema.getType(fragment.typeCondition.name.value) ?? undefined);
      }
      default: {
        const unknown: never = selection;
        throw new Error(`unknown selection ${JSON.stringify(unknown)}`);
      }
    }
  });
}

/**
 * The first string input of the operation longer than its field allows (arguments written in
 * the operation and variables alike), or null. Run before anything executes, so an overlong
 * value never reaches the database (where a column would refuse it) nor an error message.
 */
export function firstTooLong(
  schema: GraphQLSchema,
  operation: OperationDefinitionNode,
  fragments: Fragments,
  variables: Readonly<Record<string, unknown>>,
): TooLong | null {
  const root = schema.getRootType(operation.operation) ?? undefined;
  const defaults = new Map(
    (operation.variableDefinitions ?? []).flatMap((definition) =>
      definition.defaultValue ? [[definition.variable.name.value, definition.defaultValue] as const] : [],
    ),
  );
  const inputs = new InputWalk(variables, defaults);
  return selections({ schema, fragments, inputs, seen: new Set() }, operation.selectionSet, root);
}
