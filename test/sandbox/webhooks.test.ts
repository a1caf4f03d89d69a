// Tests webhook registration and signed deliveries against the sandbox over
// real HTTP, verifying the HMAC independently of the sandbox's own code.
import assert from 'node:assert/strict';
import { createHmac, timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, describe, it } from 'node:test';
import { apiClient, control, sandbox } from './helpers.js';

interface Received {
  headers: IncomingMessage['headers'];
  body: Buffer;
}

/** A local receiver on 127.0.0.1 that answers the given statuses in turn, then 200. */
async function receiver(statuses: number[] = []) {
  const received: Received[] = [];
  const waiting: Array<() => void> = [];
  const server = createServer(async (request, response) => {
    const chunks: Buffer[] = [];
    for await (const chunk of request) chunks.push(chunk as Buffer);
    received.push({ headers: request.headers, body: Buffer.concat(chunks) });
    response.writeHead(statuses.shift() ?? 200).end();
    waiting.splice(0).forEach((wake) => wake());
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  after(() => new Promise<void>((resolve) => server.close(() => resolve())));
  const until = async (count: number) => {
    while (received.length < count) await new Promise<void>((resolve) => waiting.push(resolve));
    return received;
  };
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/hook`,
    received,
    until,
  };
}

function signatureMatches(
  key: string,
  body: Buffer,
  header: string | string[] | undefined,
): boolean {
  const expected = createHmac('sha256', key).update(body).digest();
  const given = Buffer.from(String(header), 'base64');
  return given.length === expected.length && timingSafeEqual(given, expected);
}

describe('sandbox webhooks', () => {
  it('answers the literal null when no webhook is registered', async () => {
    const { url } = await sandbox();
    const { call } = await apiClient(url);
    const response = await call('GET', '/api/v1/webhooks');
    assert.equal(response.status, 200);
    assert.equal(response.text, 'null');
  });

  it('registers, reads, replaces and deletes a webhook without ever answering its key', async () => {
    const { url } = await sandbox();
    const { call } = await apiClient(url);
    const created = await call('POST', '/api/v1/webhooks', {
      url: 'https://example.test/hook',
      key: 'k3y-s3cret',
      type: 'OrderShipped',
    });
    assert.equal(created.status, 201);
    assert.doesNotMatch(created.text, /k3y-s3cret/);
    const id = created.json.id;
    assert.deepEqual((await call('GET', `/api/v1/webhooks/${id}`)).json, created.json);
    const replaced = await call('PUT', `/api/v1/webhooks/${id}`, {
      url: 'https://example.test/two',
      key: 'other',
      type: 'ProductStockLevelChanged',
    });
    assert.equal(replaced.json.type, 'ProductStockLevelChanged');
    assert.equal((await call('GET', '/api/v1/webhooks')).json.length, 1);
    const deleted = await call('DELETE', `/api/v1/webhooks/${id}`);
    assert.equal(deleted.status, 204);
    assert.equal(deleted.text, '');
    assert.equal((await call('GET', `/api/v1/webhooks/${id}`)).status, 404);
    assert.equal((await call('GET', '/api/v1/webhooks')).text, 'null');
  });

  it('refuses a non-http URL, an unknown type and a reserved custom header, naming each', async () => {
    const { url } = await sandbox();
    const { call } = await apiClient(url);
    const response = await call('POST', '/api/v1/webhooks', {
      url: 'ftp://x',
      key: 'k',
      type: 'OrderCreated',
    });
    assert.equal(response.status, 400);
    assert.match(response.json.message, /url must be an http or https URL/);
    assert.match(
      response.json.message,
      /type must be one of: OrderShipped, ProductStockLevelChanged/,
    );
    const header = await call('POST', '/api/v1/webhooks', {
      url: 'http://127.0.0.1:1/',
      key: 'k',
      type: 'OrderShipped',
      customHeaders: { 'X-OGOship-Hmac-SHA256': 'x' },
    });
    assert.match(header.json.message, /customHeaders\.X-OGOship-Hmac-SHA256/);
  });

  it('delivers a signed OrderShipped event when an order ships', async () => {
    const { url } = await sandbox();
    const { call } = await apiClient(url);
    const hook = await receiver();
    const key = 'hmac-key-ä';
    await call('POST', '/api/v1/webhooks', {
      url: hook.url,
      key,
      type: 'OrderShipped',
      customHeaders: { 'X-Shop': 'demo' },
    });
    await call('POST', '/api/v1/webhooks', {
      url: hook.url,
      key,
      type: 'ProductStockLevelChanged',
    });
    const order = (await call('GET', '/api/v1/orders?limit=250')).json.find(
      (each: { status: string }) => each.status === 'New',
    );
    const shipped = await control(url, 'POST', `/orders/${order.reference}/ship`);
    assert.equal(shipped.status, 200);
    const [delivery] = await hook.until(1);
    assert.ok(signatureMatches(key, delivery!.body, delivery!.headers['x-ogoship-hmac-sha256']));
    assert.equal(delivery!.headers['x-shop'], 'demo');
    const payload = JSON.parse(delivery!.body.toString('utf8'));
    const stored = (await call('GET', `/api/v1/orders?reference=${order.reference}`)).json[0];
    assert.equal(stored.status, 'Shipped');
    assert.deepEqual(
      [
        payload.type,
        payload.reference,
        payload.orderId,
        payload.trackingNumber,
        payload.trackingUrl,
      ],
      ['OrderShipped', order.reference, order.id, stored.trackingNumber, stored.trackingUrl],
    );
    assert.ok(stored.trackingNumber);
    assert.ok(!Number.isNaN(Date.parse(payload.timestamp)));
    assert.ok(
      !signatureMatches('wrong-key', delivery!.body, delivery!.headers['x-ogoship-hmac-sha256']),
    );
  });

  it('delivers ProductStockLevelChanged with the new figures, retrying after a failed attempt', async () => {
    const { url } = await sandbox();
    const { call } = await apiClient(url);
    const hook = await receiver([503]);
    await call('POST', '/api/v1/webhooks', {
      url: hook.url,
      key: 'stock-key',
      type: 'ProductStockLevelChanged',
    });
    const product = (await call('GET', '/api/v1/products?limit=250')).json.find(
      (each: { reserved: number }) => each.reserved > 0,
    );
    const response = await control(
      url,
      'POST',
      `/products/${encodeURIComponent(product.code)}/stock`,
      { stock: product.reserved + 7 },
    );
    assert.equal(response.status, 200);
    const [first, second] = await hook.until(2);
    assert.deepEqual(first!.body, second!.body, 'a retry sends the same bytes');
    assert.ok(
      signatureMatches('stock-key', second!.body, second!.headers['x-ogoship-hmac-sha256']),
    );
    const payload = JSON.parse(second!.body.toString('utf8'));
    assert.deepEqual(
      [payload.type, payload.productCode, payload.stock, payload.stockAvailable],
      ['ProductStockLevelChanged', product.code, product.reserved + 7, 7],
    );
    const stock = (
      await call('GET', `/api/v1/stock?productCode=${encodeURIComponent(product.code)}`)
    ).json[0];
    assert.equal(stock.stockAvailable, 7);
    const attempts = await (await control(url, 'GET', '/webhook-deliveries')).json();
    assert.deepEqual(
      attempts.map((attempt: { status: number }) => attempt.status),
      [503, 200],
    );
  });

  it('refuses to ship an order twice', async () => {
    const { url } = await sandbox();
    const { call } = await apiClient(url);
    const order = (await call('GET', '/api/v1/orders?limit=250')).json.find(
      (each: { status: string }) => each.status === 'Shipped',
    );
    assert.equal((await control(url, 'POST', `/orders/${order.reference}/ship`)).status, 409);
  });
});
