// Accessibility end to end in Chromium: axe-core on every main view (sign-in, orders,
// order detail, products, product form, drafts list and editor, import preview, live
// updates) in the light and the dark theme, with no serious or critical violation;
// keyboard-only use of sign-in and the orders view with a visible focus ring; tables
// that tell assistive technology how many rows they have. Runs on loopback only.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { AxeBuilder } from '@axe-core/playwright';
import type { Browser, Page } from 'playwright-core';
import { startPreviewApp } from '../../electron/preview/preview-app.js';
import { DEMO_CREDENTIALS, startSandbox, type SandboxHandle } from '../../electron/sandbox/index.js';
import { ROOT, keepArtifacts, launchChromium, openPage, startTestApp, type TestApp } from './harness.js';

/** Serious and critical violations on the page as it is now, one line each. */
async function seriousViolations(page: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page }).analyze();
  return violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(' | ')}`);
}

/** What marks the focused element: its outline or box-shadow, or null when nothing does. */
async function focusRing(page: Page): Promise<string | null> {
  return page.evaluate(() => {
    const element = document.activeElement;
    if (!element || element === document.body) return null;
    const style = getComputedStyle(element);
    const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0 ? `outline ${style.outlineWidth} ${style.outlineStyle}` : null;
    const shadow = style.boxShadow !== 'none' ? `box-shadow ${style.boxShadow}` : null;
    return outline ?? shadow;
  });
}

/** Presses Tab until the focused element matches `isTarget`, checking the focus ring on every stop. */
async function tabTo(page: Page, isTarget: () => Promise<boolean>, limit = 40): Promise<string[]> {
  const visited: string[] = [];
  for (let step = 0; step < limit; step += 1) {
    await page.keyboard.press('Tab');
    // Tabbing past the last control leaves the page (focus on body) before it wraps around.
    if (await page.evaluate(() => document.activeElement === document.body)) continue;
    const name = await page.evaluate(() => {
      const element = document.activeElement as HTMLElement | null;
      if (!element) return '';
      const label = element.getAttribute('aria-label') ?? (element as HTMLInputElement).labels?.[0]?.textContent ?? element.textContent ?? '';
      return `${element.tagName.toLowerCase()}${element.className ? `.${element.className.split(' ').join('.')}` : ''} "${label.trim().slice(0, 30)}"`;
    });
    assert.ok(await focusRing(page), `no visible focus on ${name}`);
    visited.push(name);
    if (await isTarget()) return visited;
  }
  throw new Error(`not reached by Tab; visited ${visited.join(', ')}`);
}

const focusedIs = (page: Page, selector: string) => () => page.evaluate((wanted) => document.activeElement?.matches(wanted) ?? false, selector);

describe('accessibility in Chromium', () => {
  let sandbox: SandboxHandle;
  let testApp: TestApp;
  let browser: Browser;
  const pages: { page: Page; consoleLog: string[]; theme: string }[] = [];

  before(async () => {
    sandbox = await startSandbox({ orders: 40, products: 20 });
    testApp = await startTestApp({ authUrl: sandbox.url, apiUrl: sandbox.url, environment: 'custom' });
    browser = await launchChromium();
    for (const theme of ['light', 'dark']) pages.push({ ...(await openPage(browser, { dark: theme === 'dark' })), theme });
  });

  after(async () => {
    await browser?.close();
    // No keychain entry of the demo merchant outlives the test.
    await testApp?.app.services.session().signOut().catch(() => undefined);
    await testApp?.close();
    await sandbox?.close();
  });

  async function step(name: string, page: Page, work: () => Promise<void>): Promise<void> {
    try {
      await work();
    } catch (error) {
      const found = pages.find((item) => item.page === page);
      await keepArtifacts(`accessibility-${name}`, page, found?.consoleLog ?? []);
      throw error;
    }
  }

  it('signs in by keyboard alone, with the focus visible at every stop', () => {
    const { page } = pages[0]!;
    return step('keyboard-sign-in', page, async () => {
      await page.goto(testApp.app.url);
      await page.getByLabel('Merchant ID').waitFor();
      assert.deepEqual(await seriousViolations(page), [], 'sign-in, light');
      await tabTo(page, () => page.getByLabel('Merchant ID').evaluate((field) => field === document.activeElement));
      await page.keyboard.type(DEMO_CREDENTIALS.merchantId);
      await tabTo(page, () => page.getByLabel('Secret token').evaluate((field) => field === document.activeElement));
      await page.keyboard.type(DEMO_CREDENTIALS.secretToken);
      await page.keyboard.press('Enter');
      await page.getByRole('heading', { name: 'Orders' }).waitFor({ timeout: 30_000 });
      await page.waitForFunction(() => document.querySelector('.row-count')?.textContent === '40 orders', null, { timeout: 60_000 });
    });
  });

  it('reaches the sidebar, filters, search and the orders grid by keyboard, and opens an order', () => {
    const { page } = pages[0]!;
    return step('keyboard-orders', page, async () => {
      await page.locator('body').focus();
      await tabTo(page, focusedIs(page, '[role=grid]'));
      await page.keyboard.press('ArrowDown');
      await page.keyboard.press('ArrowDown');
      await page.keyboard.press('Enter');
      await page.locator('.detail-pane h2', { hasText: 'Order ' }).waitFor({ timeout: 20_000 });
      // The sidebar's views are buttons on the same Tab path: reach Products and press Enter.
      await page.locator('body').focus();
      await tabTo(page, async () => (await page.evaluate(() => document.activeElement?.textContent?.trim().startsWith('Products') ?? false)));
      await page.keyboard.press('Enter');
      await page.getByRole('heading', { name: 'Products' }).waitFor();
      await tabTo(page, async () => (await page.evaluate(() => document.activeElement?.textContent?.trim() === 'New product')));
      await page.keyboard.press('Enter');
      await page.getByRole('form', { name: 'New product' }).waitFor();
    });
  });

  it('tells assistive technology how many rows each table has', () => {
    const { page } = pages[0]!;
    return step('row-counts', page, async () => {
      await page.locator('.nav-item', { hasText: 'Orders' }).click();
      const orders = page.getByRole('grid', { name: 'Orders' });
      await page.waitForFunction(() => document.querySelector('[role=grid][aria-label=Orders]')?.getAttribute('aria-rowcount') === '41');
      assert.equal(await orders.getAttribute('aria-rowcount'), '41', 'header row plus 40 orders');
      await page.locator('.nav-item', { hasText: 'Products' }).click();
      const products = page.getByRole('grid', { name: 'Products' });
      await page.waitForFunction(() => document.querySelector('[role=grid][aria-label=Products]')?.getAttribute('aria-rowcount') === '21');
      assert.equal(await products.getAttribute('aria-rowcount'), '21');
      // The count is also said in words, in a polite live region, so a filter's new count is read out.
      const said = page.getByRole('status').filter({ hasText: /^20 products$/ });
      assert.equal(await said.getAttribute('aria-live'), 'polite');
      await page.getByRole('searchbox', { name: 'Search products' }).fill('zzz-nothing');
      await page.getByRole('status').filter({ hasText: /^0 products$/ }).waitFor();
      assert.equal(await products.getAttribute('aria-rowcount'), '1', 'only the header row is left');
      await page.getByRole('searchbox', { name: 'Search products' }).fill('');
      await page.getByRole('status').filter({ hasText: /^20 products$/ }).waitFor();
    });
  });

  for (const theme of ['light', 'dark']) {
    it(`has no serious or critical axe violation on any main view, ${theme}`, () => {
      const { page } = pages.find((item) => item.theme === theme)!;
      return step(`axe-${theme}`, page, async () => {
        if (theme === 'dark') {
          await page.goto(testApp.app.url);
          await page.getByRole('heading', { name: 'Orders' }).waitFor({ timeout: 30_000 });
        }
        const problems: string[] = [];
        const check = async (view: string) => problems.push(...(await seriousViolations(page)).map((line) => `${view}: ${line}`));
        const nav = (label: string) => page.locator('.nav-item', { hasText: label }).click();

        await nav('Orders');
        await page.locator('.body-row:not(.loading)').first().waitFor();
        await check('orders');
        await page.locator('.body-row:not(.loading)').nth(1).click();
        await page.locator('.detail-pane h2', { hasText: 'Order ' }).waitFor();
        await check('order detail');

        await nav('Products');
        await page.locator('.body-row:not(.loading)').first().click();
        await page.locator('.product-detail').waitFor();
        await check('products');
        await page.getByRole('button', { name: 'New product' }).click();
        const form = page.getByRole('form', { name: 'New product' });
        await form.getByLabel('Code *').fill('A/B');
        await form.getByRole('button', { name: 'Create product' }).click();
        await form.locator('#product-code-problem').waitFor();
        await check('product form with a problem');

        await nav('Drafts');
        await page.getByRole('button', { name: 'New draft' }).click();
        const editor = page.getByRole('complementary', { name: 'Draft' });
        await editor.getByLabel('Name *').fill('Aino Virtanen');
        await editor.getByText('Saved on this computer').waitFor();
        await check('drafts list and editor');

        await nav('Import');
        await check('import, no file');
        await page.locator('input[type=file]').setInputFiles(path.join(ROOT, 'test', 'fixtures', 'csv', 'duplicate-codes.csv'));
        await page.getByRole('heading', { name: /^Preview of \d+ rows?$/ }).waitFor({ timeout: 20_000 });
        await check('import preview with problems');

        await nav('Live updates');
        await page.getByRole('heading', { name: 'Live updates' }).waitFor();
        await check('live updates');

        await nav('Diagnostics');
        await page.getByRole('button', { name: 'Prepare diagnostics' }).click();
        await page.getByLabel('Contents of README.txt').waitFor();
        await check('diagnostics preview');

        assert.deepEqual(problems, []);
      });
    });
  }

  it('shows a damaged settings file as an alert on the sign-in screen, dismissable by keyboard', async () => {
    const dataDir = await mkdtemp(path.join(os.tmpdir(), 'ogo-e2e-damaged-'));
    await writeFile(path.join(dataDir, 'settings.json'), '{"environment": "sand');
    const app = await startPreviewApp({
      // Logging is process-wide: keep it in the main test app's folder, which outlives this one.
      services: { dataDir, keychainService: `ogo-desk-e2e-damaged-${process.pid}`, logConsole: false, env: {}, logDir: path.join(testApp.dataDir, 'logs') },
      rendererDir: path.join(ROOT, 'dist', 'renderer'),
    });
    const { context, page, consoleLog } = await openPage(browser, { dark: true });
    pages.push({ page, consoleLog, theme: 'dark, damaged settings' });
    try {
      await step('damaged-settings', page, async () => {
        await page.goto(app.url);
        const alert = page.getByRole('alert').filter({ hasText: 'The settings file was damaged' });
        await alert.waitFor();
        assert.match((await alert.textContent()) ?? '', /back to their defaults.*drafts .*are not affected/);
        assert.deepEqual(await seriousViolations(page), []);
        await tabTo(page, () => alert.getByRole('button', { name: 'Dismiss' }).evaluate((button) => button === document.activeElement));
        await page.keyboard.press('Enter');
        await alert.waitFor({ state: 'detached' });
      });
    } finally {
      await context.close();
      await app.close();
      await rm(dataDir, { recursive: true, force: true });
    }
  });

  it('logged no error in the page console', () => {
    const errors = pages.flatMap((item) => item.consoleLog.filter((line) => line.startsWith('[error]') || line.startsWith('[pageerror]')));
    assert.deepEqual(errors, []);
  });
});
