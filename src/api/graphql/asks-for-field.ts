import { GraphQLResolveInfo, Kind, SelectionSetNode } from 'graphql';

/**
 * Whether the operation asks, anywhere below the field being resolved, for a field of one of
 * these names (fragments followed). Lets a resolver skip work nobody asked for; a field left
 * out by @skip/@include still counts, which costs work but never an answer.
 */
export function asksForField(info: GraphQLResolveInfo, names: ReadonlySet<string>): boolean {
  const seen = new Set<string>();
  const within = (set: SelectionSetNode | undefined): boolean =>
    !!set &&
    set.selections.some((selection) => {
      switch (selection.kind) {
        case Kind.FIELD:
          return names.has(selection.name.value) || within(selection.selectionSet);
        case Kind.INLINE_FRAGMENT:
          return within(selection.selectionSet);
        case Kind.FRAGMENT_SPREAD: {
          const name = selection.name.value;
          if (seen.has(name)) return false;
          seen.add(name);
          return within(info.fragments[name]?.selectionSet);
        }
        default: {
          const unknown: never = selection;
          throw new Error(`unknown selection ${JSON.stringify(unknown)}`);
        }
      }
    });
  return info.fieldNodes.some((node) => within(node.selectionSet));
}
