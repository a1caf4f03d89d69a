// Contract: the built preload bundle exposes exactly one function per contract
// operation plus `on`, under `window.ogo` only, calls only our invoke channels,
// and hands back contract errors as plain data.
import { describe, it, before } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { existsSync } from 'node:fs';
import { EVENT_NAMES, OPERATION_NAMES } from '../../shared/contract/index.js';
import { loadWithElectron } from '../shell/electron-stand-in.js';

const bundle = path.resolve(import.meta.dirname, '../../dist/electron/preload.cjs');

interface Captured {
  exposed: Map<string, Record<string, unknown>>;
  invoked: Array<[string, unknown]>;
  listened: string[];
  removed: string[];
  reply: unknown;
}

function preloadElectron(captured: Captured) {
  return {
    contextBridge: {
      exposeInMainWorld: (key: string, api: Record<string, unknown>) =>
        captured.exposed.set(key, api),
    },
    ipcRenderer: {
      invoke: async (channel: string, input: unknown) => {
        captured.invoked.push([channel, input]);
        return captured.reply;
      },
      on: (channel: string) => captured.listened.push(channel),
      removeListener: (channel: string) => captured.removed.push(channel),
    },
  };
}

describe('preload', () => {
  const captured: Captured = {
    exposed: new Map(),
    invoked: [],
    listened: [],
    removed: [],
    reply: null,
  };
  let api: Record<string, unknown>;

  before(() => {
    assert.ok(existsSync(bundle), 'run npm run build first: dist/electron/preload.cjs is missing');
    loadWithElectron(bundle, preloadElectron(captured));
    api = captured.exposed.get('ogo') ?? {};
  });

  it('exposes only window.ogo', () => {
    assert.deepEqual([...captured.exposed.keys()], ['ogo']);
  });

  it('exposes one function per contract operation plus on, and nothing else', () => {
    assert.deepEqual(Object.keys(api).sort(), [...OPERATION_NAMES, 'on'].sort());
    for (const value of Object.values(api)) assert.equal(typeof value, 'function');
  });

  it('calls the operation channel with the input and resolves with the value', async () => {
    captured.reply = { ok: true, value: { status: 'signedOut' } };
    const value = await (api['session.get'] as (input: unknown) => Promise<unknown>)({});
    assert.deepEqual(value, { status: 'signedOut' });
    assert.deepEqual(captured.invoked.at(-1), ['ogo:call:session.get', {}]);
  });

  it('rejects with the plain error payload when the main side refuses', async () => {
    const error = {
      kind: 'validation',
      message: 'Invalid input for orders.get',
      problems: [{ field: 'reference', message: 'Too small' }],
    };
    captured.reply = { ok: false, error };
    await assert.rejects(
      (api['orders.get'] as (input: unknown) => Promise<unknown>)({ reference: '' }),
      (reason) => {
        assert.deepEqual(reason, error);
        return true;
      },
    );
  });

  it('subscribes to contract events only, on the one event channel, and unsubscribes', () => {
    const on = api.on as (name: string, listener: () => void) => () => void;
    assert.throws(() => on('not.an.event', () => undefined), /Unknown event/);
    const off = on(EVENT_NAMES[0]!, () => undefined);
    assert.deepEqual(captured.listened, ['ogo:event']);
    off();
    assert.deepEqual(captured.removed, ['ogo:event']);
  });
});
