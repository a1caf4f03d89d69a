// The first sync's "N products ✓" must match what the Products view then
// counts: a record asked for again at a page tie is counted once.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startSandbox, type SandboxHandle } from '../../../electron/sandbox/index.js';
import { createApiClient } from '../../../electron/services/api/index.js';
import { EventBus } from '../../../electron/services/event-bus.js';
import { openStore, type Store } from '../../../electron/services/store/index.js';
import { createSyncService } from '../../../electron/services/sync/index.js';
import type { SyncProgress } from '../../../shared/contract/sync.js';
import { demoTokenSource } from '../api/sandbox-helpers.js';

describe('sync', () => {
  let sandbox: SandboxHandle;
  let store: Store;
  let dir: string;

  before(async () => {
    sandbox = await startSandbox({ orders: 450, products: 300 });
    dir = await mkdtemp(join(tmpdir(), 'ogo-sync-count-'));
    store = openStore(join(dir, 'ogo.db'));
  });

  after(async () => {
    store?.close();
    await sandbox?.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('reports as done exactly the orders and products it stored', async () => {
    const api = createApiClient({
      apiUrl: sandbox.url,
      tokenSource: demoTokenSource(sandbox.url),
      sleep: async () => {},
    });
    const bus = new EventBus();
    const progress: SyncProgress[] = [];
    bus.on('sync.progress', (event) => progress.push(event));
    await createSyncService({ api, store, bus }).run();

    const last = (resource: string) =>
      progress.filter((event) => event.resource === resource).at(-1)!;
    assert.ok(last('products').pages > 1, 'more than one page, so a tie is asked for again');
    assert.equal(last('products').done, store.products.count());
    assert.equal(last('products').done, 300);
    assert.equal(last('orders').done, store.orders.count());
    assert.equal(last('orders').done, 450);
  });
});
