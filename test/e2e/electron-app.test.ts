// End to end in the real Electron app through Playwright's _electron: try the
// built-in sandbox, see and filter orders, open one, create and edit a product,
// sign out. Runs only where the Electron runtime is installed; elsewhere it is
// reported as skipped, with the reason.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import keytar from '@napi-rs/keyring/keytar.js';
import { _electron as electron } from 'playwright-core';
import { ROOT, keepArtifacts } from './harness.js';

/** The Electron binary, found without requiring the electron package (which would try to download it). */
function electronBinary(): { path: string } | { missing: string } {
  const pathFile = path.join(ROOT, 'node_modules', 'electron', 'path.txt');
  if (!existsSync(pathFile))
    return {
      missing: 'node_modules/electron/path.txt is absent (the runtime was never downloaded)',
    };
  const binary = path.join(
    ROOT,
    'node_modules',
    'electron',
    'dist',
    readFileSync(pathFile, 'utf8').trim(),
  );
  return existsSync(binary) ? { path: binary } : { missing: `${binary} does not exist` };
}

describe('electron app', () => {
  it('tries the sandbox, works with orders and products, and signs out', async (t) => {
    const binary = electronBinary();
    if ('missing' in binary) {
      t.skip(`Electron runtime not installed: ${binary.missing}`);
      return;
    }
    const dataDir = await mkdtemp(path.join(os.tmpdir(), 'ogo-electron-'));
    const keychainService = `ogo-desk-e2e-${randomUUID().slice(0, 8)}`;
    const app = await electron.launch({
      executablePath: binary.path,
      args: [ROOT, '--no-sandbox', '--disable-gpu'],
      env: { ...process.env, OGO_DATA_DIR: dataDir, OGO_KEYCHAIN_SERVICE: keychainService },
    });
    const page = await app.firstWindow();
    const consoleLog: string[] = [];
    page.on('console', (message) => consoleLog.push(`[${message.type()}] ${message.text()}`));
    try {
      assert.equal(
        await page.evaluate(() => typeof (window as unknown as { require?: unknown }).require),
        'undefined',
      );
      await page.getByRole('button', { name: 'Try the built-in sandbox' }).click();
      await page.waitForFunction(
        () => document.querySelector('.row-count')?.textContent === '2,000 orders',
        null,
        { timeout: 60_000 },
      );

      await page.getByRole('button', { name: 'Shipped', exact: true }).click();
      await page.waitForFunction(
        () =>
          /^[\d,]+ orders?$/.test(document.querySelector('.row-count')?.textContent ?? '') &&
          document.querySelector('.row-count')?.textContent !== '2,000 orders',
      );
      await page.locator('.body-row:not(.loading)').first().click();
      await page.locator('.detail-pane h2', { hasText: 'Order ' }).waitFor();

      await page.getByRole('button', { name: 'Products' }).click();
      await page.getByRole('button', { name: 'New product' }).click();
      await page.getByLabel('Code *').fill('E2E-ELECTRON-1');
      await page.getByLabel('Name').fill('Electron mug');
      await page.getByRole('button', { name: 'Create product' }).click();
      await page.getByRole('heading', { name: 'Electron mug' }).waitFor();
      await page.getByRole('button', { name: 'Edit', exact: true }).click();
      await page.getByLabel('Name').fill('Electron mug, red');
      await page.getByRole('button', { name: 'Save changes' }).click();
      await page.getByRole('heading', { name: 'Electron mug, red' }).waitFor();

      await page.getByRole('button', { name: 'Sign out' }).click();
      await page.getByRole('button', { name: 'Try the built-in sandbox' }).waitFor();
      const left = await keytar.findCredentials(`${keychainService}.sandbox`);
      assert.deepEqual(
        left.filter((entry) => entry.account.includes('demo-merchant')),
        [],
      );
    } catch (error) {
      await keepArtifacts('electron-app', page, consoleLog);
      throw error;
    } finally {
      await app.close();
      await rm(dataDir, { recursive: true, force: true });
    }
  });
});
