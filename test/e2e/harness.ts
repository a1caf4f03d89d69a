// Test helper for end-to-end runs: Debian's Chromium through playwright-core,
// the preview app on a temp data folder with its own keychain service, and the
// artifacts (screenshot and console log) kept under .artifacts/ when a test
// fails. Never touches the user's real data folder or keychain entries.
import assert from 'node:assert/strict';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import keytar from '@napi-rs/keyring/keytar.js';
import { startPreviewApp, type PreviewApp } from '../../electron/preview/preview-app.js';
import {
  DEMO_CREDENTIALS,
  startSandbox,
  type SandboxHandle,
  type SandboxOptions,
} from '../../electron/sandbox/index.js';
import type { ServicesConfig } from '../../electron/services/create-services.js';

export const ROOT = path.resolve(import.meta.dirname, '../..');
const ARTIFACTS = path.join(ROOT, '.artifacts');
// The README's screenshots change only when asked (`npm run screenshots`), so a
// test run leaves the work tree clean; otherwise they land with the artifacts.
export const SCREENSHOTS = process.env.OGO_UPDATE_SCREENSHOTS
  ? path.join(ROOT, 'docs', 'screenshots')
  : path.join(ARTIFACTS, 'screenshots');

/** Launches headless Chromium with the flags this machine needs. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
}

/** A preview app on a throwaway data folder and keychain service. */
export interface TestApp {
  app: PreviewApp;
  keychainService: string;
  dataDir: string;
  close(): Promise<void>;
}

/** Starts the preview app; `services` adds to the throwaway config (URLs, environment). */
export async function startTestApp(services: Partial<ServicesConfig> = {}): Promise<TestApp> {
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'ogo-e2e-'));
  const keychainService = `ogo-desk-e2e-${randomUUID().slice(0, 8)}`;
  const app = await startPreviewApp({
    services: { dataDir, keychainService, logConsole: false, env: {}, ...services },
    rendererDir: path.join(ROOT, 'dist', 'renderer'),
  });
  return {
    app,
    keychainService,
    dataDir,
    close: async () => {
      await app.close();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}

/** A page that records its console, for the artifacts of a failed test. */
export async function openPage(
  browser: Browser,
  options: { dark?: boolean } = {},
): Promise<{ context: BrowserContext; page: Page; consoleLog: string[] }> {
  const context = await browser.newContext({
    viewport: { width: 1400, height: 860 },
    colorScheme: options.dark ? 'dark' : 'light',
  });
  const page = await context.newPage();
  const consoleLog: string[] = [];
  page.on('console', (message) => consoleLog.push(`[${message.type()}] ${message.text()}`));
  page.on('pageerror', (error) => consoleLog.push(`[pageerror] ${error.message}`));
  return { context, page, consoleLog };
}

/** Saves a screenshot and the console log of a failed test under .artifacts/. */
export async function keepArtifacts(name: string, page: Page, consoleLog: string[]): Promise<void> {
  await mkdir(ARTIFACTS, { recursive: true });
  const safe = name.replace(/[^a-z0-9-]+/gi, '-').slice(0, 80);
  await page
    .screenshot({ path: path.join(ARTIFACTS, `${safe}.png`), fullPage: true })
    .catch(() => undefined);
  await writeFile(path.join(ARTIFACTS, `${safe}.console.log`), consoleLog.join('\n'));
}

/** Saves a screenshot for the README. */
export async function screenshot(page: Page, name: string): Promise<void> {
  await mkdir(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: path.join(SCREENSHOTS, `${name}.png`) });
}

/** The app, Chromium and one page recording its console, as each browser test starts them. */
export interface BrowserRun {
  testApp: TestApp;
  browser: Browser;
  page: Page;
  consoleLog: string[];
  close(): Promise<void>;
}

/** Starts the app signing in at `ogoshipUrl` (a sandbox or a proxy to one) and opens a page. */
export async function startBrowserRun(
  ogoshipUrl: string,
  pageOptions: { dark?: boolean } = {},
): Promise<BrowserRun> {
  const testApp = await startTestApp({
    authUrl: ogoshipUrl,
    apiUrl: ogoshipUrl,
    environment: 'custom',
  });
  let browser: Browser | undefined;
  try {
    browser = await launchChromium();
    const { page, consoleLog } = await openPage(browser, pageOptions);
    const opened = browser;
    const close = async () => {
      await opened.close();
      await testApp.close();
    };
    return { testApp, browser, page, consoleLog, close };
  } catch (error) {
    // The caller never gets a run to close, so nothing may be left running here.
    await browser?.close();
    await testApp.close();
    throw error;
  }
}

/** A browser run signing in at a sandbox of its own; closing it stops the sandbox too. */
export interface SandboxRun extends BrowserRun {
  sandbox: SandboxHandle;
}

/** Starts a seeded sandbox, then a browser run against it. */
export async function startSandboxRun(options: SandboxOptions): Promise<SandboxRun> {
  const sandbox = await startSandbox(options);
  try {
    const run = await startBrowserRun(sandbox.url);
    const close = async () => {
      await run.close();
      await sandbox.close();
    };
    return { ...run, sandbox, close };
  } catch (error) {
    await sandbox.close();
    throw error;
  }
}

/** Posts to one of the sandbox's /__sandbox control routes and checks it answered `status`. */
export async function postToSandbox(
  sandbox: SandboxHandle,
  route: string,
  body: unknown,
  status = 200,
): Promise<void> {
  const response = await fetch(`${sandbox.url}/__sandbox${route}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  });
  assert.equal(response.status, status, await response.text());
}

/** A named test step; `step` keeps the artifacts as `<prefix>-<name>` when its work fails. */
export type Step = (name: string, work: () => Promise<void>) => Promise<void>;

/** Makes the `step` of one test file; `current` gives the run once `before` has started it. */
export function artifactSteps(
  prefix: string,
  current: () => Pick<BrowserRun, 'page' | 'consoleLog'> | undefined,
): Step {
  return async (name, work) => {
    try {
      await work();
    } catch (error) {
      // Without a run (its start failed) there is nothing to keep, and the start's error says why.
      const run = current();
      if (run) await keepArtifacts(`${prefix}-${name}`, run.page, run.consoleLog);
      throw error;
    }
  };
}

/** Signs in with the sandbox's demo credentials and waits for the Orders view. */
export async function signInAsDemo(page: Page, appUrl: string): Promise<void> {
  await page.goto(appUrl);
  await page.getByLabel('Merchant ID').fill(DEMO_CREDENTIALS.merchantId);
  await page.getByLabel('Secret token').fill(DEMO_CREDENTIALS.secretToken);
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  await page.getByRole('heading', { name: 'Orders' }).waitFor({ timeout: 30_000 });
}

/** Waits until the view's row count reads exactly `text`, e.g. "40 orders" after a first sync. */
export async function waitForRowCount(page: Page, text: string, timeout = 60_000): Promise<void> {
  await page.waitForFunction(
    (expected) => document.querySelector('.row-count')?.textContent === expected,
    text,
    { timeout },
  );
}

/** Signs in as the demo merchant and waits for the first sync to show `orders` ("40 orders"). */
export async function signInAndSync(page: Page, appUrl: string, orders: string): Promise<void> {
  await signInAsDemo(page, appUrl);
  await waitForRowCount(page, orders);
}

/** Signs out and waits for the signed-out screen. */
export async function signOut(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Sign out' }).click();
  await page.getByRole('button', { name: 'Try the built-in sandbox' }).waitFor();
}

/** Keychain entries under `service` that still name the demo merchant or hold its token. */
export async function demoMerchantEntries(service: string) {
  const entries = await keytar.findCredentials(service);
  return entries.filter(
    (entry) =>
      entry.account.includes(DEMO_CREDENTIALS.merchantId) ||
      entry.password === DEMO_CREDENTIALS.secretToken,
  );
}

/** The console lines that are errors or uncaught page errors (CSP violations log as errors). */
export function consoleErrors(consoleLog: string[]): string[] {
  return consoleLog.filter((line) => line.startsWith('[error]') || line.startsWith('[pageerror]'));
}
