import * as cheerio from 'cheerio';
import { getIntrospectionQuery } from 'graphql';
import { RunningHub, serveHub } from '../../src/hub';
import { TEST_DATABASE_KIND, TestDatabase, openTestDatabase, seedRegions } from '../support/database';
import { testServeSettings } from '../support/http-access';

const TYPES: Record<string, string> = { script: 'text/javascript; charset=utf-8', stylesheet: 'text/css; charset=utf-8' };

/** The explorer at /graphql: GraphiQL from the installed packages, no request leaving the hub. */
describe(`the GraphQL explorer (${TEST_DATABASE_KIND})`, () => {
  let db: TestDatabase;
  let hub: RunningHub;
  let base: string;
  beforeAll(async () => {
    db = await openTestDatabase();
    await seedRegions(db.dataSource, ['330281']);
    hub = await serveHub(db.dataSource, 0, testServeSettings());
    base = hub.url.replace(/\/graphql$/, '');
  });
  afterAll(async () => {
    await new Promise<void>((resolve) => hub.server.close(() => resolve()));
    await hub.apollo.stop();
    await db.close();
  });

  const openInBrowser = () => fetch(hub.url, { headers: { accept: 'text/html,application/xhtml+xml,*/*;q=0.8' } });

  it('is what a browser gets at /graphql, naming no other host', async () => {
    const response = await openInBrowser();
    const html = await response.text();
    expect([response.status, response.headers.get('content-type')]).toEqual([200, 'text/html; charset=utf-8']);
    expect(html).toContain('GraphQL 浏览器');
    expect(html).not.toMatch(/(https?:)?\/\/[a-z0-9]/i);
    expect(html).not.toMatch(/apollo|sandbox|googleapis|unpkg|jsdelivr/i);
  });

  it('references only same-origin files, each served with its type', async () => {
    const $ = cheerio.load(await (await openInBrowser()).text());
    const assets = [
      ...$('script[src]')
        .map((_i, element) => ({ kind: 'script', url: $(element).attr('src')! }))
        .get(),
      ...$('link[rel=stylesheet]')
        .map((_i, element) => ({ kind: 'stylesheet', url: $(element).attr('href')! }))
        .get(),
    ];
    expect(assets.map(({ url }) => url)).toEqual(
      expect.arrayContaining([
        '/vendor/react/react.production.min.js',
        '/vendor/react-dom/react-dom.production.min.js',
        '/vendor/graphiql/graphiql.min.js',
        '/vendor/graphiql/graphiql.min.css',
        '/assets/web/explorer.js',
      ]),
    );
    for (const { kind, url } of assets) {
      expect(url).toMatch(/^\/[^/]/);
      const response = await fetch(base + url);
      const body = await response.text();
      expect([url, response.status, response.headers.get('content-type')]).toEqual([url, 200, TYPES[kind]]);
      // A stylesheet that imported fonts or images from elsewhere would leave the hub.
      if (kind === 'stylesheet') expect(body).not.toMatch(/@import|url\(\s*['"]?(https?:)?\/\//);
    }
  });

  it('answers the introspection an explorer sends: a chain of ofType is one type reference, not depth', async () => {
    const query = getIntrospectionQuery({ descriptions: true, inputValueDeprecation: true, schemaDescription: true });
    const response = await fetch(hub.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query }),
    });
    const body = (await response.json()) as {
      data?: { __schema: { types: { name: string; description: string | null }[] } };
      errors?: unknown;
    };
    expect([response.status, body.errors]).toEqual([200, undefined]);
    expect(body.data!.__schema.types.map((type) => type.name)).toContain('Query');
    expect(body.data!.__schema.types.some((type) => /[\u4e00-\u9fff]/.test(type.description ?? ''))).toBe(true);
  });

  it('leaves GraphQL to GraphQL clients: a JSON GET and a POST are answered as before', async () => {
    const query = encodeURIComponent('{ townships(regionCode: "330281109") { name } }');
    const get = await fetch(`${hub.url}?query=${query}`, { headers: { accept: 'application/json', 'apollo-require-preflight': 'true' } });
    expect(await get.json()).toEqual({ data: { townships: [{ name: '丈亭镇' }] } });
    const post = await fetch(hub.url, {
      method: 'POST',
      headers: { accept: 'application/json', 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ __typename }' }),
    });
    expect(await post.json()).toEqual({ data: { __typename: 'Query' } });
  });
});
