// Shell: loads the built main-process bundle with a stand-in electron module and
// checks what it sets up: window options, CSP, navigation, new-window and
// permission handlers, a sender-checked handler per contract operation, and a
// quit that waits for the services to close.
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { OPERATION_NAMES } from '../../shared/contract/index.js';
import {
  FakeBrowserWindow,
  FakeWebContents,
  loadWithElectron,
  mainProcessElectron,
  type MainRecord,
} from './electron-stand-in.js';

const dist = path.resolve(import.meta.dirname, '../../dist');
const bundle = path.join(dist, 'electron', 'main.cjs');
const appUrl = pathToFileURL(path.join(dist, 'renderer', 'index.html')).href;

async function until(check: () => boolean, what: string): Promise<void> {
  for (let tries = 0; tries < 200; tries += 1) {
    if (check()) return;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  throw new Error(`Timed out waiting for ${what}`);
}

describe('electron main', () => {
  let userData: string;
  let record: MainRecord;
  let window: FakeBrowserWindow;

  before(async () => {
    assert.ok(existsSync(bundle), 'run npm run build first: dist/electron/main.cjs is missing');
    userData = await mkdtemp(path.join(os.tmpdir(), 'ogo-shell-'));
    const standIn = mainProcessElectron(userData);
    record = standIn.record;
    loadWithElectron(bundle, standIn.electron);
    await until(
      () =>
        record.ipcHandlers.size === OPERATION_NAMES.length &&
        FakeBrowserWindow.created.length === 1,
      'the window and IPC handlers',
    );
    window = FakeBrowserWindow.created[0]!;
  });

  after(async () => {
    await rm(userData, { recursive: true, force: true });
  });

  it('runs one sandboxed, isolated window without Node', () => {
    const prefs = window.options.webPreferences;
    assert.equal(prefs.contextIsolation, true);
    assert.equal(prefs.sandbox, true);
    assert.equal(prefs.nodeIntegration, false);
    assert.equal(prefs.nodeIntegrationInWorker, false);
    assert.equal(prefs.webSecurity, true);
    assert.equal(prefs.webviewTag, false);
    assert.equal(prefs.preload, path.join(dist, 'electron', 'preload.cjs'));
    assert.equal(record.sandboxEnabled, true);
    assert.equal(window.webContents.loadedUrl, appUrl);
  });

  it('sends a strict CSP with every response, matching the page meta tag', () => {
    let headers: Record<string, string[]> = {};
    record.headersHandler!(
      { responseHeaders: { 'Content-Type': ['text/html'] } },
      (answer: { responseHeaders: Record<string, string[]> }) => {
        headers = answer.responseHeaders;
      },
    );
    const csp = headers['Content-Security-Policy']?.[0] ?? '';
    assert.match(csp, /default-src 'self'/);
    assert.match(csp, /script-src 'self'(;|$)/);
    assert.match(csp, /connect-src 'self'/);
    assert.doesNotMatch(csp, /unsafe-eval|unsafe-inline|\*/);
    const html = readFileSync(path.join(dist, 'renderer', 'index.html'), 'utf8');
    const meta = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html)?.[1];
    assert.equal(meta, csp.replace(/; frame-ancestors 'none'$/, ''));
  });

  it('blocks navigation and sends only http(s) and mailto links to the system browser', () => {
    const navigate = (url: string) => {
      let prevented = false;
      window.webContents.emit('will-navigate', { preventDefault: () => (prevented = true) }, url);
      return prevented;
    };
    assert.equal(navigate('https://example.com/track'), true);
    assert.equal(navigate('file:///etc/passwd'), true);
    assert.equal(navigate('javascript:alert(1)'), true);
    assert.deepEqual(record.openedExternally, ['https://example.com/track']);
  });

  it('denies every new window, opening safe links outside', () => {
    const open = window.webContents.windowOpenHandler!;
    assert.deepEqual(open({ url: 'mailto:help@example.com' }), { action: 'deny' });
    assert.deepEqual(open({ url: 'smb://server/share' }), { action: 'deny' });
    assert.deepEqual(record.openedExternally.slice(-1), ['mailto:help@example.com']);
  });

  it('refuses every permission request and check', () => {
    const answers: boolean[] = [];
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read']) {
      record.permissionRequestHandler!({}, permission, (allowed: boolean) => answers.push(allowed));
      answers.push(record.permissionCheckHandler!({}, permission) as boolean);
    }
    assert.deepEqual(answers, new Array(8).fill(false));
  });

  it('has a handler for every contract operation, and nothing else', () => {
    assert.deepEqual(
      [...record.ipcHandlers.keys()].sort(),
      OPERATION_NAMES.map((name) => `ogo:call:${name}`).sort(),
    );
  });

  it('answers our window top frame on our page', async () => {
    const handler = record.ipcHandlers.get('ogo:call:session.get')!;
    const result = (await handler(
      { sender: window.webContents, senderFrame: { url: appUrl, parent: null } },
      {},
    )) as { ok: boolean };
    assert.equal(result.ok, true);
  });

  for (const name of OPERATION_NAMES) {
    it(`${name}: refuses a foreign sender, a subframe and a foreign page`, async () => {
      const handler = record.ipcHandlers.get(`ogo:call:${name}`)!;
      const foreign = [
        { sender: new FakeWebContents(), senderFrame: { url: appUrl, parent: null } },
        { sender: window.webContents, senderFrame: { url: appUrl, parent: { url: appUrl } } },
        { sender: window.webContents, senderFrame: { url: 'https://evil.example/', parent: null } },
        { sender: window.webContents, senderFrame: null },
      ];
      for (const event of foreign) {
        const result = (await handler(event, {})) as { ok: boolean; error?: { message: string } };
        assert.equal(result.ok, false);
        assert.match(result.error?.message ?? '', /did not come from the OGO Desk window/);
      }
    });
  }

  it('remembers the window bounds in the settings file when the window closes', () => {
    window.emit('close');
    const settings = JSON.parse(readFileSync(path.join(userData, 'settings.json'), 'utf8'));
    assert.deepEqual(settings.ui.windowBounds, { x: 10, y: 20, width: 1200, height: 700 });
  });

  it('holds the first quit until the services have closed, then quits', async () => {
    let prevented = false;
    const quitting = new Promise((resolve) => record.appEvents.once('quit-called', resolve));
    record.appEvents.emit('before-quit', { preventDefault: () => (prevented = true) });
    assert.equal(prevented, true);
    await quitting;
    let preventedAgain = false;
    record.appEvents.emit('before-quit', { preventDefault: () => (preventedAgain = true) });
    assert.equal(preventedAgain, false);
  });
});
