// Tests the sandbox's demo data through the API, as a user of the demo would
// see it: sizes, EAN check digits, statuses, countries, stock spread, tracking.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { apiClient, sandbox } from './helpers.js';

type Json = Record<string, any>;

// Written independently of the sandbox's own GS1 code, so a shared bug cannot hide.
function ean13Valid(code: string): boolean {
  if (!/^\d{13}$/.test(code)) return false;
  const digits = [...code].map(Number);
  const weighted = digits
    .slice(0, 12)
    .reduce((sum, digit, index) => sum + digit * (index % 2 === 0 ? 1 : 3), 0);
  return (10 - (weighted % 10)) % 10 === digits[12];
}

async function readAll(
  call: Awaited<ReturnType<typeof apiClient>>['call'],
  path: string,
): Promise<Json[]> {
  const rows: Json[] = [];
  for (let page = 1; ; page++) {
    const batch = (await call('GET', `${path}?limit=250&page=${page}`)).json as Json[];
    rows.push(...batch);
    if (batch.length < 250) return rows;
  }
}

const NOW = Date.parse('2026-06-15T12:00:00Z');

describe('sandbox seed data', () => {
  it('has 300 products by default with valid EAN-13s, Finnish and Swedish names and a spread of stock', async () => {
    const { url } = await sandbox({ products: undefined, now: () => NOW });
    const { call } = await apiClient(url);
    const products = await readAll(call, '/api/v1/products');
    assert.equal(products.length, 300);
    const eans = products.map((product) => product.eanCode).filter(Boolean);
    assert.ok(eans.length > 250);
    assert.deepEqual(
      eans.filter((ean) => !ean13Valid(ean)),
      [],
    );
    assert.equal(new Set(eans).size, eans.length);
    assert.deepEqual(
      new Set(products.map((product) => product.languageCode)),
      new Set(['fi', 'sv']),
    );
    assert.ok(
      products.some((product) => /ä|ö/.test(product.name) && product.languageCode === 'fi'),
    );
    assert.ok(products.some((product) => product.stock === 0));
    assert.ok(
      products.some(
        (product) =>
          product.reserved > 0 && product.stockAvailable === product.stock - product.reserved,
      ),
    );
    assert.ok(products.some((product) => product.stockUpdate > 0 && product.stockUpdateTime));
    assert.ok(
      products.some((product) => /[/#%]/.test(product.code)),
      'legacy codes that need base64url',
    );
  });

  it('has 2,000 orders by default over the past year, in every status, to five countries', async () => {
    const { url } = await sandbox({ orders: undefined, now: () => NOW });
    const { call } = await apiClient(url);
    const orders = await readAll(call, '/api/v1/orders');
    const codes = new Set((await readAll(call, '/api/v1/products')).map((product) => product.code));
    assert.equal(orders.length, 2000);
    assert.deepEqual(
      new Set(orders.map((order) => order.status)),
      new Set([
        'Draft',
        'New',
        'Pending',
        'Reserved',
        'Locked',
        'Collecting',
        'Shipped',
        'Cancelled',
        'Returned',
      ]),
    );
    assert.deepEqual(
      new Set(orders.map((order) => order.customer.countryCode)),
      new Set(['FI', 'SE', 'EE', 'NO', 'DK']),
    );
    const times = orders.map((order) => Date.parse(order.editTime));
    assert.ok(Math.min(...times) >= NOW - 366 * 86_400_000 && Math.max(...times) <= NOW);
    assert.ok(
      orders.every(
        (order) =>
          order.orderLines.length > 0 &&
          order.orderLines.every((line: Json) => codes.has(line.code)),
      ),
    );
    const shipped = orders.filter((order) => order.status === 'Shipped');
    assert.ok(
      shipped.every((order) => order.trackingNumber && /^https:\/\//.test(order.trackingUrl)),
    );
    assert.ok(orders.some((order) => order.warehouseComments));
    assert.equal(new Set(orders.map((order) => order.reference)).size, 2000);
  });

  it('makes the same data for the same seed and clock, and different data for another seed', async () => {
    const read = async (seed: number) => {
      const { url } = await sandbox({ seed, now: () => NOW });
      return (await (await apiClient(url)).call('GET', '/api/v1/orders?limit=250')).json;
    };
    const [first, again, other] = await Promise.all([read(7), read(7), read(8)]);
    assert.deepEqual(first, again);
    assert.notDeepEqual(first, other);
  });

  it('seeds 50,000 orders that page to the end with a short last page', async () => {
    const { url } = await sandbox({ orders: 50_000, products: 300 });
    const { call } = await apiClient(url);
    assert.equal((await call('GET', '/api/v1/orders?limit=250&page=200')).json.length, 250);
    assert.deepEqual((await call('GET', '/api/v1/orders?limit=250&page=201')).json, []);
    const tail = await call('GET', '/api/v1/orders?limit=250&page=200');
    const times = tail.json.map((order: Json) => Date.parse(order.editTime));
    assert.deepEqual(
      times,
      [...times].sort((a: number, b: number) => a - b),
    );
  });
});
