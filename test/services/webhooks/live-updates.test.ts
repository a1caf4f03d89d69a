// End-to-end tests of live updates on loopback: the sandbox ships an order and
// changes stock, its signed deliveries travel through the localtunnel fixture to
// the receiver, and the cache, events and notices follow within seconds.
import { afterEach, beforeEach, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { LiveStatus } from '../../../shared/contract/webhooks.js';
import { eventually } from './support.js';
import { startLiveRig, warehouse, type LiveRig } from './live-rig.js';

describe('webhooks/live-updates', () => {
  let rig: LiveRig;

  beforeEach(async () => {
    rig = await startLiveRig();
  });
  afterEach(async () => {
    await rig.close();
  });

  const namesOf = (name: string) => rig.events.filter(([event]) => event === name).map(([, payload]) => payload);

  async function connected(): Promise<LiveStatus> {
    const status = await rig.service.live.connect();
    assert.equal(status.state, 'connected', status.reason);
    return status;
  }

  it('connects: tunnel up, both webhooks point at it, self-test recorded', async () => {
    const status = await connected();
    const client = [...rig.fixture.clients.values()][0];
    assert.equal(status.publicUrl, client?.publicUrl);

    const hooks = await rig.api.webhooks.list();
    assert.deepEqual(hooks.map((hook) => hook.type).sort(), ['OrderShipped', 'ProductStockLevelChanged']);
    assert.ok(hooks.every((hook) => hook.url.startsWith(`${status.publicUrl}/ogo-webhooks/`)));
    assert.equal(rig.service.inbox.search({ type: 'SelfTest' })[0]?.outcome, 'selfTest');
  });

  it('updates the cache and tells open views when the warehouse ships an order', async () => {
    await rig.service.live.start();
    await connected();
    await eventually(() => rig.store.orders.count() > 0, 'first sync');
    const shippable = rig.store.orders.query({ statuses: ['New'], limit: 1 }).rows[0];
    assert.ok(shippable, 'the seeded sandbox has a New order');

    await warehouse(rig, `/orders/${encodeURIComponent(shippable.reference)}/ship`, { trackingNumber: 'JJFI-TEST-1', trackingUrl: 'https://tracking.example/JJFI-TEST-1' });

    await eventually(() => rig.store.orders.get(shippable.reference)?.status === 'Shipped', 'cache shows Shipped');
    const changed = namesOf('orders.changed') as { references: string[]; source: string }[];
    assert.ok(changed.some((event) => event.source === 'webhook' && event.references.includes(shippable.reference)));
    const notices = namesOf('notify') as { kind: string; url: string | null }[];
    assert.deepEqual(notices.filter((n) => n.kind === 'orderShipped').map((n) => n.url), ['https://tracking.example/JJFI-TEST-1']);
    const entry = rig.service.inbox.search({ text: shippable.reference, type: 'OrderShipped' })[0];
    assert.equal(entry?.verification, 'valid');
  });

  it('raises a low-stock notice once when stock falls below the product threshold', async () => {
    await connected();
    const [product] = await rig.api.products.list({ limit: 1, page: 1 });
    assert.ok(product);
    rig.service.preferences.setThreshold(product.code, 5);
    const code = encodeURIComponent(product.code);

    await warehouse(rig, `/products/${code}/stock`, { stock: 50 + (product.reserved ?? 0) });
    await eventually(() => (rig.store.products.get(product.code)?.stockAvailable ?? -1) >= 50, 'stock 50 cached');
    await warehouse(rig, `/products/${code}/stock`, { stock: 2 + (product.reserved ?? 0) });
    await eventually(() => rig.store.products.get(product.code)?.stockAvailable === 2, 'stock 2 cached');
    await warehouse(rig, `/products/${code}/stock`, { stock: 1 + (product.reserved ?? 0) });
    await eventually(() => rig.store.products.get(product.code)?.stockAvailable === 1, 'stock 1 cached');

    const low = (namesOf('notify') as { kind: string; title: string }[]).filter((n) => n.kind === 'lowStock');
    assert.equal(low.length, 1);
    assert.match(low[0]?.title ?? '', new RegExp(product.code.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')));
    assert.ok((namesOf('products.changed') as { source: string }[]).some((e) => e.source === 'webhook'));
  });

  it('reconnects after the tunnel drops and re-points the webhooks at the new URL', async () => {
    const first = await connected();
    const [id] = [...rig.fixture.clients.keys()];
    await rig.fixture.drop(id as string);

    await eventually(() => {
      const now = rig.service.live.status();
      return now.state === 'connected' && now.publicUrl !== first.publicUrl ? now : null;
    }, 'reconnected on a new URL', 15_000);
    const statuses = namesOf('live.status') as LiveStatus[];
    assert.ok(statuses.some((s) => s.state === 'degraded'), 'the drop was shown as degraded');

    const now = rig.service.live.status();
    const hooks = await rig.api.webhooks.list();
    assert.equal(hooks.length, 2);
    assert.ok(hooks.every((hook) => hook.url.startsWith(`${now.publicUrl}/`)));
  });

  it('removes its webhooks on disconnect and on sign-out', async () => {
    await connected();
    const down = await rig.service.live.disconnect();
    assert.equal(down.state, 'down');
    assert.deepEqual(await rig.api.webhooks.list(), []);

    await connected();
    rig.service.preferences.setThreshold('SKU-1', 3);
    await rig.service.signOut();
    assert.deepEqual(await rig.api.webhooks.list(), []);
    assert.equal(await rig.vault.readSecret('demo-merchant', 'webhookKey:OrderShipped'), null);
    assert.deepEqual(rig.service.inbox.search({}), []);
    assert.deepEqual(rig.service.preferences.thresholds(), []);
  });

  it('keeps the webhook keys in the keychain and out of every event and status', async () => {
    await connected();
    const keys = [
      await rig.vault.readSecret('demo-merchant', 'webhookKey:OrderShipped'),
      await rig.vault.readSecret('demo-merchant', 'webhookKey:ProductStockLevelChanged'),
    ];
    assert.ok(keys.every((key) => typeof key === 'string' && key.length >= 43));
    const everything = JSON.stringify([rig.events, rig.service.live.status(), await rig.service.management.list(), rig.service.inbox.search({})]);
    for (const key of keys) assert.ok(!everything.includes(key as string));
  });

  it('says polling is on, calmly, when the user chose no tunnel and pressed Connect', async () => {
    rig.service.preferences.update({ tunnel: 'none' });
    const status = await rig.service.live.connect();
    assert.equal(status.state, 'polling');
    assert.equal(status.reason, 'Polling every minute (no tunnel chosen)');
    assert.deepEqual(await rig.api.webhooks.list(), []);
  });

  it('shows down with the reason when the chosen tunnel is not set up', async () => {
    rig.service.preferences.update({ tunnel: 'forwarded', forwardedUrl: null });
    const forwarded = await rig.service.live.connect();
    assert.equal(forwarded.state, 'down');
    assert.match(forwarded.reason, /public URL/);

    rig.service.preferences.update({ tunnel: 'ngrok' });
    const ngrok = await rig.service.live.connect();
    assert.equal(ngrok.state, 'down');
    assert.match(ngrok.reason, /authtoken/);
    assert.deepEqual(await rig.api.webhooks.list(), []);
  });

  it('shows degraded with the reason when the self-test cannot come back', async () => {
    rig.service.preferences.update({ tunnel: 'forwarded', forwardedUrl: 'http://127.0.0.1:9' });
    const status = await rig.service.live.connect();
    assert.equal(status.state, 'degraded');
    assert.match(status.reason, /self-test/);
    await rig.service.live.disconnect();
  });
});
