// Shell: "Export diagnostics" in the desktop app asks where to save through the
// native save dialog (offered a zip name in Downloads, parented to our window)
// and writes the zip only there; a cancelled dialog writes nothing.
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { unzipSync } from 'fflate';
import { OPERATION_NAMES } from '../../shared/contract/index.js';
import { FakeBrowserWindow, loadWithElectron, mainProcessElectron } from './electron-stand-in.js';

const dist = path.resolve(import.meta.dirname, '../../dist');
const bundle = path.join(dist, 'electron', 'main.cjs');
const appUrl = pathToFileURL(path.join(dist, 'renderer', 'index.html')).href;

interface DialogCall {
  parent: unknown;
  options: { defaultPath: string; filters: Array<{ extensions: string[] }> };
}

describe('diagnostics save dialog', () => {
  let userData: string;
  let standIn: ReturnType<typeof mainProcessElectron>;
  const dialogCalls: DialogCall[] = [];
  let answer: { canceled: boolean; filePath?: string } = { canceled: true };

  before(async () => {
    assert.ok(existsSync(bundle), 'run npm run build first: dist/electron/main.cjs is missing');
    userData = await mkdtemp(path.join(os.tmpdir(), 'ogo-save-dialog-'));
    standIn = mainProcessElectron(userData);
    const dialog = {
      showSaveDialog: async (parent: unknown, options: DialogCall['options']) => {
        dialogCalls.push({ parent, options });
        return answer;
      },
    };
    loadWithElectron(bundle, { ...standIn.electron, dialog });
    for (let tries = 0; tries < 200; tries += 1) {
      if (standIn.record.ipcHandlers.size === OPERATION_NAMES.length) break;
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
  });

  after(async () => {
    const quitting = new Promise((resolve) =>
      standIn.record.appEvents.once('quit-called', resolve),
    );
    standIn.record.appEvents.emit('before-quit', { preventDefault: () => undefined });
    await quitting;
    await rm(userData, { recursive: true, force: true });
  });

  async function call(name: string, input: unknown): Promise<any> {
    const window = FakeBrowserWindow.created[0]!;
    const handler = standIn.record.ipcHandlers.get(`ogo:call:${name}`)!;
    const result = (await handler(
      { sender: window.webContents, senderFrame: { url: appUrl, parent: null } },
      input,
    )) as { ok: boolean; value?: unknown };
    assert.equal(result.ok, true, JSON.stringify(result));
    return result.value;
  }

  it('writes nothing when the user cancels the dialog', async () => {
    const preview = await call('diagnostics.preview', {});
    answer = { canceled: true };
    assert.deepEqual(await call('diagnostics.save', { bundleId: preview.bundleId }), {
      outcome: 'cancelled',
    });
    const call0 = dialogCalls[0]!;
    assert.equal(call0.parent, FakeBrowserWindow.created[0]);
    assert.equal(call0.options.defaultPath, path.join(userData, preview.fileName));
    assert.deepEqual(call0.options.filters[0]!.extensions, ['zip']);
    assert.ok(!(await readdir(userData)).some((name) => name.endsWith('.zip')));
  });

  it('writes the previewed zip where the user chose, telling the page only its name', async () => {
    const preview = await call('diagnostics.preview', {});
    const target = path.join(userData, 'support.zip');
    answer = { canceled: false, filePath: target };
    assert.deepEqual(await call('diagnostics.save', { bundleId: preview.bundleId }), {
      outcome: 'saved',
      fileName: 'support.zip',
    });
    const names = Object.keys(unzipSync(readFileSync(target)));
    assert.equal(names.length, preview.files.length);
  });
});
