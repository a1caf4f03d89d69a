// Test helper for end-to-end runs: Debian's Chromium through playwright-core,
// the preview app on a temp data folder with its own keychain service, and the
// artifacts (screenshot and console log) kept under .artifacts/ when a test
// fails. Never touches the user's real data folder or keychain entries.
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { startPreviewApp, type PreviewApp } from '../../electron/preview/preview-app.js';
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
