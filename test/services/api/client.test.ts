// The OGOship client against a real sandbox over loopback HTTP: paging,
// modifiedAfter, retries, 401 handling and the errors the UI shows.
import { after, before, beforeEach, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { startSandbox, type SandboxHandle } from '../../../electron/sandbox/index.js';
import { collect, createApiClient, type ApiClient } from '../../../electron/services/api/index.js';
import { ApiError } from '../../../shared/errors.js';
import { addFault, apiRequests, clearRequests, demoTokenSource } from './sandbox-helpers.js';

describe('api client', () => {
  let sandbox: SandboxHandle;
  let api: ApiClient;
  const sleeps: number[] = [];

  before(async () => {
    sandbox = await startSandbox({ orders: 600, products: 40 });
    api = createApiClient({
      apiUrl: sandbox.url,
      tokenSource: demoTokenSource(sandbox.url),
      random: () => 0.5,
      sleep: async (ms) => void sleeps.push(ms),
    });
  });
  after(() => sandbox.close());
  beforeEach(async () => {
    sleeps.length = 0;
    await clearRequests(sandbox.url);
    await fetch(`${sandbox.url}/__sandbox/faults`, { method: 'DELETE' });
  });

  it('walks every order in pages of 250 and stops at the short page', async () => {
    const walked = [];
    for await (const page of api.orders.pages()) walked.push(page.items.length);

    assert.deepEqual(walked, [250, 250, 100]);
    const logged = await apiRequests(sandbox.url, '/api/v1/orders');
    assert.equal(logged.length, 3);
  });

  it('returns only orders changed after modifiedAfter', async () => {
    const all = await collect(api.orders.pages());
    const times = all.map((order) => Date.parse(order.editTime!)).sort((a, b) => a - b);
    const cut = times[500]!;

    const changed = await collect(api.orders.pages({ modifiedAfter: cut }));

    assert.equal(changed.length, times.filter((time) => time > cut).length);
    assert.ok(changed.length > 0 && changed.length < 600);
    assert.ok(changed.every((order) => Date.parse(order.editTime!) > cut));
  });

  it('finds one order by reference, and null for an unknown one', async () => {
    const [first] = await api.orders.list({ limit: 1 });
    const found = await api.orders.getByReference(first!.reference);
    assert.equal(found?.reference, first!.reference);
    assert.equal(await api.orders.getByReference('no-such-order-xyz'), null);
  });

  it('retries a 503 with growing backoff, then succeeds', async () => {
    await addFault(sandbox.url, { method: 'GET', path: '/api/v1/products', count: 2, status: 503 });

    const products = await api.products.list({ limit: 5 });

    assert.equal(products.length, 5);
    assert.deepEqual(sleeps, [375, 750]);
    const statuses = (await apiRequests(sandbox.url, '/api/v1/products')).map(
      (entry) => entry.status,
    );
    assert.deepEqual(statuses, [503, 503, 200]);
  });

  it('gives up after the bounded attempts with the status and the server message', async () => {
    await addFault(sandbox.url, { method: 'GET', path: '/api/v1/stock', count: 10, status: 500 });

    const error = await api.stock.list({ limit: 5 }).catch((caught: unknown) => caught);

    assert.ok(error instanceof ApiError);
    assert.equal(error.status, 500);
    assert.match(error.message, /fault rule/);
    assert.equal((await apiRequests(sandbox.url, '/api/v1/stock')).length, 5);
  });

  it('carries the server message of a 400', async () => {
    const error = await api.orders.list({ limit: 500 }).catch((caught: unknown) => caught);

    assert.ok(error instanceof ApiError);
    assert.equal(error.status, 400);
    assert.match(error.message, /'limit' must be a whole number from 1 to 250/);
  });

  it('reads stock levels and products by code', async () => {
    const [product] = await api.products.list({ limit: 1 });
    const byCode = await api.products.list({ code: product!.code });
    const levels = await api.stock.list({ productCode: product!.code });
    assert.equal(byCode[0]?.code, product!.code);
    assert.equal(levels[0]?.productCode, product!.code);
  });
});

describe('api client: waiting out 429', () => {
  it('waits the Retry-After seconds before asking again', async () => {
    const sandbox = await startSandbox({ orders: 10, products: 5 });
    try {
      const api = createApiClient({
        apiUrl: sandbox.url,
        tokenSource: demoTokenSource(sandbox.url),
      });
      await addFault(sandbox.url, {
        method: 'GET',
        path: '/api/v1/orders',
        count: 1,
        status: 429,
        retryAfter: 1,
      });

      const orders = await api.orders.list({ limit: 10 });

      assert.equal(orders.length, 10);
      const [limited, retried] = await apiRequests(sandbox.url, '/api/v1/orders');
      assert.equal(limited?.status, 429);
      assert.equal(retried?.status, 200);
      const waitedMs = Date.parse(retried!.time) - Date.parse(limited!.time);
      assert.ok(waitedMs >= 950, `waited only ${waitedMs} ms`);
    } finally {
      await sandbox.close();
    }
  });
});

describe('api client: 401', () => {
  it('rejects the refused token, fetches a new one and retries once', async () => {
    const sandbox = await startSandbox({ orders: 10, products: 5 });
    try {
      const tokens = demoTokenSource(sandbox.url, 'stale-token');
      const api = createApiClient({ apiUrl: sandbox.url, tokenSource: tokens });

      const orders = await api.orders.list({ limit: 3 });

      assert.equal(orders.length, 3);
      assert.deepEqual(tokens.rejected, ['stale-token']);
      const statuses = (await apiRequests(sandbox.url)).map((entry) => entry.status);
      assert.deepEqual(statuses, [401, 200]);
    } finally {
      await sandbox.close();
    }
  });

  it('stops after one retry when the new token is refused too', async () => {
    const sandbox = await startSandbox({ orders: 10, products: 5 });
    try {
      const rejected: string[] = [];
      const tokenSource = {
        accessToken: async () => 'never-valid',
        rejectAccessToken: async (t: string) => void rejected.push(t),
      };
      const api = createApiClient({ apiUrl: sandbox.url, tokenSource });

      const error = await api.orders.list({ limit: 3 }).catch((caught: unknown) => caught);

      assert.ok(error instanceof ApiError);
      assert.equal(error.status, 401);
      assert.match(error.message, /access token is not valid/);
      assert.equal(rejected.length, 1);
      assert.equal((await apiRequests(sandbox.url)).length, 2);
    } finally {
      await sandbox.close();
    }
  });
});
