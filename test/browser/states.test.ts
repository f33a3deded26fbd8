import { Browser, Page, Route } from 'playwright-core';
import { launchChromium } from './support/chromium';
import { TestHub, startTestHub } from './support/demo-hub';
import { openDashboard, openPage, waitForRedraw } from './support/pages';

describe('every state of the dashboard drawn (demo data)', () => {
  let hub: TestHub;
  let browser: Browser;
  beforeAll(async () => {
    hub = await startTestHub({ demo: true });
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await hub?.close();
  });

  it('says it is loading while the hub has not answered', async () => {
    const { page, errors } = await openPage(browser);
    const held: Route[] = [];
    await page.route('**/graphql', (route) => {
      // The first requests (the token, the region, its years) pass; the panels' are held.
      if (route.request().postData()?.includes('ChannelComparison')) held.push(route);
      else void route.continue();
    });
    await page.goto(`${hub.origin}/?region=330281&year=2019`);
    await page.locator('#channel-chart .loading-text').waitFor();
    expect(await page.isVisible('#loading-note')).toBe(true);
    expect(await page.textContent('#channel-chart')).toBe('正在加载…');
    for (const route of held) await route.continue();
    await page.unroute('**/graphql');
    await page.waitForSelector('body[data-state=ready]', { state: 'attached' });
    expect(await page.isVisible('#loading-note')).toBe(false);
    expect(errors).toEqual([]);
  });

  it('draws the year chosen last when a second year is chosen while the first is loading', async () => {
    const websiteCounts = (page: Page) =>
      page.evaluate<unknown>(`(async () => {
        const echarts = await import('/vendor/echarts/echarts.esm.min.js');
        return echarts.getInstanceByDom(document.querySelector('#channel-chart')).getOption().series[0].data;
      })()`);
    const direct = await openPage(browser);
    await openDashboard(direct.page, hub.origin, '?region=330281&year=2020');
    const expected = await websiteCounts(direct.page);

    const { page, errors } = await openPage(browser);
    await openDashboard(page, hub.origin, '?region=330281&year=2020');
    const held: Route[] = [];
    await page.route('**/graphql', (route) => {
      if (route.request().postData()?.includes('ChannelComparison')) held.push(route);
      else void route.continue();
    });
    await page.selectOption('#year', '2019');
    await page.waitForFunction(() => document.querySelector('#channel-chart .loading-text') !== null);
    await page.selectOption('#year', '2020');
    // The 2019 load waits on its held answer; the 2020 one is queued behind it.
    while (held.length === 0) await page.waitForTimeout(50);
    for (const route of held) await route.continue();
    await page.unroute('**/graphql');
    await page.waitForFunction(() => location.search.includes('year=2020') && document.body.dataset.state === 'ready');
    expect(await page.inputValue('#year')).toBe('2020');
    expect(await websiteCounts(page)).toEqual(expected);
    expect(errors).toEqual([]);
  });

  it('says a year without any report is empty', async () => {
    const { page } = await openPage(browser);
    await openDashboard(page, hub.origin, '?region=330281&year=2018');
    expect(await page.textContent('#empty-note')).toContain('余姚市尚无乡镇报送 2018 年度报告');
  });

  it('says a wrong token is wrong, not that the ranking is for evaluators only', async () => {
    const { page, errors } = await openPage(browser, 'dhub_wrong-token-of-nobody');
    await openDashboard(page, hub.origin);
    expect(await page.textContent('#notice')).toContain('令牌无效、已过期或已被撤销');
    expect(await page.textContent('body')).not.toContain('仅评审人员可见');
    expect(errors).toEqual([]);
  });

  it('tells an uploader its token does not show scores, without an error or 重试', async () => {
    const { page, errors } = await openPage(browser, await hub.token('UPLOADER', ['330281109']));
    await openDashboard(page, hub.origin, '?region=330281&year=2019');
    expect(await page.textContent('#assessment')).toContain('此令牌不能查看考核结果');
    expect(await page.locator('#assessment .retry').count()).toBe(0);
    expect(errors).toEqual([]);
  });

  it('shows an analyst the reviews but no 确认 or 排除 (which the hub would refuse)', async () => {
    const { page, errors } = await openPage(browser, await hub.token('ANALYST'));
    await openDashboard(page, hub.origin, '?region=330281&year=2019');
    expect(await page.textContent('#whoami')).toContain('分析人员');
    await page.click('#assessment .township-link[data-township="330281109"]');
    const report = page.locator('#report-panel article[data-township="330281109"]');
    await report.waitFor();
    expect(await report.locator('.review-status').first().textContent()).toBe('待复核');
    expect(await report.getByRole('button', { name: '确认' }).count()).toBe(0);
    expect(await report.getByRole('button', { name: '排除' }).count()).toBe(0);
    expect(errors).toEqual([]);
  });
});

describe('the dashboard with the hub stopped', () => {
  let hub: TestHub;
  let browser: Browser;
  beforeAll(async () => {
    hub = await startTestHub({ demo: true });
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await hub?.close();
  });

  it('offers 重试 and keeps no panel of the year before', async () => {
    const { page, errors } = await openPage(browser);
    await openDashboard(page, hub.origin, '?region=330281&year=2020');
    hub.hub.server.close();
    hub.hub.server.closeAllConnections();
    await waitForRedraw(page, () => page.selectOption('#year', '2019').then(() => undefined));
    expect(await page.getByRole('button', { name: '重试' }).count()).toBeGreaterThan(0);
    expect(await page.textContent('#notice')).toContain('无法连接服务器');
    expect(await page.isHidden('#panels')).toBe(true);
    expect(errors).toEqual([]);
  });
});
