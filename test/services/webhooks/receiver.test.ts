// Tests for the receiver and delivery processor over real loopback HTTP: every
// hostile delivery gets the right answer, the process stays up, and nothing
// changes unless a verified delivery says so (and only once).
import { afterEach, beforeEach, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createHmac } from 'node:crypto';
import { EventBus } from '../../../electron/services/event-bus.js';
import type { RecordSource } from '../../../electron/services/webhooks/apply-hint.js';
import { createDeliveryProcessor } from '../../../electron/services/webhooks/delivery-processor.js';
import { createInbox, type Inbox } from '../../../electron/services/webhooks/inbox.js';
import { createPreferences } from '../../../electron/services/webhooks/preferences.js';
import { startReceiver, type Receiver, type ReceiverRoute } from '../../../electron/services/webhooks/receiver.js';
import { signBody } from '../../../electron/services/webhooks/signature.js';
import type { Order } from '../../../shared/domain/order.js';
import type { Product } from '../../../shared/domain/product.js';
import { eventually, openTempStore, send } from './support.js';

const key = 'k'.repeat(43);
const signed = (body: Buffer | string) => ({ 'Content-Type': 'application/json', 'X-OGOship-Hmac-SHA256': signBody(key, Buffer.from(body)) });

function remoteOrders(): RecordSource & { fetches: number; cache: Map<string, Order> } {
  const customer = { name: 'Aino', address1: 'Katu 1', city: 'Helsinki', countryCode: 'FI' };
  const remote = new Map<string, Order>([['1001', { reference: '1001', status: 'Shipped', trackingNumber: 'JJFI1', trackingUrl: 'https://track.example/JJFI1', customer }]]);
  const cache = new Map<string, Order>([['1001', { reference: '1001', status: 'Collecting', customer }]]);
  const source = {
    fetches: 0,
    cache,
    async fetchOrder(reference: string) {
      source.fetches += 1;
      return remote.get(reference) ?? null;
    },
    async fetchProduct(): Promise<Product | null> {
      return null;
    },
    cachedOrder: (reference: string) => cache.get(reference) ?? null,
    cachedProduct: () => null,
    saveOrder: (order: Order) => void cache.set(order.reference, order),
    saveProduct: () => undefined,
  };
  return source;
}

describe('webhooks/receiver', () => {
  let receiver: Receiver;
  let route: ReceiverRoute;
  let inbox: Inbox;
  let records: ReturnType<typeof remoteOrders>;
  let closeDb: () => Promise<void>;
  const seen: string[] = [];
  let processor: ReturnType<typeof createDeliveryProcessor>;
  let preferences: ReturnType<typeof createPreferences>;

  beforeEach(async () => {
    const temp = await openTempStore();
    closeDb = temp.close;
    inbox = createInbox(temp.db);
    records = remoteOrders();
    const bus = new EventBus();
    bus.onAny((name) => seen.push(name));
    preferences = createPreferences(temp.db);
    processor = createDeliveryProcessor({
      inbox, records, preferences, emit: bus.emit.bind(bus), now: () => new Date(),
    });
    receiver = await startReceiver({ onDelivery: processor.accept, bodyTimeoutMs: 1_000 });
    route = receiver.register('OrderShipped', key);
    seen.length = 0;
  });

  afterEach(async () => {
    await receiver.close();
    await processor.idle();
    await closeDb();
  });

  const url = () => receiver.localUrl + route.path;

  it('applies a verified delivery: fetches the order, caches it, announces it', async () => {
    const body = '{"reference":"1001","status":"Shipped"}';
    const result = await send(url(), Buffer.from(body), signed(body));
    assert.equal(result.status, 200);

    await processor.idle();
    assert.equal(records.cache.get('1001')?.status, 'Shipped');
    assert.ok(seen.includes('orders.changed'));
    assert.ok(seen.includes('notify'));
    const [entry] = inbox.search({});
    assert.equal(entry?.outcome, 'applied');
    assert.equal(entry?.subject, '1001');
  });

  it('updates the cache but stays quiet when the user turned shipped notices off', async () => {
    preferences.update({ notifyShipped: false });
    const body = '{"reference":"1001"}';
    assert.equal((await send(url(), Buffer.from(body), signed(body))).status, 200);
    await processor.idle();
    assert.equal(records.cache.get('1001')?.status, 'Shipped');
    assert.ok(!seen.includes('notify'));
  });

  it('answers 401 and changes nothing for a tampered body, hex, wrong length or no signature', async () => {
    const body = '{"reference":"1001"}';
    const hex = createHmac('sha256', key).update(body).digest('hex');
    const attempts: { body: string; headers: Record<string, string> }[] = [
      { body: '{"reference":"1002"}', headers: signed(body) },
      { body, headers: { 'X-OGOship-Hmac-SHA256': hex } },
      { body, headers: { 'X-OGOship-Hmac-SHA256': signBody(key, Buffer.from(body)).slice(4) } },
      { body, headers: {} },
    ];
    for (const attempt of attempts) {
      const result = await send(url(), Buffer.from(attempt.body), attempt.headers);
      assert.equal(result.status, 401, JSON.stringify(attempt.headers));
    }

    await processor.idle();
    assert.equal(records.fetches, 0);
    assert.equal(records.cache.get('1001')?.status, 'Collecting');
    const entries = inbox.search({});
    assert.deepEqual(entries.map((e) => e.verification).sort(), ['malformed', 'malformed', 'mismatch', 'missing']);
    assert.ok(entries.every((e) => e.outcome === 'rejected'));
  });

  it('verifies whatever the Content-Type, or with none at all', async () => {
    const body = '{"reference":"1001"}';
    const plain = await send(url(), Buffer.from(body), { 'Content-Type': 'text/plain', 'X-OGOship-Hmac-SHA256': signBody(key, Buffer.from(body)) });
    assert.equal(plain.status, 200);
    const again = '{"reference": "1001"}';
    const none = await send(url(), Buffer.from(again), { 'X-OGOship-Hmac-SHA256': signBody(key, Buffer.from(again)) });
    assert.equal(none.status, 200);
  });

  it('answers 413 to a 5 MB body without reading it all, and keeps serving', async () => {
    const huge = Buffer.alloc(5 * 1024 * 1024, 0x61);
    const result = await send(url(), huge, signed(huge));
    assert.equal(result.status, 413);

    const chunked = await send(url(), huge, { ...signed(huge), 'Transfer-Encoding': 'chunked' });
    assert.equal(chunked.status, 413);

    const body = '{"reference":"1001"}';
    assert.equal((await send(url(), Buffer.from(body), signed(body))).status, 200);
    assert.equal(inbox.search({ verified: false })[0]?.verification, 'tooLarge');
  });

  it('answers 400 to malformed JSON with a valid signature and changes nothing', async () => {
    const body = '{"reference": "1001",';
    const result = await send(url(), Buffer.from(body), signed(body));
    assert.equal(result.status, 400);
    await processor.idle();
    assert.equal(records.fetches, 0);
    assert.equal(inbox.search({})[0]?.detail, 'The body is not valid JSON');
  });

  it('changes state once for the same delivery twice and records the second as a duplicate', async () => {
    const body = '{"reference":"1001"}';
    assert.equal((await send(url(), Buffer.from(body), signed(body))).status, 200);
    assert.equal((await send(url(), Buffer.from(body), signed(body))).status, 200);
    await processor.idle();

    assert.equal(records.fetches, 1);
    const outcomes = inbox.search({}).map((entry) => entry.outcome);
    assert.deepEqual(outcomes, ['duplicate', 'applied']);
    assert.equal(seen.filter((name) => name === 'notify').length, 1);
  });

  it('changes state once when the same delivery arrives five times at once', async () => {
    const body = '{"reference":"1001","burst":true}';
    const results = await Promise.all(Array.from({ length: 5 }, () => send(url(), Buffer.from(body), signed(body))));
    assert.deepEqual(results.map((r) => r.status), [200, 200, 200, 200, 200]);
    await processor.idle();

    assert.equal(records.fetches, 1);
    const outcomes = inbox.search({}).map((entry) => entry.outcome).sort();
    assert.deepEqual(outcomes, ['applied', 'duplicate', 'duplicate', 'duplicate', 'duplicate']);
  });

  it('answers 404 to an unknown path and 405 to other methods', async () => {
    assert.equal((await send(`${receiver.localUrl}/ogo-webhooks/guess`, Buffer.from('{}'))).status, 404);
    assert.equal((await send(`${receiver.localUrl}/`, Buffer.from('{}'))).status, 404);
    assert.equal((await send(url(), null, {}, 'GET')).status, 405);
    assert.equal((await send(url(), Buffer.from('{}'), {}, 'PUT')).status, 405);
  });

  it('gives up on a client that sends its body too slowly', async () => {
    const result = await new Promise<number | 'reset'>((resolve) => {
      import('node:http').then(({ request }) => {
        const outgoing = request(url(), { method: 'POST', headers: { 'Content-Length': '100' }, agent: false }, (response) => {
          resolve(response.statusCode ?? 0);
          response.resume();
        });
        outgoing.on('error', () => resolve('reset'));
        outgoing.write('{"ref');
      });
    });
    assert.ok(result === 408 || result === 'reset', String(result));
    const body = '{"reference":"1001"}';
    assert.equal((await send(url(), Buffer.from(body), signed(body))).status, 200);
  });

  it('never stores the signature header value, and strips secret-looking fields', async () => {
    const body = '{"reference":"1001","apiKey":"hunter2-secret","nested":{"token":"t0k3n"}}';
    await send(url(), Buffer.from(body), signed(body));
    await processor.idle();
    const stored = JSON.stringify(inbox.search({}));
    assert.ok(!stored.includes('hunter2-secret'));
    assert.ok(!stored.includes('t0k3n'));
    assert.ok(!stored.includes(signBody(key, Buffer.from(body))));
    await eventually(() => inbox.search({ text: '1001' }).length === 1, 'search by reference');
  });
});
