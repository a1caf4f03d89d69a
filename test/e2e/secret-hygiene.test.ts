// End to end in Chromium, then a search: sign in with distinctive secrets, keep
// an ngrok authtoken, connect live updates and take a signed delivery, create a
// webhook with its own key, import a CSV, draft and send an order and export
// diagnostics; then look for every secret value (secret token, client secret,
// every access and refresh token the sandbox issued, every webhook key, the
// tunnel token) in every file the app wrote under its data folder (zips opened)
// and in everything the renderer could reach. Zero hits is the only pass.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { mkdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import keytar from '@napi-rs/keyring/keytar.js';
import type { Browser, Page } from 'playwright-core';
import { startSandbox, type SandboxHandle } from '../../electron/sandbox/index.js';
import { scanBytes, scanFolder, type Hit, type Secret } from '../security/secret-scan.js';
import { startTokenRecorder, type TokenRecorder } from '../security/token-recorder.js';
import { keepArtifacts, launchChromium, openPage, startTestApp, type TestApp } from './harness.js';

const tag = () => randomBytes(9).toString('base64url');
const CREDENTIALS = {
  merchantId: 'hygiene-merchant',
  secretToken: `HygSecretToken-${tag()}`,
  clientId: '424242',
  clientSecret: `HygClientSecret-${tag()}`,
};
const NGROK_AUTHTOKEN = `HygNgrokAuthtoken_${tag()}`;
const ERP_KEY = `HygErpWebhookKey-${tag()}`;
const PREVIEW_TOKEN_KEY = 'ogo.previewToken';
// Keychain accounts that hold secrets (the merchant ID and client ID are not secrets).
const SECRET_ACCOUNT = /(secretToken|clientSecret|refreshToken|webhookKey:|tunnelToken:)/;

describe('secret hygiene', () => {
  let sandbox: SandboxHandle;
  let recorder: TokenRecorder;
  let testApp: TestApp;
  let browser: Browser;
  let page: Page;
  let consoleLog: string[];
  const rendererSeen: string[] = [];
  let stopEvents = () => {};

  before(async () => {
    sandbox = await startSandbox({
      orders: 12,
      products: 8,
      credentials: CREDENTIALS,
    });
    recorder = await startTokenRecorder(sandbox.url);
    testApp = await startTestApp({
      authUrl: recorder.url,
      apiUrl: recorder.url,
      environment: 'custom',
    });
    // What the renderer is handed: every call's answer and every pushed event.
    stopEvents = testApp.app.services.events.onAny((name, payload) =>
      rendererSeen.push(`event ${String(name)} ${JSON.stringify(payload)}`),
    );
    browser = await launchChromium();
    ({ page, consoleLog } = await openPage(browser));
    page.on('response', (response) => {
      if (!response.url().includes('/api/call/')) return;
      void response.text().then(
        (text) => rendererSeen.push(`call ${response.url()} ${text}`),
        () => undefined,
      );
    });
  });

  after(async () => {
    stopEvents();
    await browser?.close();
    await testApp?.close();
    await recorder?.close();
    await sandbox?.close();
    for (const service of [testApp.keychainService, `${testApp.keychainService}.custom`]) {
      for (const entry of await keytar.findCredentials(service)) {
        await keytar.deletePassword(service, entry.account);
      }
    }
  });

  async function step(name: string, work: () => Promise<void>): Promise<void> {
    try {
      await work();
      rendererSeen.push(`dom ${name} ${await page.content()}`);
    } catch (error) {
      await keepArtifacts(`secret-hygiene-${name}`, page, consoleLog);
      throw error;
    }
  }

  const openView = (label: string) => page.locator('.nav-item', { hasText: label }).click();

  it('signs in with a distinctive secret token and client secret', () =>
    step('sign-in', async () => {
      await page.goto(testApp.app.url);
      await page.getByLabel('Merchant ID').fill(CREDENTIALS.merchantId);
      await page.getByLabel('Secret token').fill(CREDENTIALS.secretToken);
      await page.getByText('Advanced').click();
      await page.getByLabel('Client ID').fill(CREDENTIALS.clientId);
      await page.getByLabel('Client secret').fill(CREDENTIALS.clientSecret);
      await page.getByRole('button', { name: 'Sign in', exact: true }).click();
      await page.waitForFunction(
        () => document.querySelector('.row-count')?.textContent === '12 orders',
        null,
        { timeout: 60_000 },
      );
    }));

  it('keeps an ngrok authtoken, connects live updates and takes a signed delivery', () =>
    step('live', async () => {
      await openView('Live updates');
      await page.getByLabel(/^ngrok/).check();
      await page.getByLabel(/ngrok authtoken/).fill(NGROK_AUTHTOKEN);
      await page.getByRole('button', { name: 'Keep in keychain' }).click();
      await page.locator('label[for=ngrok-authtoken] .badge', { hasText: /^set$/ }).waitFor();

      const localUrl = (await page.locator('.live-local-url').innerText()).trim();
      await page.getByLabel(/A URL I forward/).check();
      await page.getByLabel('Public URL').fill(localUrl);
      await page.getByRole('button', { name: 'Connect live updates' }).click();
      await page
        .locator('.live-status .badge', { hasText: 'Connected' })
        .waitFor({ timeout: 20_000 });

      const reference = testApp.app.services.store.orders.query({
        statuses: ['New'],
        limit: 1,
      }).rows[0]!.reference;
      const shipped = await fetch(`${sandbox.url}/__sandbox/orders/${reference}/ship`, {
        method: 'POST',
      });
      assert.equal(shipped.status, 200);
      await page
        .locator('.inbox-row', { hasText: reference })
        .locator('.badge', { hasText: 'Verified' })
        .waitFor({ timeout: 15_000 });
    }));

  it('creates a webhook for another system with its own key', () =>
    step('webhook', async () => {
      await page.getByRole('button', { name: 'New webhook' }).click();
      const form = page.getByRole('form', { name: 'New webhook' });
      await form.getByLabel('URL').fill('https://erp.example.com/hooks/ogoship');
      await form.getByLabel('Type').selectOption('ProductStockLevelChanged');
      await form.getByLabel(/^Key/).fill(ERP_KEY);
      await form.getByRole('button', { name: 'Create webhook' }).click();
      await page.locator('.live-webhooks tbody tr', { hasText: 'erp.example.com' }).waitFor();
    }));

  it('imports a CSV', () =>
    step('import', async () => {
      await openView('Import');
      await page.locator('input[type=file]').setInputFiles({
        name: 'hygiene.csv',
        mimeType: 'text/csv',
        buffer: Buffer.from('code;name;languageCode\r\nHYG-1;Hygiene product;fi\r\n'),
      });
      await page
        .getByRole('heading', { name: /^Preview of 1 rows?$/ })
        .waitFor({ timeout: 20_000 });
      await page.getByRole('button', { name: 'Import 1 product' }).click();
      await page.getByRole('heading', { name: 'Finished' }).waitFor({ timeout: 30_000 });
    }));

  it('drafts and sends an order', () =>
    step('draft', async () => {
      await openView('Drafts');
      await page.getByRole('button', { name: 'New draft' }).click();
      const editor = page.getByRole('complementary', { name: 'Draft' });
      const reference = await editor.getByLabel('Reference *').inputValue();
      await editor.getByLabel('Name *').fill('Aino Virtanen');
      await editor.getByLabel('Address *', { exact: true }).fill('Mannerheimintie 1');
      await editor.getByLabel('City *').fill('Helsinki');
      await editor.getByLabel('Country (type a code or name) *').fill('Finland');
      await editor.getByText('Finland', { exact: true }).waitFor();
      const code = testApp.app.services.store.products.query({ limit: 1 }).rows[0]!.code;
      await editor.getByRole('combobox', { name: 'Product 1' }).fill(code);
      await editor.getByLabel('Quantity', { exact: true }).fill('1');
      await editor.getByText('Saved on this computer').waitFor();
      await editor.getByRole('button', { name: 'Send' }).click();
      await page
        .locator('.draft-row', { hasText: reference })
        .locator('.badge', { hasText: 'Sent' })
        .waitFor({ timeout: 30_000 });
    }));

  it('forwards renderer console errors and unhandled rejections to the app log', () =>
    step('renderer-log', async () => {
      const probe = tag();
      await page.evaluate(
        `console.error('console probe ${probe}'); void Promise.reject(new Error('rejection probe ${probe}'));`,
      );
      const logFile = path.join(testApp.dataDir, 'logs', 'main.log');
      for (let tries = 0; tries < 100; tries += 1) {
        const text = await readFile(logFile, 'utf8');
        if (text.includes(`rejection probe ${probe}`)) break;
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      const lines = (await readFile(logFile, 'utf8')).split('\n');
      for (const needle of [
        `console probe ${probe}`,
        `Unhandled rejection: Error: rejection probe ${probe}`,
      ]) {
        const line = lines.find((candidate) => candidate.includes(needle));
        assert.ok(line, `${needle} reached the log`);
        assert.match(line, /renderer/);
        assert.match(line, /error/);
      }
    }));

  it('exports diagnostics after showing what is inside, into the data folder', () =>
    step('diagnostics', async () => {
      await openView('Diagnostics');
      await page.getByRole('button', { name: 'Prepare diagnostics' }).click();
      const files = page.getByRole('list', { name: /files in the bundle/ });
      for (const name of [
        'README.txt',
        'versions.json',
        'settings.json',
        'state.json',
        'logs/main.log',
      ]) {
        await files
          .getByRole('button', {
            name: new RegExp(`^${name.replace('.', '\\.')}`),
          })
          .waitFor();
      }
      await files.getByRole('button', { name: /^state\.json/ }).click();
      await page.getByLabel('Contents of state.json').getByText('"outbox"').waitFor();
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: /^Save ogo-desk-diagnostics-.*\.zip/ }).click(),
      ]);
      await mkdir(path.join(testApp.dataDir, 'exported'), { recursive: true });
      await download.saveAs(path.join(testApp.dataDir, 'exported', download.suggestedFilename()));
      await page
        .getByRole('status')
        .getByText(/^Downloaded as ogo-desk-diagnostics-/)
        .waitFor();
    }));

  it('finds no secret in any file the app wrote, nor anywhere the renderer could reach', async () => {
    const secrets = await collectSecrets();
    const { hits, files } = await scanFolder(testApp.dataDir, secrets);
    for (const expected of [
      /^imports\//,
      /^ogo\.db$/,
      /^logs\/main\.log$/,
      /^exported\/.*\.zip$/,
    ]) {
      assert.ok(
        files.some((file) => expected.test(file)),
        `${expected} was written: ${files.join(', ')}`,
      );
    }
    const renderer = await rendererState();
    const rendererHits: Hit[] = renderer.flatMap(([where, text]) =>
      scanBytes(where, Buffer.from(text), secrets),
    );
    assert.deepEqual([...hits, ...rendererHits], []);
  });

  async function collectSecrets(): Promise<Secret[]> {
    const secrets: Secret[] = [
      { label: 'secret token', value: CREDENTIALS.secretToken },
      { label: 'client secret', value: CREDENTIALS.clientSecret },
      { label: 'ngrok authtoken', value: NGROK_AUTHTOKEN },
      { label: 'webhook key (another system)', value: ERP_KEY },
    ];
    [...recorder.tokens].forEach((value, index) =>
      secrets.push({ label: `issued token #${index + 1}`, value }),
    );
    assert.ok(recorder.tokens.size >= 2, 'the sandbox issued an access and a refresh token');
    const kept = await keytar.findCredentials(`${testApp.keychainService}.custom`);
    const keys = kept.filter((entry) => SECRET_ACCOUNT.test(entry.account));
    assert.ok(
      keys.some((entry) => entry.account.includes('webhookKey:')),
      'the app keeps webhook keys',
    );
    for (const entry of keys)
      secrets.push({
        label: `keychain ${entry.account.replace(/^.*:(?=webhookKey|tunnelToken)/, '')}`,
        value: entry.password,
      });
    return secrets;
  }

  async function rendererState(): Promise<Array<[string, string]>> {
    // A string, not a function: tsx's name helpers do not exist in the page.
    const storage = (await page.evaluate(`(() => {
      const read = (store) => Object.fromEntries(
        Object.entries({ ...store }).filter(([key]) => key !== ${JSON.stringify(PREVIEW_TOKEN_KEY)}));
      return { local: read(localStorage), session: read(sessionStorage),
        html: document.documentElement.outerHTML };
    })()`)) as { local: object; session: object; html: string };
    return [
      ['localStorage', JSON.stringify(storage.local)],
      ['sessionStorage', JSON.stringify(storage.session)],
      ['dom (final)', storage.html],
      ...rendererSeen.map((text, index): [string, string] => [
        `renderer input #${index} (${text.slice(0, 60)})`,
        text,
      ]),
    ];
  }
});
