// The callbacks handed to the page run in the browser, on its DOM.
/// <reference lib="dom" />
import { Browser, Page } from 'playwright-core';
import { OFFICE_SCREEN } from './chromium';

/** The key the pages keep the user's token under (web/lib/token.ts). */
const TOKEN_KEY = 'disclosure-hub.token';

/** A page on a 1366×768 screen (or the one given), signed in with `token` as if the user had typed it; page errors fail the test. */
export async function openPage(
  browser: Browser,
  token?: string,
  viewport: { width: number; height: number } = OFFICE_SCREEN,
): Promise<{ page: Page; errors: string[] }> {
  const context = await browser.newContext({ viewport, locale: 'zh-CN' });
  if (token) await context.addInitScript(([key, value]) => sessionStorage.setItem(key, value), [TOKEN_KEY, token]);
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  return { page, errors };
}

/** Opens the dashboard and waits until every panel has drawn. */
export async function openDashboard(page: Page, origin: string, query = ''): Promise<void> {
  await page.goto(`${origin}/${query}`);
  await page.waitForSelector('body[data-state=ready]', { state: 'attached' });
}

/** Waits for the dashboard to draw again after a click or a key that loads another region or year. */
export async function waitForRedraw(page: Page, act: () => Promise<void>): Promise<void> {
  await page.evaluate(() => (document.body.dataset.state = 'waiting'));
  await act();
  await page.waitForSelector('body[data-state=ready]', { state: 'attached' });
}

/** How many of the canvas's pixels are drawn (not transparent, not white). */
export function drawnPixels(page: Page, selector: string): Promise<number> {
  return page.$eval(selector, (canvas: HTMLCanvasElement) => {
    const { data } = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height);
    let drawn = 0;
    for (let i = 0; i < data.length; i += 4) if (data[i + 3] > 0 && (data[i] < 250 || data[i + 1] < 250 || data[i + 2] < 250)) drawn++;
    return drawn;
  });
}
