/**
 * Not a test: `npm run screenshots` runs this through jest (for its TypeScript and the test
 * hub) to write docs/dashboard.png, docs/dashboard-ningbo.png and docs/report.png for the
 * README, from the demo data and a generated 宁波市 (every township of 3302) on a 1366×768 screen. A CJK font must be installed (Debian: fonts-wqy-microhei) for the text.
 */
import path from 'node:path';
import { projectRoot } from '../../src/core/project-root';
import { launchChromium } from './support/chromium';
import { startTestHub } from './support/demo-hub';
import { openDashboard, openPage } from './support/pages';

const DOCS = path.join(projectRoot(), 'docs');

it('writes the README screenshots', async () => {
  const hub = await startTestHub({ demo: true, regions: ['330000', '3302'], generate: '330200' });
  const browser = await launchChromium();
  try {
    const { page } = await openPage(browser, await hub.token('EVALUATOR'));
    await openDashboard(page, hub.origin, '?region=330281&year=2020');
    await page.screenshot({ path: path.join(DOCS, 'dashboard.png') });
    await openDashboard(page, hub.origin, '?region=330200&year=2020');
    await page.screenshot({ path: path.join(DOCS, 'dashboard-ningbo.png') });
    await openDashboard(page, hub.origin, '?region=330281&year=2019');
    await page.click('#assessment .township-link[data-township="330281109"]');
    await page.locator('#report-panel article').waitFor();
    await page.screenshot({ path: path.join(DOCS, 'report.png') });
  } finally {
    await browser.close();
    await hub.close();
  }
});
