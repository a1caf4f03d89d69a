// Tests for the live-updates contract handlers through the real router, over the
// real service and sandbox: management of foreign and own webhooks without ever
// returning a key, inbox search, replay and expiry, thresholds, settings.
import { afterEach, beforeEach, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createRouter, type OperationHandlers } from '../../../electron/services/router.js';
import { createWebhookHandlers } from '../../../electron/services/webhooks/handlers.js';
import { signBody } from '../../../electron/services/webhooks/signature.js';
import { eventually, send } from './support.js';
import { startLiveRig, warehouse, type LiveRig } from './live-rig.js';

describe('webhooks/handlers', () => {
  let rig: LiveRig;
  let call: (name: string, input?: unknown) => Promise<{ ok: boolean; value?: unknown; error?: { kind: string; message: string } }>;

  beforeEach(async () => {
    rig = await startLiveRig();
    const handlers = createWebhookHandlers({ webhooks: rig.service }) as unknown as OperationHandlers;
    const router = createRouter(handlers, () => undefined);
    call = (name, input = {}) => router.call(name, input) as ReturnType<typeof call>;
  });
  afterEach(async () => {
    await rig.close();
  });

  it('creates, lists, edits and deletes a webhook made for another system, showing its key only as set', async () => {
    const key = 'merchant-chosen-key-0123456789';
    const created = await call('webhooks.create', { url: 'https://erp.example/hooks/ogo', type: 'OrderShipped', key });
    assert.ok(created.ok, JSON.stringify(created.error));
    const view = created.value as { id: string; key: string; madeByThisApp: boolean };
    assert.equal(view.key, 'set');
    assert.equal(view.madeByThisApp, false);

    const listed = await call('webhooks.list');
    assert.ok(!JSON.stringify(listed).includes(key));

    const withoutKey = await call('webhooks.update', { id: view.id, url: 'https://erp.example/hooks/v2', type: 'OrderShipped' });
    assert.equal(withoutKey.error?.kind, 'validation');
    const edited = await call('webhooks.update', { id: view.id, url: 'https://erp.example/hooks/v2', type: 'OrderShipped', key });
    assert.equal((edited.value as { url: string }).url, 'https://erp.example/hooks/v2');

    assert.ok((await call('webhooks.delete', { id: view.id })).ok);
    assert.deepEqual(await rig.api.webhooks.list(), []);
  });

  it('edits the app’s own webhook with the key from the keychain, and marks it as its own', async () => {
    assert.equal(((await call('live.connect')).value as { state: string }).state, 'connected');
    const views = (await call('webhooks.list')).value as { id: string; type: string; url: string; madeByThisApp: boolean }[];
    assert.ok(views.every((v) => v.madeByThisApp));
    const own = views.find((v) => v.type === 'OrderShipped');
    assert.ok(own);
    const result = await call('webhooks.update', { id: own.id, url: own.url, type: 'OrderShipped' });
    assert.ok(result.ok, JSON.stringify(result.error));
  });

  it('refuses a create without a proper key or URL, by field', async () => {
    const result = await call('webhooks.create', { url: 'ftp://x', type: 'OrderShipped', key: 'short' });
    assert.equal(result.error?.kind, 'validation');
    assert.ok(result.error?.message);
  });

  it('searches the inbox and replays a verified delivery as a new entry that changes nothing twice', async () => {
    await call('live.connect');
    await rig.service.live.start();
    await eventually(() => rig.store.orders.count() > 0, 'first sync');
    const order = rig.store.orders.query({ statuses: ['New'], limit: 1 }).rows[0];
    assert.ok(order);
    await warehouse(rig, `/orders/${encodeURIComponent(order.reference)}/ship`, {});
    await eventually(() => rig.service.inbox.search({ text: order.reference }).find((e) => e.outcome === 'applied'), 'applied delivery');

    const found = (await call('webhooks.inbox.search', { text: order.reference, verified: true })).value as { id: number }[];
    assert.equal(found.length, 1);
    const replayed = (await call('webhooks.inbox.replay', { id: found[0]?.id })).value as { replayOf: number; outcome: string };
    assert.equal(replayed.replayOf, found[0]?.id);
    assert.equal(replayed.outcome, 'unchanged');
    const shippedNotices = rig.events.filter(([name, payload]) => name === 'notify' && (payload as { kind: string }).kind === 'orderShipped');
    assert.equal(shippedNotices.length, 1);
  });

  it('refuses to replay a delivery that failed verification', async () => {
    await call('live.connect');
    const status = rig.service.live.status();
    const hook = (await rig.api.webhooks.list())[0];
    assert.ok(hook && status.publicUrl);
    const body = Buffer.from('{"reference":"X-1"}');
    const result = await send(hook.url, body, { 'X-OGOship-Hmac-SHA256': signBody('not-the-key', body) });
    assert.equal(result.status, 401);
    const [entry] = (await call('webhooks.inbox.search', { verified: false })).value as { id: number }[];
    const replay = await call('webhooks.inbox.replay', { id: entry?.id });
    assert.equal(replay.error?.kind, 'validation');
  });

  it('expires inbox entries older than the retention the user sets', async () => {
    const old = new Date(Date.now() - 40 * 86_400_000).toISOString();
    rig.service.inbox.add({
      receivedAt: old, type: 'OrderShipped', verification: 'missing', outcome: 'rejected', detail: null,
      subject: null, body: null, bodyHash: null, contentType: null, replayOf: null,
    });
    assert.equal(rig.service.inbox.search({}).length, 1);
    const saved = await call('live.settings.set', { inboxRetentionDays: 30 });
    assert.ok(saved.ok);
    assert.equal(rig.service.inbox.search({}).length, 0);
  });

  it('keeps per-product thresholds and notification switches', async () => {
    await call('webhooks.thresholds.set', { productCode: 'SKU-1', threshold: 4 });
    const list = (await call('webhooks.thresholds.set', { productCode: 'SKU-2', threshold: 0 })).value;
    assert.deepEqual(list, [{ productCode: 'SKU-1', threshold: 4 }, { productCode: 'SKU-2', threshold: 0 }]);
    await call('webhooks.thresholds.set', { productCode: 'SKU-1', threshold: null });
    assert.deepEqual((await call('webhooks.thresholds.list')).value, [{ productCode: 'SKU-2', threshold: 0 }]);

    const settings = (await call('live.settings.set', { notifyShipped: false })).value as { notifyShipped: boolean; notifyLowStock: boolean };
    assert.equal(settings.notifyShipped, false);
    assert.equal(settings.notifyLowStock, true);
  });

  it('keeps the ngrok authtoken in the keychain and reports it only as set', async () => {
    const token = '2abcDEFghiJKLmnoPQRstuVWX_0123456789';
    const status = await call('live.ngrokAuthtoken.set', { authtoken: token });
    assert.equal((status.value as { ngrokAuthtoken: string }).ngrokAuthtoken, 'set');
    assert.ok(!JSON.stringify(status).includes(token));
    assert.equal(await rig.vault.readSecret('demo-merchant', 'tunnelToken:ngrok'), token);
    await call('live.ngrokAuthtoken.set', { authtoken: null });
    assert.equal(await rig.vault.readSecret('demo-merchant', 'tunnelToken:ngrok'), null);
  });
});
