import { Operation, TownshipIssuesFragment, TownshipIssuesFragmentDocument } from '../graphql/operations.js';
import { gql } from '../lib/graphql.js';
import { Selection, TownshipRef } from './selection.js';

export type TownshipIssues = TownshipIssuesFragment;

/** Townships per request: the hub refuses a request with more than 30 aliases (HUB_MAX_ALIASES). */
const PER_REQUEST = 25;

/** One request: an aliased `report` field per township (the hub batches their reads). */
async function fetchSome(townships: TownshipRef[], year: number): Promise<TownshipIssues[]> {
  const variables: Record<string, unknown> = { y: year };
  const declarations = townships.map((_, i) => `$c${i}: String!`).join(', ');
  const fields = townships.map((t, i) => {
    variables[`c${i}`] = t.code;
    return `t${i}: report(townshipCode: $c${i}, year: $y) { ...TownshipIssues }`;
  });
  // The aliases depend on the townships, so this document is put together here; each alias is the
  // TownshipIssues fragment, checked against the schema with the pages' other documents.
  const query = `query TownshipIssues($y: Int!, ${declarations}) { ${fields.join('\n')} }\n${TownshipIssuesFragmentDocument}`;
  const data = await gql(query as Operation<Record<string, TownshipIssues | null>, Record<string, unknown>>, variables);
  return townships.map((_, i) => data[`t${i}`]).filter((r): r is TownshipIssues => r !== null);
}

/** The issues of every listed township's report for the year. */
export async function fetchTownshipIssues(townships: TownshipRef[], { year }: Selection): Promise<TownshipIssues[]> {
  const batches: TownshipRef[][] = [];
  for (let i = 0; i < townships.length; i += PER_REQUEST) batches.push(townships.slice(i, i + PER_REQUEST));
  return (await Promise.all(batches.map((batch) => fetchSome(batch, year)))).flat();
}
