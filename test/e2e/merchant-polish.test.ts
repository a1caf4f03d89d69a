// End to end in Chromium against a sandbox on loopback: what a new merchant
// tripped over reads right now. Codes, references and dates are never cut
// off, dates read 2026-11-16 10:27, an order explains a total above its lines,
// detail panes let go of what the list hides, and a new draft stays calm until
// touched, then shows no reference clash once it is sent.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Locator, Page } from 'playwright-core';
import { startSandbox, type SandboxHandle } from '../../electron/sandbox/index.js';
import {
  artifactSteps,
  consoleErrors,
  signInAsDemo,
  startBrowserRun,
  waitForRowCount,
  type BrowserRun,
} from './harness.js';

/** Whether a cell shows all of its text (nothing hidden behind an ellipsis). */
const fullyShown = (cell: Locator) =>
  cell.evaluate((element) => element.scrollWidth <= element.clientWidth);

describe('merchant polish in Chromium', () => {
  let sandbox: SandboxHandle;
  let run: BrowserRun;
  let page: Page;

  before(async () => {
    sandbox = await startSandbox({ orders: 60, products: 40 });
    run = await startBrowserRun(sandbox.url);
    page = run.page;
    await page.setViewportSize({ width: 1280, height: 800 });
    await signInAsDemo(page, run.testApp.app.url);
  });

  after(async () => {
    await run?.close();
    await sandbox?.close();
  });

  const step = artifactSteps('merchant-polish', () => run);

  it('shows whole references and compact ISO-like dates in the orders table', () =>
    step('orders-columns', async () => {
      await waitForRowCount(page, '60 orders');
      const cells = page.locator('.body-row:not(.loading)').first().locator('[role=gridcell]');
      const reference = cells.first();
      const changed = cells.last();
      assert.match((await reference.textContent()) ?? '', /^OD-|^\S+$/);
      assert.ok(await fullyShown(reference), 'the reference is not cut');
      assert.match((await changed.textContent()) ?? '', /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}$/);
      assert.ok(await fullyShown(changed), 'the date is not cut');
    }));

  it('explains a total that is more than the lines', () =>
    step('order-total', async () => {
      const rows = page.locator('.body-row:not(.loading)');
      let explained = '';
      for (let index = 0; index < 15 && explained === ''; index += 1) {
        await rows.nth(index).click();
        const pane = page.getByRole('complementary', { name: /^Order / });
        await pane.locator('.total-line').last().waitFor();
        const text = (await pane.locator('.total-line').allTextContents()).join(' · ');
        if (text.includes('Shipping and other charges')) explained = text;
      }
      assert.match(explained, /^Lines.+ · Shipping and other charges.+ · Total.+$/);
      const meaning = await page.locator('.detail-pane').textContent();
      assert.doesNotMatch(meaning ?? '', /stock is reserved/);
    }));

  it('lets the order detail go when the search hides the order, and keeps it when not', () =>
    step('orders-stale', async () => {
      const heading = page.locator('.detail-pane h2');
      const title = (await heading.textContent()) ?? '';
      const reference = title.replace(/^Order /, '');
      await page.getByLabel('Search orders').fill(reference);
      await waitForRowCount(page, '1 order');
      assert.equal(await heading.textContent(), title, 'still listed, still shown');
      await page.getByLabel('Search orders').fill('no-such-order-anywhere');
      await waitForRowCount(page, '0 orders');
      await page.getByText('Select an order to see its details.').waitFor();
      await page.getByLabel('Search orders').fill('');
    }));

  it('shows whole EANs and lets the product detail go when the search hides it', () =>
    step('products', async () => {
      await page.getByRole('button', { name: 'Products' }).click();
      await waitForRowCount(page, '40 products');
      const rows = page.locator('.body-row:not(.loading)');
      const withEan = rows.filter({ hasText: /\d{13}/ }).first();
      const ean = withEan.locator('[role=gridcell]').nth(2);
      assert.match((await ean.textContent()) ?? '', /^\d{13}$/);
      assert.ok(await fullyShown(ean), 'the EAN is not cut');
      await withEan.click();
      const pane = page.getByRole('complementary', { name: 'Product detail' });
      await pane.locator('h2').waitFor();
      await page.getByLabel('Search products').fill('no-such-product-anywhere');
      await waitForRowCount(page, '0 products');
      await pane.getByText('Select a product, or create a new one.').waitFor();
      await page.getByLabel('Search products').fill('');
    }));

  it('words product form problems for a merchant and brings the first into view', () =>
    step('product-form', async () => {
      await page.getByRole('button', { name: 'New product' }).click();
      const form = page.getByRole('form', { name: 'New product' });
      await form.getByLabel('EAN').fill('123');
      await form.getByLabel('Currency').fill('euro');
      await form.getByRole('button', { name: 'Create product' }).scrollIntoViewIfNeeded();
      await form.getByRole('button', { name: 'Create product' }).click();
      await form.getByText('Nothing was saved: fix the 3 marked fields.').waitFor();
      await form.getByText('Currency must be a 3-letter code such as EUR').waitFor();
      await form.getByText('An EAN has 8, 12, 13 or 14 digits; this one has 3').waitFor();
      assert.equal(await form.getByText(/Too big|expected string/).count(), 0);
      const code = form.getByLabel('Code *');
      await page.waitForFunction(() => document.activeElement?.id === 'product-code');
      const inView = await code.evaluate((input) => {
        const field = input.closest('.field')!.getBoundingClientRect();
        let pane = input.parentElement;
        while (
          pane &&
          !(
            pane.scrollHeight > pane.clientHeight &&
            /auto|scroll/.test(getComputedStyle(pane).overflowY)
          )
        )
          pane = pane.parentElement;
        const box = (pane ?? document.documentElement).getBoundingClientRect();
        return field.top >= box.top && field.bottom <= box.bottom;
      });
      assert.ok(inView, 'the Code field and its problem are wholly in view');
      await form.getByText('Enter a product code').waitFor();
      await form.getByRole('button', { name: 'Cancel' }).click();
    }));

  it('says why a renamed code was not saved without the tick', () =>
    step('product-rename', async () => {
      await page.locator('.body-row:not(.loading)').first().click();
      const pane = page.getByRole('complementary', { name: 'Product detail' });
      await pane.getByRole('button', { name: 'Edit' }).click();
      const form = pane.getByRole('form', { name: /^Edit / });
      await form.getByLabel('Code *').fill('RENAMED-CODE-1');
      await form.getByRole('button', { name: 'Save changes' }).click();
      await form.getByText(/Nothing was saved: tick “I understand” below to rename/).waitFor();
      await form.getByRole('button', { name: 'Cancel' }).click();
    }));

  it('keeps a new draft calm until a field is left or Send is pressed', () =>
    step('draft-errors', async () => {
      await page.locator('.nav-item', { hasText: 'Drafts' }).click();
      await page.getByRole('button', { name: 'New draft' }).click();
      const editor = page.getByRole('complementary', { name: 'Draft' });
      await editor.getByLabel('Name *').waitFor();
      await editor.getByText('Saved on this computer').waitFor();
      assert.equal(await editor.locator('.field-problem').count(), 0, 'no red on a fresh draft');
      await editor.getByLabel('Name *').focus();
      await editor.getByLabel('City *').focus();
      await editor.getByText("Enter the customer's name").waitFor();
      assert.equal(await editor.getByText('Enter the city').count(), 0, 'city not left yet');
      await editor.getByRole('button', { name: 'Send' }).click();
      await editor.getByText('Enter the city').waitFor();
    }));

  it('shows no reference clash on a sent draft, and its fields read as values', () =>
    step('draft-sent', async () => {
      const editor = page.getByRole('complementary', { name: 'Draft' });
      const reference = await editor.getByLabel('Reference *').inputValue();
      await editor.getByLabel('Name *').fill('Aino Virtanen');
      await editor.getByLabel('Address *', { exact: true }).fill('Mannerheimintie 1');
      await editor.getByLabel('City *').fill('Helsinki');
      await editor.getByLabel('Country (type a code or name) *').fill('Finland');
      await editor.getByText('Finland', { exact: true }).waitFor();
      const code = (await run.testApp.app.services.store.products.query({ limit: 1 })).rows[0]!
        .code;
      await editor.getByRole('combobox', { name: 'Product 1' }).fill(code);
      await editor.getByLabel('Quantity', { exact: true }).fill('2');
      await editor.getByText('Saved on this computer').waitFor();
      await editor.getByRole('button', { name: 'Send' }).click();
      const row = page.locator('.draft-row', { hasText: reference });
      await row.locator('.badge', { hasText: 'Sent' }).waitFor({ timeout: 30_000 });
      await editor.locator('.badge', { hasText: 'Sent' }).waitFor();
      // The live order is in the local copy now, yet it is this draft's own.
      assert.equal(
        await editor.getByText('Another draft or order already uses this reference').count(),
        0,
      );
      const name = editor.getByLabel('Name *');
      assert.ok(await name.isDisabled());
      const look = await name.evaluate((input) => getComputedStyle(input).borderTopColor);
      assert.equal(look, 'rgba(0, 0, 0, 0)', 'a locked field has no input box');
    }));

  it('logged no error in the page console', () =>
    step('console', async () => {
      assert.deepEqual(consoleErrors(run.consoleLog), []);
    }));
});
