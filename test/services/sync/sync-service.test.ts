// The sync against a real sandbox: a full first run, then an incremental run
// that fetches only what changed, resuming after a cancel, and going offline.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startSandbox, type SandboxHandle } from '../../../electron/sandbox/index.js';
import { createApiClient, type ApiClient } from '../../../electron/services/api/index.js';
import { EventBus } from '../../../electron/services/event-bus.js';
import { openStore, type Store } from '../../../electron/services/store/index.js';
import { createSyncService } from '../../../electron/services/sync/index.js';
import type { SyncProgress } from '../../../shared/contract/sync.js';
import { CancelledError, OfflineError } from '../../../shared/errors.js';
import { apiRequests, clearRequests, demoTokenSource } from '../api/sandbox-helpers.js';

interface Rig {
  sandbox: SandboxHandle;
  api: ApiClient;
  store: Store;
  bus: EventBus;
  dir: string;
}

async function rig(orders: number, products: number): Promise<Rig> {
  const sandbox = await startSandbox({ orders, products });
  const dir = await mkdtemp(join(tmpdir(), 'ogo-sync-'));
  const api = createApiClient({
    apiUrl: sandbox.url,
    tokenSource: demoTokenSource(sandbox.url),
    sleep: async () => {},
  });
  return { sandbox, api, store: openStore(join(dir, 'ogo.db')), bus: new EventBus(), dir };
}

async function teardown(r: Rig): Promise<void> {
  r.store.close();
  await r.sandbox.close();
  await rm(r.dir, { recursive: true, force: true });
}

describe('sync', () => {
  let r: Rig;
  before(async () => (r = await rig(1100, 60)));
  after(() => teardown(r));

  it('first copies the whole account, reporting progress per resource', async () => {
    const progress: SyncProgress[] = [];
    r.bus.on('sync.progress', (event) => progress.push(event));
    const sync = createSyncService({ api: r.api, store: r.store, bus: r.bus });

    const result = await sync.run();

    assert.equal(r.store.orders.count(), 1100);
    assert.equal(r.store.products.count(), 60);
    assert.equal(result.status.running, false);
    assert.ok(result.status.lastSyncAt !== null);
    const finished = progress
      .filter((event) => event.finished)
      .map((event) => event.resource)
      .sort();
    assert.deepEqual(finished, ['orders', 'products', 'stock']);
    assert.ok(progress.every((event) => event.phase === 'full'));
    const lastOrders = progress.filter((event) => event.resource === 'orders').at(-1)!;
    assert.ok(lastOrders.done >= 1100 && lastOrders.pages >= 5);
  });

  it('then fetches only the orders and stock that changed', async () => {
    const [shippable] = r.store.orders.query({ statuses: ['New'], limit: 1 }).rows;
    const [product] = r.store.products.query({ limit: 1 }).rows;
    await fetch(
      `${r.sandbox.url}/__sandbox/orders/${encodeURIComponent(shippable!.reference)}/ship`,
      { method: 'POST', body: '{}' },
    );
    const code64 = Buffer.from(product!.code).toString('base64url');
    await fetch(`${r.sandbox.url}/__sandbox/products/${code64}/stock?base64url=true`, {
      method: 'POST',
      body: JSON.stringify({ stock: 4321 }),
    });
    await clearRequests(r.sandbox.url);
    const progress: SyncProgress[] = [];
    r.bus.on('sync.progress', (event) => progress.push(event));

    const result = await createSyncService({ api: r.api, store: r.store, bus: r.bus }).run();

    assert.deepEqual(result.fetched, { orders: 1, products: 1, stock: 1 });
    assert.equal((await apiRequests(r.sandbox.url)).length, 3);
    assert.equal(r.store.orders.get(shippable!.reference)?.status, 'Shipped');
    assert.ok(r.store.orders.get(shippable!.reference)?.trackingNumber);
    assert.equal(r.store.products.get(product!.code)?.stock, 4321);
    assert.ok(progress.every((event) => event.phase === 'incremental'));
  });
});

describe('sync: cancel and resume', () => {
  let r: Rig;
  before(async () => (r = await rig(2000, 20)));
  after(() => teardown(r));

  it('keeps what it stored when cancelled, and the next run carries on from there', async () => {
    const sync = createSyncService({ api: r.api, store: r.store, bus: r.bus });
    const controller = new AbortController();
    const stop = r.bus.on('sync.progress', (event) => {
      if (event.resource === 'orders' && event.pages === 3) controller.abort();
    });

    await assert.rejects(sync.run({ signal: controller.signal }), CancelledError);
    stop();
    const kept = r.store.orders.count();
    assert.ok(kept >= 740 && kept < 2000, `kept ${kept}`);
    assert.equal(sync.status().running, false);

    const resumed = await sync.run();

    assert.equal(r.store.orders.count(), 2000);
    assert.ok(resumed.fetched.orders < 2000 - kept + 20, `refetched ${resumed.fetched.orders}`);
  });
});

describe('sync: offline', () => {
  it('fails with OfflineError and reports itself offline', async () => {
    const r = await rig(30, 5);
    try {
      await r.api.orders.list({ limit: 1 }); // signs in while the sandbox still answers
      await fetch(`${r.sandbox.url}/__sandbox/offline`, {
        method: 'POST',
        body: JSON.stringify({ offline: true }),
      });
      const sync = createSyncService({ api: r.api, store: r.store, bus: r.bus });

      await assert.rejects(sync.run(), OfflineError);

      assert.equal(sync.status().online, false);
      assert.match(sync.status().lastError ?? '', /broke before OGOship answered/);
    } finally {
      await teardown(r);
    }
  });
});
