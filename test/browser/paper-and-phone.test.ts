import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Browser, Page } from 'playwright-core';
import { PHONE_SCREEN, launchChromium } from './support/chromium';
import { TestHub, startTestHub } from './support/demo-hub';
import { openDashboard, openPage } from './support/pages';

/** How much wider than the screen the page is (0: nothing to scroll sideways). */
const overflow = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);

describe('the dashboard on paper and on a phone (demo data)', () => {
  let hub: TestHub;
  let browser: Browser;
  let evaluator: string;
  let folder: string;
  beforeAll(async () => {
    hub = await startTestHub({ demo: true });
    evaluator = await hub.token('EVALUATOR');
    browser = await launchChromium();
    folder = fs.mkdtempSync(path.join(os.tmpdir(), 'dashboard-paper-'));
  });
  afterAll(async () => {
    await browser?.close();
    await hub?.close();
    fs.rmSync(folder, { recursive: true, force: true });
  });

  it('downloads what is shown as CSV, and the 汇总 as a Word file', async () => {
    const { page, errors } = await openPage(browser, evaluator);
    await openDashboard(page, hub.origin, '?region=330281&year=2019');
    const [csv] = await Promise.all([page.waitForEvent('download'), page.click('#export-csv')]);
    const csvText = fs.readFileSync(await csv.path(), 'utf8');
    expect(csv.suggestedFilename()).toMatch(/\.csv$/);
    expect(csvText).toContain('丈亭镇');
    expect(csvText).toContain('政务微信');
    const [docx] = await Promise.all([page.waitForEvent('download'), page.click('#export-docx')]);
    expect(docx.suggestedFilename()).toBe('余姚市2019年度政府信息公开工作年度报告汇总.docx');
    expect(
      fs
        .readFileSync(await docx.path())
        .subarray(0, 2)
        .toString(),
    ).toBe('PK');
    expect(errors).toEqual([]);
  });

  it('prints the 考核 summary on A4: title, date, every township’s score, the missing list; no charts', async () => {
    const { page } = await openPage(browser, evaluator);
    await openDashboard(page, hub.origin, '?region=330281&year=2019');
    const names = await page.locator('#assessment tbody[data-township] .township-link').allTextContents();
    const pdf = path.join(folder, 'summary.pdf');
    await page.pdf({ path: pdf, format: 'A4' });
    const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
    expect(text).toContain('2019 年度政府信息公开工作年度报告考核汇总');
    // pdftotext loses the first glyph of a heading line at times: the assertions start after it.
    expect(text).toContain('日期：');
    expect(text).toContain('考核排名');
    expect(names).toHaveLength(21);
    for (const name of names) expect(text).toContain(name.replace('（未报送）', ''));
    expect(text).toContain('未报送');
    expect(text).toContain('逾期发布');
    expect(text).not.toContain('按渠道');
    expect(text).not.toContain('导出 CSV');
  });

  it('fits a 390 px phone: the dashboard, the report view and the upload page scroll only downwards', async () => {
    const { page, errors } = await openPage(browser, evaluator, PHONE_SCREEN);
    await openDashboard(page, hub.origin, '?region=330281&year=2019');
    expect(await overflow(page)).toBeLessThanOrEqual(0);
    await page.click('#missing-list .township-link, #assessment .township-link >> nth=0');
    await page.locator('#report-panel article').waitFor();
    expect(await overflow(page)).toBeLessThanOrEqual(0);
    expect(await page.evaluate(() => document.getElementById('report-panel')!.getBoundingClientRect().width)).toBeLessThanOrEqual(390);
    await page.goto(`${hub.origin}/upload`);
    await page.locator('#access-note').filter({ hasText: /./ }).waitFor();
    expect(await overflow(page)).toBeLessThanOrEqual(0);
    expect(errors).toEqual([]);
  });
});
