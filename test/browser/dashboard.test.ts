import fs from 'node:fs';
import { Browser } from 'playwright-core';
import path from 'node:path';
import { DEMO_REAL_REPORT } from '../../src/demo/load-demo';
import { projectRoot } from '../../src/core/project-root';
import { launchChromium } from './support/chromium';
import { TestHub, startTestHub } from './support/demo-hub';
import { drawnPixels, openDashboard, openPage } from './support/pages';

describe('the dashboard in Chromium, on the demo data', () => {
  let hub: TestHub;
  let browser: Browser;
  let evaluator: string;
  beforeAll(async () => {
    hub = await startTestHub({ demo: true });
    evaluator = await hub.token('EVALUATOR');
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await hub?.close();
  });

  it('loads with the demo data: the latest year, its lists, the ranking and the year on year totals', async () => {
    const { page, errors } = await openPage(browser, evaluator);
    await openDashboard(page, hub.origin);
    expect(await page.inputValue('#year')).toBe('2020');
    expect(await page.textContent('#region-name')).toBe('余姚市');
    expect(await page.textContent('#missing-list')).toContain('丈亭镇');
    expect(await page.locator('#assessment tbody[data-township]').count()).toBe(21);
    expect(await page.textContent('#year-change')).toContain('2019 年');
    expect(await drawnPixels(page, '#issue-matrix canvas')).toBeGreaterThan(5000);
    expect(page.url()).toContain('region=330281&year=2020');
    expect(errors).toEqual([]);
  });

  it('draws the channel chart (its canvas is not blank)', async () => {
    const { page } = await openPage(browser);
    await openDashboard(page, hub.origin);
    expect(await drawnPixels(page, '#channel-chart canvas')).toBeGreaterThan(5000);
  });

  it('shows the ranking to evaluators only', async () => {
    const { page } = await openPage(browser);
    await openDashboard(page, hub.origin);
    expect(await page.textContent('#assessment')).toContain('考核结果仅评审人员可见');
  });

  it('opens a township’s report on a click: the template tables with issues marked, the narrative, the versions, and review', async () => {
    const { page, errors } = await openPage(browser, evaluator);
    await openDashboard(page, hub.origin, '?region=330281&year=2019');
    await page.click('#assessment .township-link[data-township="330281109"]');
    const report = page.locator('#report-panel article[data-township="330281109"]');
    await report.waitFor();
    expect(await report.locator('h3').textContent()).toContain('丈亭镇 2019 年度报告');
    expect(await report.locator('td[data-cell="channels.website"]').textContent()).toBe('130');
    expect(await report.textContent()).toContain('三、收到和处理政府信息公开申请情况');
    expect(await report.textContent()).toContain('总体情况');
    expect(await report.locator('table.versions tr').count()).toBe(2);
    // The demo's version was stored by no token.
    expect(await report.locator('table.versions td.uploaded-by').textContent()).toBe('命令行或演示数据');
    // The real 丈亭镇 report leaves cells blank: cells.blank warnings, marked in the tables.
    expect(await report.locator('td.flagged').count()).toBeGreaterThan(0);
    const first = report.locator('li.issue').first();
    await first.getByRole('button', { name: '确认' }).click();
    await first.locator('.review-status', { hasText: '已确认' }).waitFor();
    expect(errors).toEqual([]);
  });

  it('names rules in Chinese, shows —— as 不适用, and puts the narrative before the tables', async () => {
    const { page, errors } = await openPage(browser, evaluator);
    await openDashboard(page, hub.origin, '?region=330281&year=2019');
    await page.click('#assessment .township-link[data-township="330281109"]');
    const report = page.locator('#report-panel article[data-township="330281109"]');
    await report.waitFor();
    expect(await report.locator('li.issue[data-rule="cells.blank"] .rule-name').first().textContent()).toBe('表格未填');
    expect(await report.innerText()).not.toContain('cells.blank');
    expect(await report.locator('td', { hasText: '不适用' }).count()).toBeGreaterThan(0);
    const narrativeFirst = await report.evaluate((article) => {
      const narrative = article.querySelector('.sections')!;
      const table = article.querySelector('.report-table')!;
      return Boolean(narrative.compareDocumentPosition(table) & Node.DOCUMENT_POSITION_FOLLOWING);
    });
    expect(narrativeFirst).toBe(true);
    expect(errors).toEqual([]);
  });

  it('labels the heat map’s rules in Chinese', async () => {
    const { page } = await openPage(browser);
    await openDashboard(page, hub.origin, '?region=330281&year=2019');
    // The page's own ECharts module (the import map's URL); a string, so the test's compiler leaves the import be.
    const labels = await page.evaluate<string[]>(`(async () => {
      const echarts = await import('/vendor/echarts/echarts.esm.min.js');
      return echarts.getInstanceByDom(document.querySelector('#issue-matrix')).getOption().xAxis[0].data;
    })()`);
    expect(labels).toContain('表格未填');
    expect(labels.filter((label) => /^[a-z]+\.[a-zA-Z]+$/.test(label))).toEqual([]);
  });

  it('colours 同比 by whether the change is good: more reviews (行政复议) or issues is worse', async () => {
    const { page } = await openPage(browser);
    await openDashboard(page, hub.origin, '?region=330281&year=2020');
    const rows = await page.$$eval('#year-change tbody tr', (trs) =>
      trs.map((tr) => ({
        label: tr.querySelector('th')!.textContent,
        change: tr.lastElementChild!.textContent ?? '',
        verdict: tr.lastElementChild!.className,
      })),
    );
    const judged = rows.filter((row) => /better|worse/.test(row.verdict));
    expect(judged.length).toBeGreaterThan(0);
    for (const row of judged) {
      const fewerIsBetter = row.label === '行政复议' || row.label === '发现的问题';
      const rose = row.change.startsWith('+');
      expect(row.verdict).toContain(rose === fewerIsBetter ? 'worse' : 'better');
    }
    expect(rows.find((row) => row.label === '本年新收申请')?.verdict).not.toMatch(/better|worse/);
  });

  it('sorts the channel chart by the channel chosen, fewest first', async () => {
    const { page } = await openPage(browser);
    await openDashboard(page, hub.origin, '?region=330281&year=2019');
    await page.selectOption('#channel-order', 'wechat');
    await page.locator('#channel-chart canvas').waitFor();
    const wechat = await page.evaluate<(number | string)[]>(`(async () => {
      const echarts = await import('/vendor/echarts/echarts.esm.min.js');
      const option = echarts.getInstanceByDom(document.querySelector('#channel-chart')).getOption();
      return option.series.find((series) => series.name === '政务微信').data;
    })()`);
    const counts = wechat.filter((value): value is number => typeof value === 'number');
    expect(counts.length).toBeGreaterThan(10);
    expect(counts).toEqual([...counts].sort((a, b) => a - b));
  });

  it('downloads the township’s original document from its report', async () => {
    const { page, errors } = await openPage(browser);
    await openDashboard(page, hub.origin, '?region=330281&year=2019');
    await page.click('#zero-list .township-link[data-township="330281109"]');
    const report = page.locator('#report-panel article[data-township="330281109"]');
    await report.waitFor();
    const [original] = await Promise.all([page.waitForEvent('download'), report.getByRole('button', { name: '原文' }).click()]);
    expect(original.suggestedFilename()).toBe('丈亭镇2019年度报告-第1版.txt');
    const uploaded = fs.readFileSync(path.join(projectRoot(), DEMO_REAL_REPORT.file));
    expect(fs.readFileSync(await original.path()).equals(uploaded)).toBe(true);
    expect(errors).toEqual([]);
  });
});
