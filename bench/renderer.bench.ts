// Benchmark: the orders view over a 50,000-order cache in Chromium: first paint
// of the table from cache (navigation to the first rows on screen), and the time
// from a filter input (a search keystroke, a status chip) to the updated table.
// Runs the real preview app and renderer against the sandbox; no browser or
// keychain of the user's is touched.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { randomUUID } from 'node:crypto';
import { chromium, type Page } from 'playwright-core';
import { startSandbox, DEMO_CREDENTIALS } from '../electron/sandbox/index.js';
import { startPreviewApp } from '../electron/preview/preview-app.js';

const ORDERS = Number(process.env.BENCH_ORDERS ?? 50_000);
const RUNS = 7;
const rendererDir = join(import.meta.dirname, '..', 'dist', 'renderer');

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

function summary(label: string, values: number[]): string {
  return `${label.padEnd(40)} median ${median(values).toFixed(0).padStart(5)} ms   min ${Math.min(...values).toFixed(0)}   max ${Math.max(...values).toFixed(0)}`;
}

/** Milliseconds from navigation start (and from the page's HTML arriving) until the first order rows are on screen. */
async function firstPaint(page: Page, url: string): Promise<{ total: number; app: number }> {
  // A blank page in between makes every load a full one (the same URL would only change the fragment).
  await page.goto('about:blank');
  await page.goto(url);
  await page.waitForFunction(
    () => document.querySelectorAll('.body-row:not(.loading)').length > 10,
    null,
    { timeout: 30_000 },
  );
  const painted = await page.evaluate(
    () => new Promise<number>((resolve) => requestAnimationFrame(() => resolve(performance.now()))),
  );
  const htmlArrived = await page.evaluate(
    () =>
      (window.performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming)
        .responseEnd,
  );
  return { total: painted, app: painted - htmlArrived };
}

// In-page code as text: tsx would wrap named functions in a helper the page does not have.
const WATCH_NEXT_COUNT = `(() => {
  const state = (window.__bench = { start: 0, end: 0 });
  const count = document.querySelector('.row-count');
  const before = count.textContent;
  const mark = () => { if (!state.start) state.start = performance.now(); };
  window.addEventListener('keydown', mark, { capture: true, once: true });
  window.addEventListener('pointerdown', mark, { capture: true, once: true });
  const observer = new MutationObserver(() => {
    const text = count.textContent || '';
    if (text === before || !/^[\\d,]+ orders?$/.test(text)) return;
    observer.disconnect();
    requestAnimationFrame(() => { state.end = performance.now(); });
  });
  observer.observe(count, { childList: true, characterData: true, subtree: true });
})()`;

/** Milliseconds from an input event on the page until the row count changed and the next frame was drawn. */
async function inputToTable(page: Page, act: () => Promise<void>): Promise<number> {
  await page.evaluate(WATCH_NEXT_COUNT);
  await act();
  await page.waitForFunction(
    () => (window as unknown as { __bench: { end: number } }).__bench.end > 0,
    null,
    { timeout: 30_000 },
  );
  return page.evaluate(() => {
    const { start, end } = (window as unknown as { __bench: { start: number; end: number } })
      .__bench;
    return end - start;
  });
}

const seedStarted = performance.now();
const sandbox = await startSandbox({ orders: ORDERS });
const dataDir = await mkdtemp(join(tmpdir(), 'ogo-bench-renderer-'));
const app = await startPreviewApp({
  services: {
    dataDir,
    keychainService: `ogo-desk-bench-${randomUUID().slice(0, 8)}`,
    authUrl: sandbox.url,
    apiUrl: sandbox.url,
    environment: 'custom',
    logConsole: false,
    // Headless sign-in: with no keychain the vault keeps tokens in memory for this run only.
    env: {
      OGO_MERCHANT_ID: DEMO_CREDENTIALS.merchantId,
      OGO_SECRET_TOKEN: DEMO_CREDENTIALS.secretToken,
    },
  },
  rendererDir,
});
const browser = await chromium.launch({
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
try {
  await app.services.sync.run();
  console.log(
    `cache: ${app.services.store.orders.count().toLocaleString('en')} orders, ready in ${((performance.now() - seedStarted) / 1000).toFixed(1)} s (seed + sync)`,
  );

  const page = await browser.newPage({ viewport: { width: 1400, height: 860 } });
  const paints: number[] = [];
  const appPaints: number[] = [];
  for (let run = 0; run < RUNS; run += 1) {
    const { total, app: afterHtml } = await firstPaint(page, app.url);
    paints.push(total);
    appPaints.push(afterHtml);
  }

  const keystrokes: number[] = [];
  const search = page.getByRole('searchbox', { name: 'Search orders' });
  // Letters that are not in every order (every email has example.com), so each keystroke changes the count.
  for (const letter of 'qzwjkvy') {
    keystrokes.push(await inputToTable(page, () => search.press(letter)));
    keystrokes.push(await inputToTable(page, () => search.press('Backspace')));
  }
  const chips: number[] = [];
  for (const status of [
    'Shipped',
    'Shipped',
    'New',
    'New',
    'Reserved',
    'Reserved',
    'Draft',
    'Draft',
  ]) {
    chips.push(
      await inputToTable(page, () =>
        page.getByRole('button', { name: status, exact: true }).click(),
      ),
    );
  }

  console.log(summary('first paint of orders from cache', paints));
  console.log(summary('  of which after the HTML arrived', appPaints));
  console.log(summary('search keystroke → table (incl. 120 ms pause)', keystrokes));
  console.log(summary('status chip click → table', chips));
} finally {
  await browser.close();
  // Leaves no keychain entry behind when a keychain was there to use.
  await app.services.session().signOut();
  await app.close();
  await sandbox.close();
  await rm(dataDir, { recursive: true, force: true });
}
