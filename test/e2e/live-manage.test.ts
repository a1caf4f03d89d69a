// End to end in Chromium: the account's webhooks managed from the Live updates
// view (create, edit, delete one for another system), and the ngrok authtoken
// kept in the keychain: the page shows only "set", never a key or token.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import keytar from '@napi-rs/keyring/keytar.js';
import type { Page } from 'playwright-core';
import { artifactSteps, signInAsDemo, startSandboxRun, type SandboxRun } from './harness.js';

const KEY = 'erp-shared-key-0123456789';
const NEW_KEY = 'erp-rotated-key-9876543210';
const AUTHTOKEN = '2abcDEFghiJKLmnoPQRstuVWX_ngrok';

/** Waits until the main side's state satisfies `done` (the save is one round trip away). */
async function poll(done: () => boolean): Promise<void> {
  for (let tries = 0; !done(); tries += 1) {
    assert.ok(tries < 100, 'the setting was not saved within 5 s');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

describe('webhook management in Chromium', () => {
  let run: SandboxRun;
  let page: Page;

  before(async () => {
    run = await startSandboxRun({ orders: 5, products: 5 });
    page = run.page;
  });

  after(async () => {
    await run?.close();
  });

  const step = artifactSteps('live-manage', () => run);

  const rows = () => page.locator('.live-webhooks tbody tr');

  it('signs in and opens Live updates', () =>
    step('sign-in', async () => {
      await signInAsDemo(page, run.testApp.app.url);
      await page.locator('.nav-item', { hasText: 'Live updates' }).click();
      await page.getByText('No webhooks on this account.').waitFor();
    }));

  it('creates a webhook for another system; the key shows only as set', () =>
    step('create', async () => {
      await page.getByRole('button', { name: 'New webhook' }).click();
      const form = page.getByRole('form', { name: 'New webhook' });
      await form.getByLabel('URL').fill('https://erp.example.com/hooks/ogoship');
      await form.getByLabel('Type').selectOption('ProductStockLevelChanged');
      await form.getByLabel(/^Key/).fill('too-short');
      await form.getByRole('button', { name: 'Create webhook' }).click();
      await form.locator('.field-problem', { hasText: 'at least 16 characters' }).waitFor();
      assert.equal(await rows().count(), 0, 'nothing is created');

      await form.getByLabel(/^Key/).fill(KEY);
      await form.getByRole('button', { name: 'Create webhook' }).click();
      await rows().first().waitFor();
      const cells = await rows().first().locator('td').allInnerTexts();
      assert.deepEqual(cells.slice(0, 4), [
        'ProductStockLevelChanged',
        'https://erp.example.com/hooks/ogoship',
        'set',
        'another system',
      ]);
      assert.ok(!(await page.content()).includes(KEY), 'the key never reaches the page');
      const stored = await run.testApp.app.services.api.webhooks.list();
      assert.equal(stored.length, 1);
      assert.equal(stored[0]!.url, 'https://erp.example.com/hooks/ogoship');
    }));

  it('edits its URL and key, then deletes it at OGOship', () =>
    step('edit-delete', async () => {
      await rows().first().getByRole('button', { name: 'Edit' }).click();
      const form = page.getByRole('form', { name: 'Edit webhook' });
      assert.equal(await form.getByLabel(/^Key/).inputValue(), '', 'the key is never filled in');
      await form.getByLabel('URL').fill('https://erp.example.com/hooks/v2');
      await form.getByLabel(/^Key/).fill(NEW_KEY);
      await form.getByRole('button', { name: 'Save webhook' }).click();
      await rows().first().getByText('https://erp.example.com/hooks/v2').waitFor();
      assert.equal(
        (await run.testApp.app.services.api.webhooks.list())[0]!.url,
        'https://erp.example.com/hooks/v2',
      );
      assert.ok(!(await page.content()).includes(NEW_KEY));

      await rows().first().getByRole('button', { name: 'Delete' }).click();
      await page.getByText('No webhooks on this account.').waitFor();
      assert.equal((await run.testApp.app.services.api.webhooks.list()).length, 0);
    }));

  it('keeps the notification switches in the app settings', () =>
    step('notify', async () => {
      const preferences = run.testApp.app.services.webhooks!.preferences;
      const shipped = page.getByLabel('Notify when an order ships (with its tracking link)');
      assert.ok(await shipped.isChecked());
      await shipped.uncheck();
      await poll(() => preferences.settings().notifyShipped === false);
      await shipped.check();
      await poll(() => preferences.settings().notifyShipped === true);
    }));

  it('keeps the ngrok authtoken in the keychain and shows only "set"', () =>
    step('ngrok', async () => {
      await page.getByLabel(/^ngrok/).check();
      const field = page.getByLabel(/ngrok authtoken/);
      await page.locator('label[for=ngrok-authtoken] .badge', { hasText: 'not set' }).waitFor();
      await field.fill(AUTHTOKEN);
      await page.getByRole('button', { name: 'Keep in keychain' }).click();
      await page.locator('label[for=ngrok-authtoken] .badge', { hasText: /^set$/ }).waitFor();
      assert.equal(await field.inputValue(), '', 'the field empties once the token is kept');
      assert.ok(!(await page.content()).includes(AUTHTOKEN));
      const vault = await keytar.findCredentials(`${run.testApp.keychainService}.custom`);
      assert.ok(
        vault.some((entry) => entry.password === AUTHTOKEN),
        'the token is in the keychain',
      );

      await page.getByRole('button', { name: 'Forget' }).click();
      await page.locator('label[for=ngrok-authtoken] .badge', { hasText: 'not set' }).waitFor();
      const after = await keytar.findCredentials(`${run.testApp.keychainService}.custom`);
      assert.ok(!after.some((entry) => entry.password === AUTHTOKEN), 'forgotten');
    }));
});
