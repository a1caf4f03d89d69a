// Tests for "never miss anything": the incremental sync runs at start, on a timer
// while no tunnel is up, and again after connecting; polling stops once connected.
import { afterEach, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { eventually } from './support.js';
import { startLiveRig, warehouse, type LiveRig } from './live-rig.js';

describe('webhooks/catch-up', () => {
  let rig: LiveRig | null = null;
  afterEach(async () => {
    await rig?.close();
    rig = null;
  });

  it('syncs at start and keeps polling while no tunnel is chosen, so changes still arrive', async () => {
    rig = await startLiveRig({ pollIntervalMs: 50 });
    rig.service.preferences.update({ tunnel: 'none' });
    const current = rig;
    await current.service.live.start();
    assert.equal(current.service.live.status().state, 'down');
    await eventually(() => current.syncRuns() >= 3, 'repeated polling syncs');

    await eventually(() => current.store.orders.count() > 0, 'first sync');
    const order = current.store.orders.query({ statuses: ['New'], limit: 1 }).rows[0];
    assert.ok(order);
    await warehouse(current, `/orders/${encodeURIComponent(order.reference)}/ship`, {});
    await eventually(() => current.store.orders.get(order.reference)?.status === 'Shipped', 'shipped order picked up by polling');
  });

  it('catches up with a sync when a verified delivery could not be applied', async () => {
    rig = await startLiveRig();
    const current = rig;
    await current.service.live.connect();
    await current.service.live.start();
    // Let the start-up sync finish, so the one fault below meets the delivery's fetch.
    await current.sync.run();
    const order = current.store.orders.query({ statuses: ['New'], limit: 1 }).rows[0];
    assert.ok(order);
    const fault = await fetch(`${current.sandbox.url}/__sandbox/faults`, {
      method: 'POST',
      body: JSON.stringify({ method: 'GET', path: '/api/v1/orders', count: 1, status: 404 }),
    });
    assert.equal(fault.status, 201);
    const runsBefore = current.syncRuns();

    await warehouse(current, `/orders/${encodeURIComponent(order.reference)}/ship`, {});
    await eventually(() => current.service.inbox.search({ text: order.reference }).find((e) => e.outcome === 'failed'), 'failed hint');
    await eventually(() => current.store.orders.get(order.reference)?.status === 'Shipped', 'shipped order caught up by sync');
    assert.ok(current.syncRuns() > runsBefore);
  });

  it('stops polling once connected, and syncs after connecting', async () => {
    rig = await startLiveRig({ pollIntervalMs: 50 });
    const current = rig;
    await current.service.live.start();
    await eventually(() => current.syncRuns() >= 2, 'polling before connect');
    const status = await current.service.live.connect();
    assert.equal(status.state, 'connected', status.reason);

    const afterConnect = current.syncRuns();
    await new Promise((resolve) => setTimeout(resolve, 400));
    assert.ok(current.syncRuns() <= afterConnect + 1, `no polling while connected (${current.syncRuns()} vs ${afterConnect})`);
  });
});
