// Electron security checklist items test/shell/main.test.ts does not already
// cover, read from the built main bundle under the stand-in electron module:
// no insecure content, no experimental or Blink features, no Node in subframes,
// no drag-and-drop navigation, and redirects and <webview> attachment refused.
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { OPERATION_NAMES } from '../../shared/contract/index.js';
import {
  FakeBrowserWindow,
  loadWithElectron,
  mainProcessElectron,
} from '../shell/electron-stand-in.js';

const bundle = path.resolve(import.meta.dirname, '../../dist/electron/main.cjs');

async function until(check: () => boolean): Promise<void> {
  for (let tries = 0; tries < 200 && !check(); tries += 1) {
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  assert.ok(check(), 'the main bundle did not open its window');
}

describe('window security checklist', () => {
  let userData: string;
  let window: FakeBrowserWindow;
  let appEvents: ReturnType<typeof mainProcessElectron>['record']['appEvents'];

  before(async () => {
    assert.ok(existsSync(bundle), 'run npm run build first: dist/electron/main.cjs is missing');
    userData = await mkdtemp(path.join(os.tmpdir(), 'ogo-checklist-'));
    const standIn = mainProcessElectron(userData);
    appEvents = standIn.record.appEvents;
    loadWithElectron(bundle, standIn.electron);
    await until(
      () =>
        standIn.record.ipcHandlers.size === OPERATION_NAMES.length &&
        FakeBrowserWindow.created.length === 1,
    );
    window = FakeBrowserWindow.created[0]!;
  });

  after(async () => {
    // Quitting closes the services the bundle started, so this process can end.
    const quitting = new Promise((resolve) => appEvents.once('quit-called', resolve));
    appEvents.emit('before-quit', { preventDefault: () => undefined });
    await quitting;
    await rm(userData, { recursive: true, force: true });
  });

  it('loads no insecure content and turns on no experimental or Blink features', () => {
    const prefs = window.options.webPreferences;
    assert.equal(prefs.allowRunningInsecureContent, false);
    assert.equal(prefs.webSecurity, true);
    assert.notEqual(prefs.experimentalFeatures, true);
    assert.equal(prefs.enableBlinkFeatures, undefined);
    assert.equal(prefs.nodeIntegrationInSubFrames, false);
    assert.equal(prefs.navigateOnDragDrop, false);
  });

  it('refuses redirects and <webview> attachment', () => {
    for (const name of ['will-redirect', 'will-attach-webview']) {
      let prevented = false;
      window.webContents.emit(name, { preventDefault: () => (prevented = true) }, {}, {});
      assert.equal(prevented, true, name);
    }
  });

  it('loads the renderer from a file URL, never over the network', () => {
    assert.match(window.webContents.loadedUrl ?? '', /^file:\/\/.*\/renderer\/index\.html$/);
  });
});
