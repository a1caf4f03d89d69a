// End to end in Chromium: a merchant drafts an order while the network is off,
// sees it queued in the outbox, brings the network back, and sees it sent and
// in the orders list. The app talks to a sandbox through a loopback proxy this
// test switches off (connections refused, like a laptop without network).
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createServer, connect, type Server, type Socket } from 'node:net';
import type { Page } from 'playwright-core';
import { startSandbox, type SandboxHandle } from '../../electron/sandbox/index.js';
import {
  artifactSteps,
  screenshot,
  signInAndSync,
  startBrowserRun,
  type BrowserRun,
} from './harness.js';

/** A TCP pipe to the sandbox that can refuse connections and come back on the same port. */
async function startSwitchableProxy(target: URL) {
  const sockets = new Set<Socket>();
  let server: Server | null = null;
  let port = 0;
  const listen = () =>
    new Promise<void>((resolve) => {
      server = createServer((client) => {
        const upstream = connect(Number(target.port), target.hostname);
        for (const socket of [client, upstream]) {
          sockets.add(socket);
          socket.on('close', () => sockets.delete(socket));
          socket.on('error', () => socket.destroy());
        }
        client.pipe(upstream).pipe(client);
      });
      server.listen(port, '127.0.0.1', () => {
        port = (server!.address() as { port: number }).port;
        resolve();
      });
    });
  await listen();
  return {
    url: () => `http://127.0.0.1:${port}`,
    online: listen,
    offline: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server?.close(() => resolve());
      }),
  };
}

describe('drafts in Chromium', () => {
  let sandbox: SandboxHandle;
  let proxy: Awaited<ReturnType<typeof startSwitchableProxy>>;
  let run: BrowserRun;
  let page: Page;
  let reference = '';

  before(async () => {
    sandbox = await startSandbox({ orders: 30, products: 20 });
    proxy = await startSwitchableProxy(new URL(sandbox.url));
    run = await startBrowserRun(proxy.url());
    page = run.page;
  });

  after(async () => {
    await run?.close();
    await proxy?.offline();
    await sandbox?.close();
  });

  const step = artifactSteps('drafts', () => run);

  it('signs in and syncs the catalogue', () =>
    step('sign-in', async () => {
      await signInAndSync(page, run.testApp.app.url, '30 orders');
    }));

  it('drafts an order with the network off and shows it queued', () =>
    step('offline-draft', async () => {
      await proxy.offline();
      await page.locator('.nav-item', { hasText: 'Drafts' }).click();
      await page.getByRole('button', { name: 'New draft' }).click();
      const editor = page.getByRole('complementary', { name: 'Draft' });
      reference = await editor.getByLabel('Reference *').inputValue();
      assert.match(reference, /^OD-\d{8}-[0-9A-Z]{4}$/);

      await editor.getByLabel('Name *').fill('Aino Virtanen');
      await editor.getByLabel('Address *', { exact: true }).fill('Mannerheimintie 1');
      await editor.getByLabel('City *').fill('Helsinki');
      await editor.getByLabel('Country (type a code or name) *').fill('Finland');
      await editor.getByText('Finland', { exact: true }).waitFor();
      const { rows } = await run.testApp.app.services.store.products.query({ limit: 1 });
      const code = rows[0]!.code;
      await editor.getByRole('combobox', { name: 'Product 1' }).fill(code);
      await editor.getByLabel('Quantity', { exact: true }).fill('0');
      await editor.getByText('Use a whole number of 1 or more').waitFor();
      await editor.getByLabel('Quantity', { exact: true }).fill('2');
      await editor.getByText('Saved on this computer').waitFor();

      await editor.getByRole('button', { name: 'Send' }).click();
      const row = page.locator('.draft-row', { hasText: reference });
      await row.locator('.badge', { hasText: 'Queued' }).waitFor({ timeout: 20_000 });
      await page.getByText('OGOship cannot be reached').waitFor({ timeout: 20_000 });
      assert.equal(await page.locator('.outbox-badge').textContent(), '1');
      await editor.evaluate((pane) => pane.scrollTo(0, 0));
      await screenshot(page, 'drafts');
    }));

  it('sends it when the network is back and shows it in the orders list', () =>
    step('back-online', async () => {
      await proxy.online();
      await page.getByRole('button', { name: 'Send now' }).click();
      const row = page.locator('.draft-row', { hasText: reference });
      await row.locator('.badge', { hasText: 'Sent' }).waitFor({ timeout: 20_000 });
      await row.getByText(`Order ${reference} at OGOship`).waitFor();
      assert.equal(await page.locator('.outbox-badge').count(), 0, 'the badge clears');

      await row.getByRole('button', { name: `Order ${reference} at OGOship` }).click();
      await page.getByRole('heading', { name: 'Orders' }).waitFor();
      await page.waitForFunction(
        () => document.querySelector('.row-count')?.textContent === '1 order',
        null,
        { timeout: 20_000 },
      );
      await page.locator('.body-row', { hasText: reference }).waitFor();
      await page.locator('.detail-pane h2', { hasText: `Order ${reference}` }).waitFor();
    }));
});
