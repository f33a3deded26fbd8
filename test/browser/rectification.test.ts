import { Browser } from 'playwright-core';
import { launchChromium } from './support/chromium';
import { TestHub, startTestHub } from './support/demo-hub';
import { openDashboard, openPage } from './support/pages';
import { TEST_ADMIN_TOKEN, jsonHeaders } from '../support/http-access';

const ZHANGTING = '330281109';

interface Answer<T> {
  data?: T;
  errors?: { message: string }[];
}

describe('rectification notices in Chromium', () => {
  let hub: TestHub;
  let browser: Browser;
  let message: string;

  /** An operation as the city office's admin. */
  async function asAdmin<T>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
    const response = await fetch(hub.hub.url, {
      method: 'POST',
      headers: jsonHeaders(TEST_ADMIN_TOKEN),
      body: JSON.stringify({ query, variables }),
    });
    const body = (await response.json()) as Answer<T>;
    if (!body.data) throw new Error(JSON.stringify(body.errors));
    return body.data;
  }

  beforeAll(async () => {
    hub = await startTestHub({ demo: true });
    browser = await launchChromium();
    // The evaluator confirms the first issue of 丈亭镇's 2019 report and issues a notice on it.
    const { report } = await asAdmin<{ report: { issues: { fingerprint: string; message: string }[] } }>(
      `{ report(townshipCode: "${ZHANGTING}", year: 2019) { issues { fingerprint message } } }`,
    );
    const [issue] = report.issues;
    message = issue.message;
    const key = { townshipCode: ZHANGTING, year: 2019, fingerprint: issue.fingerprint };
    await asAdmin('mutation($input: ReviewIssueInput!) { reviewIssue(input: $input) { rule } }', {
      input: { ...key, status: 'CONFIRMED' },
    });
    await asAdmin('mutation($input: CreateNoticeInput!) { createRectificationNotice(input: $input) { id } }', {
      input: { townshipCode: ZHANGTING, year: 2019, fingerprints: [issue.fingerprint], dueDate: '2099-12-31', comment: '请核实后更正' },
    });
  });
  afterAll(async () => {
    await browser?.close();
    await hub?.close();
  });

  it('shows the clerk the notice on the upload page, who answers the issue and submits it', async () => {
    const { page, errors } = await openPage(browser, await hub.token('UPLOADER', [ZHANGTING]));
    await page.goto(`${hub.origin}/upload`);
    const card = page.locator('#notices .notice-card');
    await card.waitFor();
    expect(await card.getAttribute('data-state')).toBe('OPEN');
    const text = await card.textContent();
    expect(text).toContain('整改期限：2099-12-31');
    expect(text).toContain(message);
    expect(text).toContain('单元格：');
    await card.locator('.notice-explanation').fill('该数字与原始台账一致，无需更正');
    await card.getByRole('button', { name: '说明' }).click();
    await card.locator('.explanation').waitFor();
    await card.getByRole('button', { name: '提交整改' }).click();
    await page.locator('#notices .notice-card[data-state=SUBMITTED]').waitFor();
    expect(await page.textContent('#notices .notice-last-step')).toContain('已提交');
    expect(errors).toEqual([]);
  });

  it('lets an evaluator accept the submitted notice on the dashboard', async () => {
    const { page, errors } = await openPage(browser, await hub.token('EVALUATOR'));
    await openDashboard(page, hub.origin, '?region=330281&year=2019');
    const card = page.locator('#notices .notice-card[data-state=SUBMITTED]');
    await card.waitFor();
    expect(await card.textContent()).toContain('该数字与原始台账一致，无需更正');
    await card.getByRole('button', { name: '通过' }).click();
    await page.locator('#notices .notice-card[data-state=ACCEPTED]').waitFor();
    expect(errors).toEqual([]);
  });
});
