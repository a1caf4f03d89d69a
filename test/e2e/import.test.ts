// End to end in Chromium: every handed CSV case is chosen in the Import view
// and previewed as its README says (counts, encoding, problems with line and
// column, nothing sendable while codes repeat); the Finnish file is imported
// and its five products appear in the Products view with their prices.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import type { Page } from 'playwright-core';
import {
  ROOT,
  artifactSteps,
  screenshot,
  signInAndSync,
  startSandboxRun,
  type SandboxRun,
} from './harness.js';

const CASES = path.join(ROOT, 'test', 'fixtures', 'csv');

/** Opens the Import view (starting over if needed) and chooses a file; waits for its preview. */
async function chooseCsv(page: Page, file: string): Promise<void> {
  await page.locator('.nav-item', { hasText: 'Import' }).click();
  const again = page.getByRole('button', { name: 'Import another file' });
  if (await again.isVisible()) await again.click();
  await page.locator('input[type=file]').setInputFiles(file);
  await page.locator('.import-source strong', { hasText: path.basename(file) }).waitFor();
  await page.getByRole('heading', { name: /^Preview of \d+ rows?$/ }).waitFor({ timeout: 20_000 });
}

/** The preview's counts as the figures show them. */
async function previewCounts(page: Page): Promise<Record<string, number>> {
  const figures = page.getByRole('group', { name: 'Preview counts' }).locator('.figure');
  const counts: Record<string, number> = {};
  for (const figure of await figures.all()) {
    const label = await figure.locator('.figure-label').innerText();
    counts[label] = Number((await figure.locator('.figure-value').innerText()).replace(/\D/g, ''));
  }
  return counts;
}

/** The problem table's rows: [line, column] as `slice`, the code and the message. */
async function problemRows(page: Page) {
  const rows = await page.locator('.import-problems tbody tr').all();
  return Promise.all(
    rows.map(async (row) => {
      const [line, column, code, message] = await row.locator('td').allInnerTexts();
      return { slice: [line, column], code, message };
    }),
  );
}

describe('CSV import in Chromium', () => {
  let run: SandboxRun;
  let page: Page;

  before(async () => {
    run = await startSandboxRun({ orders: 10, products: 10 });
    page = run.page;
  });

  after(async () => {
    await run?.close();
  });

  const step = artifactSteps('import', () => run);

  const choose = (file: string) => chooseCsv(page, path.join(CASES, file));

  it('signs in and syncs the catalogue', () =>
    step('sign-in', async () => {
      await signInAndSync(page, run.testApp.app.url, '10 orders');
    }));

  it('maps the Finnish headers, reads ; and decimal commas: 5 new products', () =>
    step('semicolon', async () => {
      await choose('semicolon-decimal-comma.csv');
      assert.deepEqual(await previewCounts(page), { New: 5, Changed: 0, Unchanged: 0, Invalid: 0 });
      const expected: Record<string, string> = {
        Tuotekoodi: 'code',
        Nimi: 'name',
        EAN: 'eanCode',
        Ostohinta: 'supplyPrice',
        Myyntihinta: 'salesPrice',
        Valuutta: 'currencyCode',
        Alkuperämaa: 'countryOfOrigin',
        Kieli: 'languageCode',
        Tuoteryhmä: 'group',
      };
      for (const [header, field] of Object.entries(expected)) {
        assert.equal(await page.getByLabel(`Field for ${header}`).inputValue(), field, header);
      }
      assert.match(await page.locator('.import-reason').innerText(), /;|semicolon/i);
      await page.locator('.import-new tr', { hasText: 'Kahvikuppi 0,3 l' }).waitFor();
    }));

  it('drops the UTF-8 byte-order mark from the first header: 3 new products', () =>
    step('bom', async () => {
      await choose('bom-utf8.csv');
      assert.deepEqual(await previewCounts(page), { New: 3, Changed: 0, Unchanged: 0, Invalid: 0 });
      assert.equal(await page.getByLabel('Field for code').inputValue(), 'code');
      assert.equal(await page.locator('.import-card td.mono').first().innerText(), 'code');
    }));

  it('detects Windows-1252, shows it, and reads the Nordic letters right', () =>
    step('windows-1252', async () => {
      await choose('windows-1252.csv');
      assert.deepEqual(await previewCounts(page), { New: 3, Changed: 0, Unchanged: 0, Invalid: 0 });
      assert.match(await page.locator('.import-reason').innerText(), /Windows-1252/);
      const names = page.locator('.import-new');
      for (const text of [
        'KÄSI-01',
        'Käsipyyhe öljyvärikuvalla',
        'ÅRE-02',
        'Ålandsk äppelmust 0,75 l',
        'JÄÄ-03',
      ]) {
        await names.getByText(text, { exact: true }).waitFor();
      }
      assert.ok(!(await page.locator('.view').innerText()).includes('\uFFFD'));

      await page.getByLabel('Encoding').selectOption('macintosh');
      await page.locator('.import-reason', { hasText: 'Mac Roman' }).waitFor();
      assert.equal(await names.getByText('Käsipyyhe öljyvärikuvalla').count(), 0);
      await page.getByLabel('Encoding').selectOption('');
      await page.locator('.import-reason', { hasText: 'Windows-1252' }).waitFor();
      await names.getByText('Käsipyyhe öljyvärikuvalla', { exact: true }).waitFor();
    }));

  it('rejects the EANs Excel mangled, naming line, column and what to do', () =>
    step('mangled-ean', async () => {
      await choose('excel-mangled-ean.csv');
      assert.deepEqual(await previewCounts(page), { New: 2, Changed: 0, Unchanged: 0, Invalid: 4 });
      await page
        .locator('.import-new tr', { hasText: 'ZERO-2' })
        .getByText('0012345678905')
        .waitFor();
      await page.locator('.import-new tr', { hasText: 'OK-1' }).waitFor();
      const problems = await problemRows(page);
      const find = (code: string) => problems.find((row) => row.code === code);
      assert.deepEqual(find('SCI-1')?.slice, ['3', 'eanCode']);
      assert.match(find('SCI-1')?.message ?? '', /Text/);
      assert.deepEqual(find('SCI-2')?.slice, ['4', 'eanCode']);
      assert.match(find('SCI-2')?.message ?? '', /Text/);
      assert.deepEqual(find('ZERO-1')?.slice, ['5', 'eanCode']);
      assert.match(find('ZERO-1')?.message ?? '', /leading zeros/i);
      assert.deepEqual(find('BAD-CHK')?.slice, ['7', 'eanCode']);
      assert.match(find('BAD-CHK')?.message ?? '', /check digit/i);
      await screenshot(page, 'import-preview');
    }));

  it('keeps line breaks and doubled quotes inside quoted cells: 3 records', () =>
    step('quoted-newlines', async () => {
      await choose('quoted-newlines.csv');
      assert.deepEqual(await previewCounts(page), { New: 3, Changed: 0, Unchanged: 0, Invalid: 0 });
      await page.getByRole('heading', { name: 'Preview of 3 rows' }).waitFor();
      await page.locator('.import-new').getByText('Pipo "Classic"', { exact: true }).waitFor();
    }));

  it("ignores Excel's empty trailing columns and rows without errors", () =>
    step('trailing-empties', async () => {
      await choose('trailing-empties.csv');
      assert.deepEqual(await previewCounts(page), { New: 3, Changed: 0, Unchanged: 0, Invalid: 0 });
      for (const code of ['PAD-1', 'PAD-2', 'PAD-3']) {
        await page.locator('.import-new').getByText(code, { exact: true }).waitFor();
      }
      assert.equal(await page.locator('.import-problems').count(), 0);
    }));

  it('names both lines of every repeated code and sends nothing until they are fixed', () =>
    step('duplicates', async () => {
      await choose('duplicate-codes.csv');
      const counts = await previewCounts(page);
      assert.equal(counts.Invalid, 4);
      await page.getByRole('alert').waitFor();
      const duplicates = await page.locator('.import-duplicates li').allInnerTexts();
      assert.equal(duplicates.length, 2);
      assert.ok(
        duplicates.some((text) => /DUP-A.*line 2.*line 4/.test(text)),
        duplicates.join(),
      );
      assert.ok(
        duplicates.some((text) => /line 5.*line 6/.test(text)),
        duplicates.join(),
      );
      const lines = (await problemRows(page)).map((row) => `${row.slice[0]} ${row.slice[1]}`);
      for (const line of ['2 code', '4 code', '5 code', '6 code'])
        assert.ok(lines.includes(line), line);
      assert.ok(await page.locator('.import-start .button.primary').isDisabled());
    }));

  it('imports the Finnish file and shows the products with their prices', () =>
    step('import-run', async () => {
      await choose('semicolon-decimal-comma.csv');
      await page.getByLabel('Parallel uploads').fill('2');
      await page.getByRole('button', { name: 'Import 5 products' }).click();
      await page.getByRole('heading', { name: 'Finished' }).waitFor({ timeout: 30_000 });
      await page
        .locator('.import-result')
        .getByText(/5 created/)
        .waitFor();
      assert.equal(await page.locator('.import-results .outcome-created').count(), 5);
      assert.ok(await page.getByRole('button', { name: 'Download failed rows' }).isDisabled());
      await screenshot(page, 'import-result');

      await page.locator('.nav-item', { hasText: 'Products' }).click();
      const prices: Record<string, [string, string]> = {
        'PIPO-01': ['4.20', '12.50'],
        'SUKKA-38': ['3.05', '9.90'],
        'LAPA-XL': ['5.75', '19.00'],
        'KUPPI-1': ['1.10', '7.95'],
        'PIPO-02': ['4.20', '12.50'],
      };
      for (const [code, [supply, sales]] of Object.entries(prices)) {
        await page.getByLabel('Search products').fill(code);
        const row = page.locator('.body-row', { hasText: code });
        await row.waitFor({ timeout: 20_000 });
        await row.click();
        const pane = page.getByRole('complementary', { name: 'Product detail' });
        await pane.locator('.mono', { hasText: code }).waitFor();
        const facts = await pane.locator('.facts').innerText();
        assert.match(facts, new RegExp(`Supply price\\s+€${supply.replace('.', '\\.')}`), code);
        assert.match(facts, new RegExp(`Sales price\\s+€${sales.replace('.', '\\.')}`), code);
      }
    }));
});
