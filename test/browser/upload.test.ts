import { Browser } from 'playwright-core';
import { launchChromium } from './support/chromium';
import { TestHub, startTestHub } from './support/demo-hub';
import { openPage } from './support/pages';
import { reportFixture } from '../support/fixtures';
import { DEFAULT_LIMITS } from '../../src/api/graphql/limits/limit-config';

const ZHANGTING = '330281109';

describe('the upload page in Chromium', () => {
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

  async function fillForm(token?: string) {
    const { page, errors } = await openPage(browser, token);
    await page.goto(`${hub.origin}/upload`);
    await page.waitForSelector(`#township option[value="${ZHANGTING}"]`, { state: 'attached' });
    await page.selectOption('#township', ZHANGTING);
    await page.fill('#year', '2019');
    await page.setInputFiles('#file', { name: 'zhangting-2019.txt', mimeType: 'text/plain', buffer: reportFixture('zhangting-2019.txt') });
    return { page, errors };
  }

  it('previews the fixture report with its tables and issues, then uploads it with an uploader token', async () => {
    const { page, errors } = await fillForm(await hub.token('UPLOADER', [ZHANGTING]));
    expect(await page.isDisabled('#confirm')).toBe(true);
    await page.click('#preview');
    const preview = page.locator('#result article[data-township="330281109"]');
    await preview.waitFor();
    expect(await preview.locator('td[data-cell="channels.website"]').textContent()).toBe('130');
    expect(await preview.locator('table.report-table').count()).toBe(4);
    expect(await page.textContent('#result')).toMatch(/问题（\d+）/);
    await page.click('#confirm');
    await page.locator('#result .success').waitFor();
    expect(await page.textContent('#result .success')).toContain('已创建');
    expect(await page.locator('#result table.versions tr').count()).toBe(2);
    expect(errors).toEqual([]);
  });

  it("shows the hub's answer to a file over the size limit, not a network error (the connection was reset)", async () => {
    const small = await startTestHub({ demo: false, limits: { ...DEFAULT_LIMITS, maxUploadBytes: 1000 } });
    try {
      const { page, errors } = await openPage(browser, await small.token('UPLOADER', [ZHANGTING]));
      await page.goto(`${small.origin}/upload`);
      await page.waitForSelector(`#township option[value="${ZHANGTING}"]`, { state: 'attached' });
      await page.selectOption('#township', ZHANGTING);
      await page.fill('#year', '2019');
      const large = Buffer.concat(Array.from({ length: 100 }, () => reportFixture('zhangting-2019.txt')));
      await page.setInputFiles('#file', { name: 'zhangting-2019.txt', mimeType: 'text/plain', buffer: large });
      await page.click('#preview');
      const alert = page.locator('#result [role=alert]');
      await alert.waitFor();
      expect(await alert.textContent()).toContain('请求体超过');
      expect(errors).toEqual([]);
    } finally {
      await small.close();
    }
  });

  it('shows the error when there is no token', async () => {
    const { page } = await fillForm();
    await page.click('#preview');
    const alert = page.locator('#result [role=alert]');
    await alert.waitFor();
    expect(await alert.textContent()).toContain('需要令牌');
    expect(await page.isDisabled('#confirm')).toBe(true);
  });
});
