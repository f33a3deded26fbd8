import { Browser } from 'playwright-core';
import { launchChromium } from './support/chromium';
import { TestHub, startTestHub } from './support/demo-hub';
import { openPage } from './support/pages';

/** The explorer in Chromium with every request to another host refused: an office intranet. */
describe('the GraphQL explorer in Chromium, offline', () => {
  let hub: TestHub;
  let browser: Browser;
  beforeAll(async () => {
    hub = await startTestHub({ demo: false });
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await hub?.close();
  });

  it('loads from the hub alone, shows the schema’s docs and runs a query with the token typed', async () => {
    const { page, errors } = await openPage(browser);
    const elsewhere: string[] = [];
    const sentTokens: (string | undefined)[] = [];
    await page.route('**/*', (route) => {
      const url = route.request().url();
      if (new URL(url).origin !== hub.origin) {
        elsewhere.push(url);
        return route.abort();
      }
      if (url.endsWith('/graphql') && route.request().method() === 'POST') sentTokens.push(route.request().headers().authorization);
      return route.continue();
    });
    await page.goto(`${hub.origin}/graphql`);
    await page.waitForSelector('.graphiql-container');
    await page.fill('#token', await hub.token('ANALYST'));
    await page.locator('#token').dispatchEvent('change');

    await page.click('.graphiql-execute-button');
    await page.waitForFunction(() =>
      /"channelComparison"[\s\S]*"name": "梨洲街道"/.test(document.querySelector('.graphiql-response')?.textContent ?? ''),
    );
    expect(sentTokens.at(-1)).toMatch(/^Bearer dhub_/);

    // The documentation explorer reads the schema's own (Chinese) descriptions.
    await page.click('button[aria-label="Show Documentation Explorer"]');
    await page.click('.graphiql-doc-explorer a.graphiql-doc-explorer-type-name:has-text("Query")');
    await page.waitForSelector('.graphiql-doc-explorer-content');
    expect(await page.textContent('.graphiql-doc-explorer-content')).toMatch(/channelComparison[\s\S]*[\u4e00-\u9fff]/);

    expect(elsewhere).toEqual([]);
    expect(errors).toEqual([]);
  });

  it('completes field names from the schema as they are typed', async () => {
    const { page, errors } = await openPage(browser);
    await page.goto(`${hub.origin}/graphql`);
    await page.waitForSelector('.graphiql-query-editor .CodeMirror');
    await page.click('.graphiql-query-editor .CodeMirror-code');
    await page.keyboard.press('Control+A');
    await page.keyboard.type('{ channelCo');
    await page.waitForSelector('.CodeMirror-hints');
    expect(await page.textContent('.CodeMirror-hints')).toContain('channelComparison');
    expect(errors).toEqual([]);
  });
});
