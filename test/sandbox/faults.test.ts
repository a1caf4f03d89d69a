// Tests the sandbox's fault injection and offline switch over real HTTP: each
// fault kind, matching rules, and commit-then-drop creating exactly one order.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { apiClient, control, newOrder, sandbox } from './helpers.js';

async function setup() {
  const { url } = await sandbox();
  const client = await apiClient(url);
  const code = (await client.call('GET', '/api/v1/products?limit=1')).json[0].code as string;
  return { url, ...client, code };
}

async function errorCode(promise: Promise<unknown>): Promise<string | undefined> {
  try {
    await promise;
    return undefined;
  } catch (error) {
    return ((error as Error).cause as { code?: string } | undefined)?.code ?? 'unknown';
  }
}

describe('sandbox faults', () => {
  it('answers the next N matching requests with a status and Retry-After, then recovers', async () => {
    const { url, call } = await setup();
    const added = await control(url, 'POST', '/faults', {
      method: 'GET',
      path: '/API/V1/ORDERS',
      count: 2,
      status: 429,
      retryAfter: 3,
    });
    assert.equal(added.status, 201);
    const first = await call('GET', '/api/v1/orders?limit=1');
    assert.equal(first.status, 429);
    assert.equal(first.headers.get('retry-after'), '3');
    assert.equal(first.json.statusCode, 429);
    assert.equal(
      (await call('GET', '/api/v1/products?limit=1')).status,
      200,
      'other paths are untouched',
    );
    assert.equal((await call('GET', '/api/v1/orders?limit=1')).status, 429);
    assert.equal((await call('GET', '/api/v1/orders?limit=1')).status, 200);
  });

  it('matches a path given as a regular expression and a method', async () => {
    const { url, call } = await setup();
    await control(url, 'POST', '/faults', {
      path: '^/api/v1/(orders|stock)$',
      method: 'post',
      count: 1,
      status: 503,
    });
    assert.equal((await call('GET', '/api/v1/orders?limit=1')).status, 200);
    assert.equal((await call('POST', '/api/v1/orders', { reference: 'x' })).status, 503);
  });

  it('delays an answer by delayMs and still answers it', async () => {
    const { url, call } = await setup();
    await control(url, 'POST', '/faults', { path: '/api/v1/stock', count: 1, delayMs: 150 });
    const started = Date.now();
    const response = await call('GET', '/api/v1/stock?limit=1');
    assert.equal(response.status, 200);
    assert.ok(Date.now() - started >= 140);
    const log = await (await control(url, 'GET', '/requests')).json();
    assert.equal(log.at(-1).fault, 'delay');
  });

  it('resets the connection without performing the request', async () => {
    const { url, call, code } = await setup();
    await control(url, 'POST', '/faults', {
      method: 'POST',
      path: '/api/v1/orders',
      count: 1,
      reset: true,
    });
    assert.equal(
      await errorCode(call('POST', '/api/v1/orders', newOrder('RESET-1', code))),
      'ECONNRESET',
    );
    assert.deepEqual((await call('GET', '/api/v1/orders?reference=RESET-1')).json, []);
  });

  it('commits then drops: the order exists exactly once though the client saw a reset', async () => {
    const { url, call, code } = await setup();
    await control(url, 'POST', '/faults', {
      method: 'POST',
      path: '/api/v1/orders',
      count: 1,
      commitThenDrop: true,
    });
    assert.equal(
      await errorCode(call('POST', '/api/v1/orders', newOrder('DROP-1', code))),
      'ECONNRESET',
    );
    const found = await call('GET', '/api/v1/orders?reference=DROP-1');
    assert.equal(found.json.length, 1);
    const retry = await call('POST', '/api/v1/orders', newOrder('DROP-1', code));
    assert.equal(retry.status, 409, 'a blind retry hits the duplicate rule');
    const all = (await call('GET', '/api/v1/orders?limit=250')).json as Array<{
      reference: string;
    }>;
    assert.equal(all.filter((order) => order.reference === 'DROP-1').length, 1);
    const state = await control(url, 'GET', '/state/orders/DROP-1');
    assert.equal((await state.json()).reference, 'DROP-1');
  });

  it('clears faults with DELETE and refuses a fault without an effect', async () => {
    const { url, call } = await setup();
    await control(url, 'POST', '/faults', { count: 5, status: 500 });
    assert.equal((await control(url, 'DELETE', '/faults')).status, 204);
    assert.equal((await call('GET', '/api/v1/orders?limit=1')).status, 200);
    const bad = await control(url, 'POST', '/faults', { count: 1 });
    assert.equal(bad.status, 400);
    assert.match(
      (await bad.json()).message,
      /at least one of status, delayMs, reset or commitThenDrop/,
    );
  });

  it('resets every API and token request while offline, but keeps the control surface up', async () => {
    const { url, call } = await setup();
    assert.equal((await control(url, 'POST', '/offline', { offline: true })).status, 200);
    assert.equal(await errorCode(call('GET', '/api/v1/orders?limit=1')), 'ECONNRESET');
    assert.equal(
      await errorCode(fetch(`${url}/OAuth/Token`, { method: 'POST', body: new URLSearchParams() })),
      'ECONNRESET',
    );
    await control(url, 'POST', '/offline', { offline: false });
    assert.equal((await call('GET', '/api/v1/orders?limit=1')).status, 200);
    const log = await (await control(url, 'GET', '/requests')).json();
    assert.deepEqual(
      log
        .filter((entry: { fault?: string }) => entry.fault === 'offline')
        .map((entry: { status: null }) => entry.status),
      [null, null],
    );
  });

  it('lists requests since a sequence number and clears the log', async () => {
    const { url, call } = await setup();
    const log = await (await control(url, 'GET', '/requests')).json();
    const last = log.at(-1).seq;
    await call('GET', '/api/v1/stock?limit=1');
    const since = await (await control(url, 'GET', `/requests?since=${last}`)).json();
    assert.deepEqual(
      since.map((entry: { method: string; path: string; status: number }) => [
        entry.method,
        entry.path,
        entry.status,
      ]),
      [['GET', '/api/v1/stock', 200]],
    );
    assert.equal((await control(url, 'DELETE', '/requests')).status, 204);
    assert.deepEqual(await (await control(url, 'GET', '/requests')).json(), []);
  });
});
