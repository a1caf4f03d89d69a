// End to end in Chromium: the choices around an import. A column mapped by
// hand and saved as a profile; a blank cell over a stored value kept; an
// import paused, cancelled and resumed to the end against a slow sandbox, with
// one row refused by the server and downloadable as a failed-rows CSV.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import type { SandboxHandle } from '../../electron/sandbox/index.js';
import {
  artifactSteps,
  postToSandbox,
  screenshot,
  signInAndSync,
  startSandboxRun,
  type SandboxRun,
} from './harness.js';

const RUN_ROWS = 30;

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Adds a fault rule to the sandbox (it answers 201 Created). */
const addSandboxFault = (sandbox: SandboxHandle, rule: object) =>
  postToSandbox(sandbox, '/faults', rule, 201);

describe('CSV import choices in Chromium', () => {
  let run: SandboxRun;
  let page: Page;
  let folder: string;

  before(async () => {
    folder = await mkdtemp(path.join(os.tmpdir(), 'ogo-import-e2e-'));
    run = await startSandboxRun({ orders: 5, products: 10 });
    page = run.page;
  });

  after(async () => {
    await run?.close();
    await rm(folder, { recursive: true, force: true });
  });

  const step = artifactSteps('import-run', () => run);

  async function choose(name: string, text: string): Promise<void> {
    const file = path.join(folder, name);
    await writeFile(file, text);
    await page.locator('.nav-item', { hasText: 'Import' }).click();
    const again = page.getByRole('button', { name: 'Import another file' });
    if (await again.isVisible()) await again.click();
    await page.locator('input[type=file]').setInputFiles(file);
    await page.locator('.import-source strong', { hasText: name }).waitFor();
    await page.getByRole('heading', { name: /^Preview of \d+ rows?$/ }).waitFor();
  }

  const handled = async () =>
    (await page.locator('.import-progress-text').innerText()).match(/^(\d+) of/)?.[1];

  it('signs in and syncs the catalogue', () =>
    step('sign-in', async () => {
      await signInAndSync(page, run.testApp.app.url, '5 orders');
    }));

  it('maps an unknown header by hand, saves the mapping and reuses it on the next file', () =>
    step('mapping', async () => {
      const csv = 'code;Nimike;languageCode\nMAP-1;Mapped by hand;fi\n';
      await choose('own-headers.csv', csv);
      const unknown = page.locator('.import-card p', { hasText: 'Not recognised' });
      assert.match(await unknown.innerText(), /Nimike/);
      await page.getByLabel('Field for Nimike').selectOption('name');
      await page.locator('tr', { hasText: 'Nimike' }).getByText('your choice').waitFor();
      await page.locator('.import-new').getByText('Mapped by hand').waitFor();
      await page.getByLabel('Mapping name').fill('My shop');
      await page.getByRole('button', { name: 'Save mapping' }).click();

      await choose('own-headers-again.csv', csv.replace('MAP-1', 'MAP-2'));
      assert.equal(await page.getByLabel('Field for Nimike').inputValue(), '');
      await page.getByLabel('Saved mapping').selectOption('My shop');
      await page.locator('.import-new').getByText('Mapped by hand').waitFor();
      assert.equal(await page.getByLabel('Field for Nimike').inputValue(), 'name');
    }));

  it('shows a changed product field by field and keeps a stored value under a blank cell', () =>
    step('keep', async () => {
      const stored = run.testApp.app.services.store.products
        .query({ limit: 10 })
        .rows.map((row) => run.testApp.app.services.store.products.get(row.code)!)
        .find((product) => (product.description ?? '') !== '' && product.name !== '');
      assert.ok(stored, 'a seeded product with a description');
      await choose('rename.csv', `code,name,description\n${stored.code},Renamed by CSV,\n`);
      assert.match(await page.locator('.count-changed').innerText(), /^1\s*Changed$/);
      const change = page.locator('.import-changes > li', { hasText: stored.code });
      assert.match(
        await change.innerText(),
        new RegExp(`Name: ${stored.name}\\s*→\\s*Renamed by CSV`),
      );
      const erase = page.locator('.import-erase', { hasText: '“description”' });
      assert.ok(await erase.getByLabel('Keep the stored values').isChecked());
      await page.getByRole('button', { name: 'Import 1 product' }).click();
      await page.getByRole('heading', { name: 'Finished' }).waitFor({ timeout: 30_000 });
      await page
        .locator('.import-result')
        .getByText(/1 updated/)
        .waitFor();

      await page.locator('.nav-item', { hasText: 'Products' }).click();
      await page.getByLabel('Search products').fill(stored.code);
      const pane = page.getByRole('complementary', { name: 'Product detail' });
      await page.locator('.body-row', { hasText: 'Renamed by CSV' }).click({ timeout: 20_000 });
      await pane.getByRole('heading', { name: 'Renamed by CSV' }).waitFor();
      assert.match(
        await pane.locator('.facts').innerText(),
        new RegExp(`Description\\s+${escape(stored.description!)}`),
      );
    }));

  it('pauses, cancels and resumes a slow import to the end; a refused row downloads as CSV', () =>
    step('run', async () => {
      const lines = Array.from({ length: RUN_ROWS }, (_, index) => {
        const number = String(index + 1).padStart(2, '0');
        return `RUN-${number};Run product ${number};fi`;
      });
      await choose('slow-run.csv', ['code;name;languageCode', ...lines].join('\r\n'));
      await addSandboxFault(run.sandbox, {
        method: 'POST',
        path: '/api/v1/products',
        count: 1,
        status: 400,
      });
      await addSandboxFault(run.sandbox, {
        method: 'POST',
        path: '/api/v1/products',
        count: 100,
        delayMs: 200,
      });
      await page.getByLabel('Parallel uploads').fill('1');
      await page.getByRole('button', { name: `Import ${RUN_ROWS} products` }).click();

      await page.waitForFunction(() =>
        /^[3-9] of/.test(document.querySelector('.import-progress-text')?.textContent ?? ''),
      );
      await screenshot(page, 'import-progress');
      await page.getByRole('button', { name: 'Pause' }).click();
      await page.getByRole('heading', { name: 'Paused' }).waitFor();
      await page.waitForTimeout(600);
      const whilePaused = await handled();
      await page.waitForTimeout(1000);
      assert.equal(await handled(), whilePaused, 'nothing is sent while paused');

      await page.getByRole('button', { name: 'Cancel' }).click();
      await page.getByRole('heading', { name: /^Cancelled/ }).waitFor({ timeout: 10_000 });
      await page.getByRole('button', { name: 'Resume' }).click();
      await page.getByRole('heading', { name: 'Finished' }).waitFor({ timeout: 60_000 });
      const summary = await page.locator('.import-result p').first().innerText();
      assert.match(summary, new RegExp(`${RUN_ROWS - 1} created`));
      assert.match(summary, /1 failed/);
      assert.equal(await page.locator('.import-results .outcome-failed').count(), 1);
      const failedCode = await page
        .locator('.import-results .outcome-failed td')
        .nth(1)
        .innerText();

      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: 'Download failed rows' }).click(),
      ]);
      const text = await readFile((await download.path())!, 'utf8');
      assert.ok(text.startsWith('\uFEFF'), 'UTF-8 with BOM for Excel');
      assert.match(text, /Import problem/);
      assert.match(text, new RegExp(`${failedCode};`));
      assert.equal(text.trim().split('\r\n').length, 2, 'header and the one failed row');
    }));
});
