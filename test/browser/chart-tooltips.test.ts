import { Browser, Page } from 'playwright-core';
import { launchChromium } from './support/chromium';
import { TestHub, startTestHub } from './support/demo-hub';
import { openDashboard, openPage } from './support/pages';

/** A township name is data: one holding markup must show as text, never become part of the page. */
const NAME = '<img id="injected" src="x">丈亭镇';

/**
 * Shows the tooltip of one data item of the chart in `selector`, through the page's own ECharts
 * module (the import map's URL, so the instance registry is the page's), and returns its text.
 * The script is a string: the test's compiled code would turn a dynamic import into require.
 */
async function showTip(page: Page, selector: string, dataIndexOf: string): Promise<string> {
  await page.evaluate(`(async () => {
    const echarts = await import('/vendor/echarts/echarts.esm.min.js');
    const chart = echarts.getInstanceByDom(document.querySelector(${JSON.stringify(selector)}));
    const option = chart.getOption();
    chart.dispatchAction({ type: 'showTip', seriesIndex: 0, dataIndex: (${dataIndexOf})(option, ${JSON.stringify(NAME)}) });
  })()`);
  const tip = page.locator(`${selector} > div`).filter({ hasText: '丈亭镇' }).last();
  await tip.waitFor();
  return (await tip.textContent()) ?? '';
}

describe('chart tooltips in Chromium, with a township named in markup', () => {
  let hub: TestHub;
  let browser: Browser;
  beforeAll(async () => {
    hub = await startTestHub({ demo: true });
    await hub.hub.dataSource.query('UPDATE regions SET name = ? WHERE code = ?', [NAME, '330281109']);
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await hub?.close();
  });

  it('shows the name as text in the channel chart’s tooltip', async () => {
    const { page, errors } = await openPage(browser);
    await openDashboard(page, hub.origin, '?region=330281&year=2019');
    const text = await showTip(page, '#channel-chart', '(option, name) => option.xAxis[0].data.indexOf(name)');
    expect(text).toContain(NAME);
    expect(text).toContain('政府网站：');
    expect(await page.locator('#injected').count()).toBe(0);
    expect(errors).toEqual([]);
  });

  it('shows the name as text in the issue heat map’s tooltip', async () => {
    const { page, errors } = await openPage(browser);
    await openDashboard(page, hub.origin, '?region=330281&year=2019');
    const cellOfTownship = `(option, name) => {
      const row = option.yAxis[0].data.indexOf(name);
      return option.series[0].data.findIndex((cell) => cell[1] === row);
    }`;
    const text = await showTip(page, '#issue-matrix', cellOfTownship);
    expect(text).toContain(NAME);
    expect(text).toMatch(/处$/);
    expect(await page.locator('#injected').count()).toBe(0);
    expect(errors).toEqual([]);
  });
});
