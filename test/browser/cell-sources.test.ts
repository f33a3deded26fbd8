import { Browser } from 'playwright-core';
import { demoReports } from '../../src/generator/demo-reports';
import { ingestReport } from '../../src/storage/ingest/ingest-report';
import { parseDocument } from '../../src/storage/ingest/parse-document';
import type { CellSource } from '../../src/reading/template/cell-source';
import { launchChromium } from './support/chromium';
import { TestHub, startTestHub } from './support/demo-hub';
import { openDashboard, openPage } from './support/pages';

const ZHANGTING = { code: '330281109', name: '丈亭镇' };

/** Text a document may hold that must show as written, never as markup. */
const MARKUP = '<img src=x onerror="window.injected=1">';

describe('where a cell was read, on hover in the report view', () => {
  let hub: TestHub;
  let browser: Browser;
  let evaluator: string;
  let website: number;
  beforeAll(async () => {
    hub = await startTestHub({ demo: true });
    evaluator = await hub.token('EVALUATOR');
    browser = await launchChromium();
    // 丈亭镇's 2020 report, missing from the demo, uploaded as read by a reader that records its sources.
    const [document] = demoReports([ZHANGTING], [2020]);
    const bytes = Buffer.from(document.text);
    const read = await parseDocument(bytes, 'TEXT');
    website = read.data.channels!.website!;
    const sources: CellSource[] = [
      {
        cell: 'channels.website',
        form: 'PDF',
        page: 3,
        rowLabel: `政府网站${MARKUP}`,
        column: '数量',
        start: 1200,
        end: 1200 + String(website).length,
        text: String(website),
      },
      {
        cell: 'applications.newReceived.total',
        form: 'PDF',
        page: 4,
        rowLabel: '一、本年新收政府信息公开申请数量',
        column: '总计',
        start: 2000,
        end: 2006,
        text: '898989',
        derivedBy: 'parse.derived',
      },
    ];
    await ingestReport(hub.hub.dataSource, {
      townshipCode: ZHANGTING.code,
      year: 2020,
      bytes,
      format: 'TEXT',
      read: { ...read, data: { ...read.data, cellSources: sources } },
    });
  });
  afterAll(async () => {
    await browser?.close();
    await hub?.close();
  });

  it('shows the page, row, column, text and offsets of each read cell, the text as written', async () => {
    const { page, errors } = await openPage(browser, evaluator);
    await openDashboard(page, hub.origin, '?region=330281&year=2020');
    await page.click('#assessment .township-link[data-township="330281109"]');
    const report = page.locator('#report-panel article[data-township="330281109"]');
    await report.waitFor();
    const cell = report.locator('td[data-cell="channels.website"]');
    expect(await cell.textContent()).toBe(String(website));
    expect(await cell.getAttribute('class')).toContain('sourced');
    expect(await cell.getAttribute('title')).toBe(
      `出处：第 3 页，「政府网站${MARKUP}」行「数量」列，原文「${website}」（PDF 文本第 1200–${1200 + String(website).length} 字）`,
    );
    const derived = await report.locator('td[data-cell="applications.newReceived.total"]').getAttribute('title');
    expect(derived).toMatch(/^出处：第 4 页，.*原文「898989」.*按 parse\.derived 推算/);
    // A cell the reader gave no source for has no source line.
    expect(await report.locator('td[data-cell="channels.weibo"]').getAttribute('class')).not.toContain('sourced');
    expect(await page.evaluate(() => (window as unknown as { injected?: number }).injected)).toBeUndefined();
    expect(await report.locator('img').count()).toBe(0);
    expect(await report.locator('table.versions').textContent()).toContain('上传');
    expect(errors).toEqual([]);
  });
});
