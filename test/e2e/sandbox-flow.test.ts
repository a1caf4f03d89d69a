// End to end in Chromium: a first run with OGOship out of reach says so, then
// "Try the built-in sandbox" starts the sandbox inside the app and signs in;
// the orders view works in the dark theme too; signing out leaves nothing of
// the demo merchant in the keychain.
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:net';
import { AxeBuilder } from '@axe-core/playwright';
import keytar from '@napi-rs/keyring/keytar.js';
import type { Page } from 'playwright-core';
import {
  artifactSteps,
  consoleErrors,
  demoMerchantEntries,
  screenshot,
  signOut,
  startBrowserRun,
  waitForRowCount,
  type BrowserRun,
} from './harness.js';

/** A loopback port nothing listens on, so a sign-in there fails like a lost network. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

describe('built-in sandbox in Chromium', () => {
  let run: BrowserRun;
  let page: Page;

  before(async () => {
    const unreachable = `http://127.0.0.1:${await closedPort()}`;
    run = await startBrowserRun(unreachable, { dark: true });
    page = run.page;
  });

  after(async () => {
    await run?.close();
  });

  const step = artifactSteps('sandbox-flow', () => run);

  it('says OGOship could not be reached, and what to do', () =>
    step('offline', async () => {
      await page.goto(run.testApp.app.url);
      await page.getByLabel('Merchant ID').waitFor();
      const violations = (await new AxeBuilder({ page }).analyze()).violations.map(
        (violation) => violation.id,
      );
      assert.deepEqual(violations, [], 'the sign-in screen passes axe');
      assert.equal(new URL(page.url()).hash, '', 'the token leaves the address bar');
      await page.getByLabel('Merchant ID').fill('12345');
      await page.getByLabel('Secret token').fill('whatever');
      await page.getByRole('button', { name: 'Sign in', exact: true }).click();
      const alert = page.getByRole('alert');
      await alert.waitFor();
      assert.match((await alert.textContent()) ?? '', /internet connection/i);
    }));

  it('tries the built-in sandbox and shows its orders, in the dark theme', () =>
    step('try-sandbox', async () => {
      await page.getByRole('button', { name: 'Try the built-in sandbox' }).click();
      await page.getByRole('heading', { name: 'Orders' }).waitFor({ timeout: 30_000 });
      await waitForRowCount(page, '2,000 orders');
      assert.match(
        (await page.locator('.status-bar').textContent()) ?? '',
        /Sandbox · merchant demo-merchant/,
      );
      const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
      assert.equal(background, 'rgb(21, 24, 29)', 'the system dark preference is followed');
      await page.locator('.body-row:not(.loading)').nth(1).click();
      await page.locator('.detail-pane h2').waitFor();
      await screenshot(page, 'orders-dark');
    }));

  it('moves through all orders by keyboard, selecting as it goes', () =>
    step('keyboard', async () => {
      await page.getByRole('grid', { name: 'Orders' }).focus();
      await page.keyboard.press('End');
      const last = page.locator('[role=row][aria-selected=true]');
      await page.waitForFunction(
        () =>
          document
            .querySelector('[role=row][aria-selected=true]')
            ?.getAttribute('aria-rowindex') === '2001',
      );
      const reference = await last.locator('[role=gridcell]').first().textContent();
      await page.getByRole('complementary', { name: `Order ${reference}` }).waitFor();
      await page.keyboard.press('Home');
      await page.keyboard.press('ArrowDown');
      await page.waitForFunction(
        () =>
          document
            .querySelector('[role=row][aria-selected=true]')
            ?.getAttribute('aria-rowindex') === '3',
      );
    }));

  it('has no serious accessibility problems in the orders and products views', () =>
    step('axe', async () => {
      const serious = async () =>
        (await new AxeBuilder({ page }).analyze()).violations
          .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
          .map(
            (violation) =>
              `${violation.id}: ${violation.nodes.map((node) => node.target).join(', ')}`,
          );
      assert.deepEqual(await serious(), []);
      await page.getByRole('button', { name: 'Products' }).click();
      await page.getByRole('button', { name: 'New product' }).click();
      assert.deepEqual(await serious(), []);
      await page.getByRole('button', { name: 'Orders' }).click();
    }));

  it('switches the theme with the toggle, whatever the system says', () =>
    step('theme', async () => {
      await page.getByLabel('Theme').selectOption('light');
      assert.equal(
        await page.evaluate(() => getComputedStyle(document.body).backgroundColor),
        'rgb(246, 247, 249)',
      );
      await page.getByLabel('Theme').selectOption('system');
    }));

  it('signs out of the sandbox, leaving nothing of the demo merchant in the keychain', () =>
    step('sign-out', async () => {
      const service = `${run.testApp.keychainService}.sandbox`;
      assert.ok(
        (await keytar.findCredentials(service)).length > 0,
        'signed in, the keychain holds the demo merchant',
      );
      await signOut(page);
      assert.deepEqual(await demoMerchantEntries(service), []);
      assert.equal(run.testApp.app.services.store.orders.count(), 0);
    }));

  it('logged no error and no CSP violation in the page console', () =>
    step('console', async () => {
      assert.deepEqual(consoleErrors(run.consoleLog), []);
    }));
});
