// End to end in Chromium against the browser preview and the sandbox: sign in
// with the demo credentials, see, filter and search orders, open one, create
// and edit a product, sign out and find nothing of the merchant left in the
// keychain or the cache. Saves the README screenshots on the way.
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import keytar from '@napi-rs/keyring/keytar.js';
import type { Page } from 'playwright-core';
import { DEMO_CREDENTIALS } from '../../electron/sandbox/index.js';
import { ORDER_STATUS_MEANING } from '../../shared/domain/order.js';
import {
  artifactSteps,
  consoleErrors,
  demoMerchantEntries,
  screenshot,
  signOut,
  startSandboxRun,
  waitForRowCount,
  type SandboxRun,
} from './harness.js';

const SYNC_WAIT_MS = 60_000;

/** Waits until the row count shows a number (not "Loading…") other than `not`, and returns it. */
async function settledCount(page: Page, not: number): Promise<number> {
  const handle = await page.waitForFunction((previous) => {
    const text = document.querySelector('.row-count')?.textContent ?? '';
    if (!/^[\d,]+ (orders?|products?)$/.test(text)) return null;
    const count = Number(text.replace(/[^\d]/g, ''));
    return count === previous ? null : count;
  }, not);
  return (await handle.jsonValue()) as number;
}

async function visibleColumn(page: Page, column: number): Promise<string[]> {
  return page
    .locator('.body-row:not(.loading)')
    .evaluateAll(
      (rows, index) =>
        rows.map((row) => row.querySelectorAll('[role=gridcell]')[index]?.textContent ?? ''),
      column,
    );
}

describe('preview app in Chromium', () => {
  let run: SandboxRun;
  let page: Page;

  before(async () => {
    // A little latency per request keeps the first sync on screen long enough to see its progress.
    run = await startSandboxRun({ latencyMs: 120 });
    page = run.page;
  });

  after(async () => {
    await run?.close();
  });

  const step = artifactSteps('preview-flow', () => run);

  it('refuses wrong credentials with a message saying what to check', () =>
    step('wrong-credentials', async () => {
      await page.goto(run.testApp.app.url);
      await page.getByLabel('Merchant ID').fill(DEMO_CREDENTIALS.merchantId);
      await page.getByLabel('Secret token').fill('not-the-token');
      await page.getByRole('button', { name: 'Sign in', exact: true }).click();
      const alert = page.getByRole('alert');
      await alert.waitFor();
      assert.match((await alert.textContent()) ?? '', /merchant ID and secret token/i);
      assert.equal(
        await page.getByLabel('Secret token').inputValue(),
        '',
        'the typed secret is cleared',
      );
      await screenshot(page, 'sign-in');
    }));

  it('signs in with the demo credentials and shows the synced orders', () =>
    step('sign-in', async () => {
      await page.getByLabel('Secret token').fill(DEMO_CREDENTIALS.secretToken);
      await page.getByRole('button', { name: 'Sign in', exact: true }).click();
      await page.getByRole('heading', { name: 'Orders' }).waitFor();
      const progress = page.getByRole('progressbar', { name: 'First sync progress' });
      await progress.waitFor();
      await page.locator('.sync-banner-text', { hasText: /\d+ orders/ }).waitFor();
      await screenshot(page, 'first-sync');
      await waitForRowCount(page, '2,000 orders', SYNC_WAIT_MS);
      await page
        .locator('[data-testid=last-sync]', { hasText: 'Last sync' })
        .waitFor({ timeout: SYNC_WAIT_MS });
      assert.equal(
        await page.getByRole('grid', { name: 'Orders' }).getAttribute('aria-rowcount'),
        '2001',
      );
      assert.ok((await visibleColumn(page, 0)).length > 10);
      assert.equal(await page.locator('[data-testid=connection]').textContent(), 'Online');
    }));

  it('filters orders by status', () =>
    step('filter', async () => {
      await page.getByRole('button', { name: 'Shipped', exact: true }).click();
      const count = await settledCount(page, 2000);
      assert.ok(count > 0 && count < 2000, `shipped orders: ${count}`);
      await page.locator('.body-row:not(.loading)').first().waitFor();
      const statuses = new Set(await visibleColumn(page, 1));
      assert.deepEqual([...statuses], ['Shipped']);
      await screenshot(page, 'orders-filtered');
      await page.getByRole('button', { name: 'Shipped', exact: true }).click();
      await page.waitForFunction(
        () => document.querySelector('.row-count')?.textContent === '2,000 orders',
      );
    }));

  it('searches orders by customer name and opens one', () =>
    step('search-open', async () => {
      const [name] = await visibleColumn(page, 2);
      assert.ok(name, 'a customer name in the first row');
      await page.getByRole('searchbox', { name: 'Search orders' }).fill(name);
      await settledCount(page, 2000);
      const names = await visibleColumn(page, 2);
      assert.ok(names.length >= 1 && names.every((item) => item === name), names.join(', '));

      await page.locator('.body-row:not(.loading)').first().click();
      const reference = (await visibleColumn(page, 0))[0]!;
      const pane = page.getByRole('complementary', { name: `Order ${reference}` });
      await pane.waitFor();
      const text = (await pane.textContent()) ?? '';
      assert.match(text, new RegExp(name));
      const status = (await visibleColumn(page, 1))[0] as keyof typeof ORDER_STATUS_MEANING;
      assert.ok(text.includes(ORDER_STATUS_MEANING[status]), `meaning of ${status} shown`);
      assert.match(text, /Lines/);
      assert.doesNotMatch(
        text,
        /Not in the catalogue/,
        'line product names come from the catalogue',
      );
      await screenshot(page, 'order-detail');
      await page.getByRole('searchbox', { name: 'Search orders' }).fill('');
      await page.waitForFunction(
        () => document.querySelector('.row-count')?.textContent === '2,000 orders',
      );
      await screenshot(page, 'orders');
    }));

  it('keeps the cached orders browsable offline, and says it is offline', () =>
    step('offline', async () => {
      const setOffline = (offline: boolean) =>
        fetch(`${run.sandbox.url}/__sandbox/offline`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json' },
          body: JSON.stringify({ offline }),
        });
      await setOffline(true);
      await page.getByRole('button', { name: 'Sync now' }).click();
      await page
        .locator('[data-testid=connection]', { hasText: 'Offline — showing cached data' })
        .waitFor();
      await page.getByRole('button', { name: 'Cancelled', exact: true }).click();
      await settledCount(page, 2000);
      await page.locator('.body-row:not(.loading)').first().click();
      await page.locator('.detail-pane h2', { hasText: 'Order ' }).waitFor();
      await page.getByRole('button', { name: 'Cancelled', exact: true }).click();
      await setOffline(false);
      await page.getByRole('button', { name: 'Sync now' }).click();
      await page.locator('[data-testid=connection]', { hasText: /^Online$/ }).waitFor();
    }));

  it('creates a product, with problems shown at their fields first', () =>
    step('create-product', async () => {
      await page.getByRole('button', { name: 'Products' }).click();
      await page.getByRole('heading', { name: 'Products' }).waitFor();
      await page.getByRole('button', { name: 'New product' }).click();
      const form = page.getByRole('form', { name: 'New product' });
      await form.getByLabel('Code *').fill('E2E/MUG');
      await form.getByLabel('Name').fill('E2E enamel mug');
      await form.getByLabel('Sales price').fill('twelve');
      await form.getByRole('button', { name: 'Create product' }).click();
      assert.match(
        (await form.locator('#product-code-problem').textContent()) ?? '',
        /no \/ or \\/,
      );
      assert.match(
        (await form.locator('#product-salesPrice-problem').textContent()) ?? '',
        /Enter a number/,
      );

      await form.getByLabel('Code *').fill('E2E-MUG-1');
      await form.getByLabel('Sales price').fill('12,50');
      await form.getByLabel('EAN').fill('1234567890123');
      await form.getByRole('button', { name: 'Create product' }).click();
      await form.locator('#product-eanCode-problem').waitFor();
      assert.match(
        (await form.locator('#product-eanCode-problem').textContent()) ?? '',
        /check digit/,
      );
      await page.locator('.detail-pane').evaluate((pane) => pane.scrollTo(0, 0));
      await screenshot(page, 'product-form');

      await form.getByLabel('EAN').fill('');
      await form.getByRole('button', { name: 'Create product' }).click();
      await page.getByText('Saved E2E-MUG-1 at OGOship.').waitFor();
      await page.getByRole('heading', { name: 'E2E enamel mug' }).waitFor();
      assert.match(
        (await page.locator('.product-detail').textContent()) ?? '',
        /Sales price12\.50/,
      );
    }));

  it('edits the product, warning before a code rename', () =>
    step('edit-product', async () => {
      await page.getByRole('button', { name: 'Edit', exact: true }).click();
      const form = page.getByRole('form', { name: 'Edit E2E-MUG-1' });
      await form.getByLabel('Code *').fill('E2E-MUG-2');
      await page.getByText('Renaming a product code is a paid warehouse service.').waitFor();
      await form.getByRole('button', { name: 'Save changes' }).click();
      assert.match(
        (await form.locator('#product-code-problem').textContent()) ?? '',
        /Confirm the rename/,
      );
      await form.getByLabel('Code *').fill('E2E-MUG-1');
      await form.getByLabel('Name').fill('E2E enamel mug, blue');
      await form.getByRole('button', { name: 'Save changes' }).click();
      await page.getByRole('heading', { name: 'E2E enamel mug, blue' }).waitFor();
      await page.getByRole('searchbox', { name: 'Search products' }).fill('E2E-MUG');
      await page.waitForFunction(
        () => document.querySelector('.row-count')?.textContent === '1 product',
      );
      assert.deepEqual(await visibleColumn(page, 1), ['E2E enamel mug, blue']);
      await page.getByRole('searchbox', { name: 'Search products' }).fill('');
      await page.waitForFunction(
        () => document.querySelector('.row-count')?.textContent !== '1 product',
      );
      await page.locator('.body-row:not(.loading)').nth(3).click();
      await page.locator('.product-detail').waitFor();
      await screenshot(page, 'products');
    }));

  it('signs out, leaving nothing of the merchant in the keychain or the cache', () =>
    step('sign-out', async () => {
      const service = `${run.testApp.keychainService}.custom`;
      const before = await keytar.findCredentials(service);
      assert.ok(
        before.some((entry) => entry.account.includes(DEMO_CREDENTIALS.merchantId)),
        'signed in, the keychain holds the merchant',
      );
      await signOut(page);
      assert.deepEqual(await demoMerchantEntries(service), []);
      assert.equal(run.testApp.app.services.store.orders.count(), 0);
      assert.equal(run.testApp.app.services.store.products.count(), 0);
    }));

  it('logged no error and no CSP violation in the page console', () =>
    step('console', async () => {
      assert.deepEqual(consoleErrors(run.consoleLog), []);
    }));
});
