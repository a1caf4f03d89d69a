// The client's writes and failure handling against a real sandbox: POSTs are not
// repeated after an ambiguous failure, network errors say whether the request
// may have arrived, product codes travel base64url, webhooks round-trip.
import { after, before, beforeEach, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:net';
import { startSandbox, type SandboxHandle } from '../../../electron/sandbox/index.js';
import {
  ConnectionError,
  createApiClient,
  type ApiClient,
} from '../../../electron/services/api/index.js';
import type { OrderInput } from '../../../shared/domain/order.js';
import { ApiError, CancelledError } from '../../../shared/errors.js';
import { addFault, apiRequests, clearRequests, demoTokenSource } from './sandbox-helpers.js';

let serial = 0;
async function newOrder(api: ApiClient): Promise<OrderInput> {
  const [product] = await api.products.list({ limit: 1 });
  serial += 1;
  return {
    reference: `TEST-${Date.now()}-${serial}`,
    customer: {
      name: 'Aino Virtanen',
      address1: 'Aleksanterinkatu 1',
      city: 'Helsinki',
      zip: '00100',
      countryCode: 'FI',
      phone: '+358401234567',
      email: 'aino@example.fi',
    },
    orderLines: [{ code: product!.code, quantity: 1 }],
  };
}

/** A loopback port nobody listens on. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

describe('api client writes', () => {
  let sandbox: SandboxHandle;
  let api: ApiClient;
  const sleeps: number[] = [];

  before(async () => {
    sandbox = await startSandbox({ orders: 20, products: 40 });
    api = createApiClient({
      apiUrl: sandbox.url,
      tokenSource: demoTokenSource(sandbox.url),
      sleep: async (ms) => void sleeps.push(ms),
    });
  });
  after(() => sandbox.close());
  beforeEach(async () => {
    sleeps.length = 0;
    await fetch(`${sandbox.url}/__sandbox/faults`, { method: 'DELETE' });
    await clearRequests(sandbox.url);
  });
  const posts = async (): Promise<number> =>
    (await apiRequests(sandbox.url)).filter((e) => e.method === 'POST').length;

  it('creates an order and finds it by reference; a duplicate reference carries the server message', async () => {
    const input = await newOrder(api);
    await api.orders.create(input);
    assert.equal((await api.orders.getByReference(input.reference))?.customer.city, 'Helsinki');

    const error = await api.orders.create(input).catch((caught: unknown) => caught);
    assert.ok(error instanceof ApiError);
    assert.equal(error.status, 409);
    assert.match(error.message, /already exists/);
  });

  it('does not repeat a POST that got a 503, since OGOship may have processed it', async () => {
    await addFault(sandbox.url, { method: 'POST', path: '/api/v1/orders', count: 1, status: 503 });
    const error = await api.orders.create(await newOrder(api)).catch((caught: unknown) => caught);
    assert.ok(error instanceof ApiError && error.status === 503);
    assert.equal(await posts(), 1);
  });

  it('repeats a POST that got a 429, since OGOship refused it unprocessed', async () => {
    await addFault(sandbox.url, {
      method: 'POST',
      path: '/api/v1/orders',
      count: 1,
      status: 429,
      retryAfter: 0,
    });
    const input = await newOrder(api);
    await api.orders.create(input);
    assert.equal(await posts(), 2);
    assert.ok(await api.orders.getByReference(input.reference));
  });

  it('marks a POST whose answer was lost as ambiguous, and does not send it twice', async () => {
    await addFault(sandbox.url, {
      method: 'POST',
      path: '/api/v1/orders',
      count: 1,
      commitThenDrop: true,
    });
    const input = await newOrder(api);
    const error = await api.orders.create(input).catch((caught: unknown) => caught);
    assert.ok(error instanceof ConnectionError);
    assert.equal(error.ambiguous, true);
    assert.equal(await posts(), 1);
    assert.ok(await api.orders.getByReference(input.reference), 'the sandbox did create it');
  });

  it('retries a GET whose connection was reset', async () => {
    await addFault(sandbox.url, { method: 'GET', path: '/api/v1/stock', count: 1, reset: true });
    assert.equal((await api.stock.list({ limit: 3 })).length, 3);
    assert.equal(sleeps.length, 1);
  });

  it('sends nothing again in retry mode never', async () => {
    await addFault(sandbox.url, { method: 'GET', path: '/api/v1/products', count: 1, status: 503 });
    await assert.rejects(api.products.list({ limit: 1 }, { retry: 'never' }), ApiError);
    assert.equal((await apiRequests(sandbox.url)).length, 1);
  });

  it('updates a product whose code cannot travel in a URL path, sent base64url', async () => {
    const awkward = { code: `ALE 50% #${Date.now()}?`, name: 'Vanha nimi', languageCode: 'fi' };
    await api.products.create(awkward);
    await api.products.update(awkward.code, { ...awkward, name: 'Uusi nimi' });
    const [after] = await api.products.list({ code: awkward.code });
    assert.equal(after?.name, 'Uusi nimi');
    const [put] = (await apiRequests(sandbox.url)).filter((e) => e.method === 'PUT');
    assert.doesNotMatch(put!.path, /%/);
  });

  it('round-trips a webhook, and reads the empty list OGOship sends as null', async () => {
    assert.deepEqual(await api.webhooks.list(), []);
    const created = await api.webhooks.create({
      url: 'https://example.com/hook',
      key: 'k-123456',
      type: 'OrderShipped',
    });
    assert.equal((await api.webhooks.get(created.id)).url, 'https://example.com/hook');
    await api.webhooks.update(created.id, {
      url: 'https://example.com/other',
      key: 'k-123456',
      type: 'OrderShipped',
    });
    assert.deepEqual(
      (await api.webhooks.list()).map((w) => w.url),
      ['https://example.com/other'],
    );
    await api.webhooks.remove(created.id);
    assert.deepEqual(await api.webhooks.list(), []);
  });

  it('gives up on a slow answer after the per-request timeout', async () => {
    await addFault(sandbox.url, {
      method: 'GET',
      path: '/api/v1/orders',
      count: 1,
      delayMs: 5_000,
    });
    const error = await api.orders
      .list({ limit: 1 }, { timeoutMs: 100, retry: 'never' })
      .catch((caught: unknown) => caught);
    assert.ok(error instanceof ConnectionError);
    assert.match(error.message, /did not answer within/);
  });

  it('stops at once when the caller cancels', async () => {
    await addFault(sandbox.url, {
      method: 'GET',
      path: '/api/v1/orders',
      count: 1,
      delayMs: 5_000,
    });
    const controller = new AbortController();
    const call = api.orders.list({ limit: 1 }, { signal: controller.signal });
    setTimeout(() => controller.abort(), 50);
    await assert.rejects(call, CancelledError);
  });
});

describe('api client: nobody listening', () => {
  it('reports a refused connection as not ambiguous, and retries even a POST', async () => {
    const port = await closedPort();
    const sleeps: number[] = [];
    const tokenSource = { accessToken: async () => 'unused', rejectAccessToken: async () => {} };
    const api = createApiClient({
      apiUrl: `http://127.0.0.1:${port}`,
      tokenSource,
      sleep: async (ms) => void sleeps.push(ms),
    });

    const error = await api.webhooks
      .create({ url: 'https://example.com/x', key: 'k', type: 'OrderShipped' })
      .catch((caught: unknown) => caught);

    assert.ok(error instanceof ConnectionError);
    assert.equal(error.ambiguous, false);
    assert.match(error.message, /Could not connect to 127\.0\.0\.1:\d+ \(ECONNREFUSED\)/);
    assert.equal(sleeps.length, 4);
  });
});
