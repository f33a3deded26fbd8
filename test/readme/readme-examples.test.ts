import fs from 'node:fs';
import path from 'node:path';
import { DefinitionNode, Kind, OperationDefinitionNode, parse, print } from 'graphql';
import { RunningHub, startHub } from '../../src/hub';
import { TEST_DATABASE_KIND, TestDatabase, openTestDatabase, seedRegions } from '../support/database';
import { testHubConfig } from '../support/hub-config';
import { jsonHeaders } from '../support/http-access';

const README = fs.readFileSync(path.join(__dirname, '..', '..', 'README.md'), 'utf8');

/** Every operation of every ```graphql block of the README, in the order a reader meets them. */
function readmeOperations(): { block: number; name: string; operation: string }[] {
  const blocks = [...README.matchAll(/^```graphql\n([\s\S]*?)^```/gm)].map((match) => match[1]);
  return blocks.flatMap((text, block) =>
    parse(text)
      .definitions.filter(
        (definition: DefinitionNode): definition is OperationDefinitionNode => definition.kind === Kind.OPERATION_DEFINITION,
      )
      .map((operation) => {
        const field = operation.selectionSet.selections.map((selection) => (selection.kind === Kind.FIELD ? selection.name.value : '…'));
        return { block: block + 1, name: `${operation.operation} ${field.join(', ')}`, operation: print(operation) };
      }),
  );
}

/** The paths of the lists in an answer that are empty: an example that shows nothing shows nothing. */
function emptyLists(value: unknown, at = 'data'): string[] {
  if (Array.isArray(value)) return value.length ? value.flatMap((item, i) => emptyLists(item, `${at}[${i}]`)) : [at];
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([key, inner]) => emptyLists(inner, `${at}.${key}`));
  return [];
}

/**
 * The README's GraphQL examples, each run as written, in order, on what a newcomer has after
 * `npm start`: the demo data, and the admin token the first start printed.
 */
describe(`the README's GraphQL examples on the demo data (${TEST_DATABASE_KIND})`, () => {
  let db: TestDatabase;
  let hub: RunningHub;
  let adminToken: string;
  beforeAll(async () => {
    db = await openTestDatabase();
    // 浙江省: the demo's 余姚市 and the regions around it that the examples name.
    await seedRegions(db.dataSource, ['33']);
    const printed: string[] = [];
    const config = testHubConfig(db.config);
    hub = await startHub(config, (line) => printed.push(line));
    adminToken = /dhub_\S+/.exec(printed.join('\n'))![0];
  });
  afterAll(async () => {
    await hub.stop(0);
    await db.close();
  });

  it('has examples', () => {
    expect(readmeOperations().length).toBeGreaterThanOrEqual(8);
  });

  it.each(readmeOperations())('block $block: $name', async ({ operation }) => {
    const response = await fetch(hub.url, { method: 'POST', headers: jsonHeaders(adminToken), body: JSON.stringify({ query: operation }) });
    const body = (await response.json()) as { data?: unknown; errors?: unknown };
    expect(body.errors).toBeUndefined();
    expect(body.data).toBeDefined();
    expect(emptyLists(body.data)).toEqual([]);
  });
});
