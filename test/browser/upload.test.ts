import { Browser } from 'playwright-core';
import { launchChromium } from './support/chromium';
import { TestHub, startTestHub } from './support/demo-hub';
import { openPage } from './support/pages';
import { reportFixture } from '../support/fixtures';
import { DEFAULT_LIMITS } from '../../src/api/graphql/limits/limit-config';
import { Region } from '../../entities';

const ZHANGTING = '330281109';
/** The first bytes of a PNG picture: what a clerk picks when she chooses a screenshot of the report. */
const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]);

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

  async function openUpload(token?: string, origin = hub.origin) {
    const { page, errors } = await openPage(browser, token);
    await page.goto(`${origin}/upload`);
    await page.locator('#access-note').filter({ hasText: /./ }).waitFor();
    return { page, errors };
  }

  async function fillForm(token: string) {
    const { page, errors } = await openUpload(token);
    await page.selectOption('#township', ZHANGTING);
    await page.fill('#year', '2019');
    await page.setInputFiles('#file', { name: 'zhangting-2019.txt', mimeType: 'text/plain', buffer: reportFixture('zhangting-2019.txt') });
    return { page, errors };
  }

  it('offers an uploader its own township only, says whose token it is, and defaults to last year', async () => {
    const { page, errors } = await openUpload(await hub.token('UPLOADER', [ZHANGTING]));
    expect(await page.$$eval('#township option', (options) => options.map((o) => (o as HTMLOptionElement).value))).toEqual([ZHANGTING]);
    expect(await page.isHidden('#region')).toBe(true);
    expect(await page.textContent('#whoami')).toBe('当前令牌：浏览器测试 UPLOADER（上传人员）');
    expect(await page.inputValue('#year')).toBe(String(new Date().getFullYear() - 1));
    expect(await page.textContent('#access-note')).toBe('单个文件不超过 20.0 MB。');
    expect(errors).toEqual([]);
  });

  it('offers a township only in the years its code is valid, asking again when the year changes', async () => {
    const [luting, dayin] = ['330281201', '330281112'];
    // 鹿亭乡 merged into 大隐镇 after 2019 (the tree as a region import leaves it).
    const regions = hub.hub.dataSource.getRepository(Region);
    await regions.update(luting, { validTo: 2019, mergedInto: dayin });
    try {
      const { page, errors } = await openUpload(await hub.token('UPLOADER', [luting, dayin]));
      const offered = () => page.$$eval('#township option', (options) => options.map((o) => (o as HTMLOptionElement).value));
      expect(await offered()).toEqual([dayin]);
      await page.fill('#year', '2019');
      await page.locator('#year').dispatchEvent('change');
      await page.locator(`#township option[value="${luting}"]`).waitFor({ state: 'attached' });
      expect(await offered()).toEqual([luting, dayin]);
      expect(errors).toEqual([]);
    } finally {
      // The other tests offer the county's 21 townships.
      await regions.update(luting, { validTo: null, mergedInto: null });
    }
  });

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
    // The version says who uploaded it (the token's name) and when.
    expect(await page.textContent('#result table.versions td.uploaded-by')).toBe('浏览器测试 UPLOADER');
    expect(await page.locator('#result table.versions th').allTextContents()).toEqual(expect.arrayContaining(['存入时间', '上传者']));
    expect(errors).toEqual([]);
  });

  it('refuses a file over the hub’s limit before sending it, in plain words', async () => {
    const small = await startTestHub({ demo: false, limits: { ...DEFAULT_LIMITS, maxUploadBytes: 1000 } });
    try {
      const { page, errors } = await openUpload(await small.token('UPLOADER', [ZHANGTING]), small.origin);
      const sent: string[] = [];
      page.on('request', (request) => request.postData()?.includes('PreviewReport') && sent.push(request.url()));
      const large = Buffer.concat(Array.from({ length: 100 }, () => reportFixture('zhangting-2019.txt')));
      await page.setInputFiles('#file', { name: 'zhangting-2019.txt', mimeType: 'text/plain', buffer: large });
      await page.click('#preview');
      const alert = page.locator('#result [role=alert]');
      await alert.waitFor();
      expect(await alert.textContent()).toMatch(/^文件有 [\d.]+ MB，超过上传上限 1 KB：请删去报告中的图片/);
      expect(await alert.textContent()).not.toContain('HUB_');
      expect(sent).toEqual([]);
      expect(errors).toEqual([]);
    } finally {
      await small.close();
    }
  });

  it('refuses a PNG picture in plain words, not as garbled text', async () => {
    const { page } = await openUpload(await hub.token('UPLOADER', [ZHANGTING]));
    await page.setInputFiles('#file', { name: '报告截图.png', mimeType: 'image/png', buffer: PNG });
    await page.click('#preview');
    const alert = page.locator('#result [role=alert]');
    await alert.waitFor();
    expect(await alert.textContent()).toBe(
      '所选文件是一张图片（PNG），不是报告：请上传报告的文本、网页（HTML）、Word（.docx）或 PDF 文件。',
    );
  });

  it('asks for a token when there is none, and offers no township', async () => {
    const { page } = await openUpload();
    expect(await page.textContent('#access-note')).toContain('请先在页首填写上传令牌');
    expect(await page.locator('#township option').count()).toBe(0);
    expect(await page.isDisabled('#preview')).toBe(true);
  });

  it('says a wrong token is wrong, and an evaluator’s token cannot upload', async () => {
    const wrong = await openUpload('dhub_wrong-token-of-nobody');
    expect(await wrong.page.textContent('#access-note')).toContain('令牌无效、已过期或已被撤销');
    const evaluator = await openUpload(await hub.token('EVALUATOR'));
    expect(await evaluator.page.textContent('#access-note')).toContain('评审人员），不能上传报告');
    expect(await evaluator.page.isDisabled('#preview')).toBe(true);
  });

  it('lets the city office (ADMIN) choose any township under a region', async () => {
    const { page } = await openUpload(await hub.token('ADMIN'));
    await page.waitForSelector(`#township option[value="${ZHANGTING}"]`, { state: 'attached' });
    expect(await page.locator('#township option').count()).toBe(21);
    expect(await page.isVisible('#region')).toBe(true);
  });
});
