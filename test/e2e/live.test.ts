// End to end in Chromium: live updates connected through a forwarded URL that
// points at the app's own loopback receiver (the sandbox delivers to it
// directly); the sandbox ships an order and changes a stock level, and the
// open Orders and Products views show it within seconds, with a verified
// delivery in the inbox. Webhook keys never appear on the page.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import {
  artifactSteps,
  postToSandbox,
  screenshot,
  signInAndSync,
  startSandboxRun,
  type SandboxRun,
} from './harness.js';

const SHIPPABLE = ['New', 'Pending', 'Reserved', 'Locked', 'Collecting'] as const;
const LIVE_WITHIN_MS = 15_000;

describe('live updates in Chromium', () => {
  let run: SandboxRun;
  let page: Page;

  before(async () => {
    run = await startSandboxRun({ orders: 40, products: 10 });
    page = run.page;
  });

  after(async () => {
    await run?.close();
  });

  const step = artifactSteps('live', () => run);

  const openView = (label: string) => page.locator('.nav-item', { hasText: label }).click();

  it('signs in and syncs', () =>
    step('sign-in', async () => {
      await signInAndSync(page, run.testApp.app.url, '40 orders');
    }));

  it('connects through a forwarded URL and registers both webhooks with hidden keys', () =>
    step('connect', async () => {
      await openView('Live updates');
      const status = page.locator('.live-status');
      await status.getByText('Down').waitFor();
      const localUrl = (await page.locator('.live-local-url').innerText()).trim();
      assert.match(localUrl, /^http:\/\/127\.0\.0\.1:\d+/);

      await page.getByLabel(/A URL I forward/).check();
      await page.getByLabel('Public URL').fill(localUrl);
      await page.getByRole('button', { name: 'Connect live updates' }).click();
      await status.locator('.badge', { hasText: 'Connected' }).waitFor({ timeout: 20_000 });
      assert.match(await status.innerText(), new RegExp(`Deliveries arrive through ${localUrl}`));

      const hooks = page.locator('.live-webhooks tbody tr');
      await page.waitForFunction(
        () => document.querySelectorAll('.live-webhooks tbody tr').length === 2,
        null,
        { timeout: 10_000 },
      );
      for (const row of await hooks.all()) {
        const cells = await row.locator('td').allInnerTexts();
        assert.equal(cells[2], 'set', 'a key shows only as set');
        assert.equal(cells[3], 'OGO Desk');
        assert.ok(cells[1]?.startsWith(`${localUrl}/ogo-webhooks/`), cells[1]);
      }
    }));

  it('shows a parcel the warehouse ships in the open Orders view, and a verified delivery', () =>
    step('ship', async () => {
      const { rows } = run.testApp.app.services.store.orders.query({
        statuses: [...SHIPPABLE],
        limit: 1,
      });
      const reference = rows[0]!.reference;
      await openView('Orders');
      const row = page.locator('.body-row', { hasText: reference });
      await row.click();
      const detail = page.getByRole('complementary', { name: `Order ${reference}` });
      await detail.getByText('Not shipped yet').waitFor();

      await postToSandbox(run.sandbox, `/orders/${encodeURIComponent(reference)}/ship`, {
        trackingNumber: 'JJFI6012345678',
        trackingUrl: 'https://tracking.example/JJFI6012345678',
      });
      await detail
        .getByRole('link', { name: 'JJFI6012345678' })
        .waitFor({ timeout: LIVE_WITHIN_MS });
      await row.locator('.badge', { hasText: 'Shipped' }).waitFor({ timeout: LIVE_WITHIN_MS });

      await openView('Live updates');
      const delivery = page.locator('.inbox-row', { hasText: reference });
      await delivery.waitFor({ timeout: LIVE_WITHIN_MS });
      assert.match(await delivery.innerText(), /OrderShipped/);
      await delivery.locator('.badge', { hasText: 'Verified' }).waitFor();
    }));

  it('shows a stock change in the open Products view', () =>
    step('stock', async () => {
      const code = run.testApp.app.services.store.products.query({ limit: 1 }).rows[0]!.code;
      await openView('Products');
      const row = page.locator('.body-row', { hasText: code });
      await row.click();
      const pane = page.getByRole('complementary', { name: 'Product detail' });
      await pane.locator('.mono', { hasText: code }).waitFor();

      await postToSandbox(run.sandbox, `/products/${encodeURIComponent(code)}/stock`, {
        stock: 4321,
      });
      const stock = pane.locator('.figure', { hasText: 'Stock' }).locator('.figure-value');
      await page.waitForFunction(
        (element) => element?.textContent === '4,321',
        await stock.first().elementHandle(),
        { timeout: LIVE_WITHIN_MS },
      );
      await row.getByText('4,321').first().waitFor({ timeout: LIVE_WITHIN_MS });

      await openView('Live updates');
      const delivery = page.locator('.inbox-row', { hasText: code });
      await delivery
        .locator('.badge', { hasText: 'Verified' })
        .waitFor({ timeout: LIVE_WITHIN_MS });
      assert.match(await delivery.innerText(), /ProductStockLevelChanged/);
      await page.getByLabel('Search deliveries').fill(code);
      await page.waitForFunction(() => document.querySelectorAll('.inbox-row').length === 1, null, {
        timeout: 5_000,
      });
      await page.getByLabel('Search deliveries').fill('');
      await page.waitForFunction(() => document.querySelectorAll('.inbox-row').length >= 3);

      await page.getByLabel('Product code', { exact: true }).fill(code);
      await page.getByLabel('Threshold', { exact: true }).fill('5000');
      await page.getByRole('button', { name: 'Set threshold' }).click();
      await page.getByRole('row', { name: new RegExp(`${code}.*below 5,000`) }).waitFor();
    }));

  it('replays a verified delivery into the app as a new inbox entry', () =>
    step('replay', async () => {
      const shipped = page.locator('.inbox-row', { hasText: 'OrderShipped' }).first();
      await shipped.getByRole('button', { name: 'Replay' }).click();
      const replay = page.locator('.inbox-row', { hasText: /replay of #\d+/ });
      await replay.waitFor({ timeout: LIVE_WITHIN_MS });
      assert.match(await replay.innerText(), /OrderShipped/);
      await page.locator('h1').click();
      await screenshot(page, 'live');
    }));

  it('disconnects, removing the app’s webhooks at OGOship', () =>
    step('disconnect', async () => {
      await page.getByRole('button', { name: 'Disconnect' }).click();
      await page.locator('.live-status .badge', { hasText: 'Down' }).waitFor({ timeout: 10_000 });
      await page.waitForFunction(
        () => document.querySelectorAll('.live-webhooks tbody tr').length === 0,
        null,
        { timeout: 10_000 },
      );
    }));
});
